import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayout } from '../../components/ui/app-layout.tsx';
import { LoadingView } from '../../components/ui/query-state.tsx';
import { StatusView } from '../../components/ui/status-view.tsx';
import { useMe } from '../../features/auth/api/get-me.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { hasStoredBahasa, isBahasa, setBahasa } from '../../i18n/index.ts';
import { formatNip } from '../../utils/format.ts';
import { buildMenu } from '../menu.ts';
import { paths } from '../paths.ts';

/**
 * The gate of every signed-in screen:
 * no session → /masuk (remembering where the user wanted to go); a temporary password → the change-password
 * screen, with nothing else reachable but "Keluar"; otherwise the app frame with the role-based menu.
 */
export function ProtectedLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout({ onSettled: () => void navigate(paths.masuk.getHref(), { replace: true }) });

  // The account's language applies until the user picks one on this device.
  const bahasaAkun = me.data?.bahasa;
  useEffect(() => {
    if (bahasaAkun && isBahasa(bahasaAkun) && !hasStoredBahasa() && i18n.resolvedLanguage !== bahasaAkun) setBahasa(bahasaAkun, false);
  }, [bahasaAkun, i18n]);

  if (me.isPending) return <LoadingView minHeight="100dvh" />;
  if (me.isError) return <StatusView kind="galat" homeHref={paths.beranda.getHref()} detail={errorMessage(t, me.error)} fullPage />;
  if (!me.data) {
    if (logout.isPending || logout.isSuccess) return <LoadingView minHeight="100dvh" />;
    return <Navigate to={paths.masuk.getHref(location.pathname + location.search)} replace />;
  }
  const forced = me.data.harusGantiPassword;
  if (forced && location.pathname !== paths.gantiPassword.path) {
    return <Navigate to={paths.gantiPassword.getHref()} replace />;
  }

  const nav = forced ? [] : buildMenu(me.data.peran, t);
  return (
    <AppLayout
      nav={nav}
      user={{
        nama: me.data.namaTampilan,
        keterangan: formatNip(me.data.username),
        peran: me.data.peran.map((p) => ({ value: p, label: t(`peran.${p}`) })),
        instansi: me.data.instansi.nama,
        demo: me.data.instansi.demo,
      }}
      onLogout={() => logout.mutate()}
      loggingOut={logout.isPending}
    >
      <Outlet context={me.data} />
    </AppLayout>
  );
}

import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AktivitasHariIni } from '../../features/aktivitas/components/aktivitas-hari-ini.tsx';
import { BerandaView } from '../../features/beranda/components/beranda-view.tsx';
import { ProfilRingkas } from '../../features/profil/components/profil-ringkas.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { buildMenu } from '../menu.ts';
import { paths } from '../paths.ts';
import { useSignedInMe } from '../session.tsx';

export function Component() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const pintasan = buildMenu(me.peran, t)
    .filter((m) => m.key !== 'beranda')
    .map(({ key, href, label, icon }) => ({ key, href, label, icon }));
  const beranda = (
    <BerandaView
      nama={me.namaTampilan}
      instansi={me.instansi.nama}
      demo={me.instansi.demo}
      peran={me.peran.map((p) => t(`peran.${p}`))}
      pintasan={pintasan}
      aside={me.pegawaiId ? <ProfilRingkas profilHref={paths.profil.getHref()} /> : undefined}
    />
  );
  // a pegawai's home starts with today's activities (log, repeat, what waits on this phone)
  if (!hasPeran(me.peran, 'pegawai')) return beranda;
  return (
    <Stack gap="lg">
      <AktivitasHariIni akunId={me.akunId} aktivitasHref={paths.aktivitas.getHref} />
      {beranda}
    </Stack>
  );
}

import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../../contracts/auth.ts';
import { LoadingView } from '../../components/ui/query-state.tsx';
import { useMe } from '../../features/auth/api/get-me.ts';
import { LoginScreen } from '../../features/auth/components/login-screen.tsx';
import { paths, safeRedirect } from '../paths.ts';

export function Component() {
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const target = (m: Me) => (m.harusGantiPassword ? paths.gantiPassword.getHref() : safeRedirect(searchParams.get('ke')));

  if (me.isPending) return <LoadingView minHeight="100dvh" />;
  if (me.data) return <Navigate to={target(me.data)} replace />;
  return <LoginScreen onSuccess={(m) => void navigate(target(m), { replace: true })} />;
}

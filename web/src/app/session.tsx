import type { ReactNode } from 'react';
import { useOutletContext } from 'react-router';
import type { Me } from '../../../contracts/auth.ts';
import type { Peran } from '../../../contracts/common.ts';
import { StatusView } from '../components/ui/status-view.tsx';
import { hasPeran } from '../lib/authorization.ts';
import { paths } from './paths.ts';

/** The signed-in account inside the protected layout (it renders nothing until `me` is known). */
export function useSignedInMe(): Me {
  return useOutletContext<Me>();
}

/** Shows "Anda tidak berwenang …" instead of a screen the account's roles do not cover. */
export function RequirePeran({ peran, children }: { peran: readonly Peran[]; children: ReactNode }) {
  const me = useSignedInMe();
  if (!hasPeran(me.peran, ...peran)) return <StatusView kind="ditolak" homeHref={paths.beranda.getHref()} />;
  return <>{children}</>;
}

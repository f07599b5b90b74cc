import { AktivitasSaya } from '../../features/aktivitas/components/aktivitas-saya.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

// The pegawai's daily log: day and month, logging, repeat, offline outbox.
export function Component() {
  const me = useSignedInMe();
  return (
    <RequirePeran peran={ROUTE_PERAN.aktivitas}>
      <AktivitasSaya akunId={me.akunId} />
    </RequirePeran>
  );
}

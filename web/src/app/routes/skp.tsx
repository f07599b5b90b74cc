import { SkpSayaView } from '../../features/skp/components/skp-saya-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// Pegawai: my SKP per period: start, copy last year, open the current one.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.skp}>
      <SkpSayaView />
    </RequirePeran>
  );
}

import { PenilaianSayaView } from '../../features/penilaian/components/penilaian-saya-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaian}>
      <PenilaianSayaView />
    </RequirePeran>
  );
}

import { PenilaianNilaiView } from '../../features/penilaian/components/penilaian-nilai-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaianNilai}>
      <PenilaianNilaiView />
    </RequirePeran>
  );
}

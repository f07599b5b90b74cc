import { PeriodePenilaianView } from '../../features/penilaian/components/periode-penilaian-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.periodePenilaian}>
      <PeriodePenilaianView />
    </RequirePeran>
  );
}

import { PeriodeSkpView } from '../../features/skp-admin/components/periode-skp-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// Admin BKPPD: open and close SKP periods.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.skpPeriode}>
      <PeriodeSkpView />
    </RequirePeran>
  );
}

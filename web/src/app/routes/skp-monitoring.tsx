import { MonitoringSkpView } from '../../features/skp-admin/components/monitoring-skp-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// Pimpinan OPD and admin: per unit, how many SKP are draft / diajukan / disetujui / missing.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.skpMonitoring}>
      <MonitoringSkpView />
    </RequirePeran>
  );
}

import { MonitoringView } from '../../features/aktivitas/components/monitoring-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// Pimpinan OPD: per unit and day, who filed and what waits for approval.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.aktivitasMonitoring}>
      <MonitoringView />
    </RequirePeran>
  );
}

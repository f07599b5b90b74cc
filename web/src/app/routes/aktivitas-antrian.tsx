import { AntrianView } from '../../features/aktivitas/components/antrian-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// The atasan's live queue of bawahan's activities (the server scopes it to the bawahan they evaluate).
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.aktivitasAntrian}>
      <AntrianView />
    </RequirePeran>
  );
}

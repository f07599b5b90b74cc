import { PenilaianDetailView } from '../../features/penilaian/components/penilaian-detail-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaianDetail}>
      <PenilaianDetailView />
    </RequirePeran>
  );
}

import { KeberatanDetailView } from '../../features/penilaian/components/keberatan-detail-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.keberatanDetail}>
      <KeberatanDetailView />
    </RequirePeran>
  );
}

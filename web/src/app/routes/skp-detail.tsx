import { SkpDetailView } from '../../features/skp/components/skp-detail-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// One SKP: its owner edits and submits it; others in scope read it.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.skpDetail}>
      <SkpDetailView />
    </RequirePeran>
  );
}

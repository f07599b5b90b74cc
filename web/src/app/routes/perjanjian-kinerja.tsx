import { PerjanjianKinerjaView } from '../../features/skp-admin/components/perjanjian-kinerja-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

// The OPD enters its Perjanjian Kinerja, the source of JPT / kepala OPD RHK.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.perjanjianKinerja}>
      <PerjanjianKinerjaView />
    </RequirePeran>
  );
}

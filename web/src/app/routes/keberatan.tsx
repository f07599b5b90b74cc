import { KeberatanDaftarView } from '../../features/penilaian/components/keberatan-daftar-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.keberatan}>
      <KeberatanDaftarView />
    </RequirePeran>
  );
}

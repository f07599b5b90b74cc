import { KeberatanDaftarView } from '../../features/penilaian/components/keberatan-daftar-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

// The atasan pejabat penilai's keberatan to decide (and those a penilai must explain), then the decided ones.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.keberatan}>
      <KeberatanDaftarView detailHref={paths.keberatanDetail.getHref} />
    </RequirePeran>
  );
}

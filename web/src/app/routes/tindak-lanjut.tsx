import { TindakLanjutView } from '../../features/tindak-lanjut/components/tindak-lanjut-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.tindakLanjut}>
      <TindakLanjutView />
    </RequirePeran>
  );
}

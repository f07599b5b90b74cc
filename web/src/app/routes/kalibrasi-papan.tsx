import { KalibrasiPapanView } from '../../features/kalibrasi/components/kalibrasi-papan-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.kalibrasiPapan}>
      <KalibrasiPapanView />
    </RequirePeran>
  );
}

import { KalibrasiView } from '../../features/kalibrasi/components/kalibrasi-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.kalibrasi}>
      <KalibrasiView papanHref={paths.kalibrasiPapan.getHref} />
    </RequirePeran>
  );
}

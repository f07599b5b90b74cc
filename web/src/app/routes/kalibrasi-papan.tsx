import { useParams } from 'react-router';
import { KalibrasiPapanView } from '../../features/kalibrasi/components/kalibrasi-papan-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

export function Component() {
  const { periodeId = '', unitId = '' } = useParams();
  return (
    <RequirePeran peran={ROUTE_PERAN.kalibrasiPapan}>
      {/* keyed: another unit's board starts without the previous one's what-if moves and typed text */}
      <KalibrasiPapanView key={`${periodeId}/${unitId}`} periodeId={periodeId} unitId={unitId} daftarHref={paths.kalibrasi.getHref} />
    </RequirePeran>
  );
}

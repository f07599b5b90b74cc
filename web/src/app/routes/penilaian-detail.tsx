import { PenilaianDetailView } from '../../features/penilaian/components/penilaian-detail-view.tsx';
import type { TautanPenilaian } from '../../features/penilaian/components/pegawai-tautan.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

const tautan: TautanPenilaian = {
  penilaianHref: paths.penilaianDetail.getHref,
  penilaianSayaHref: paths.penilaian.getHref,
  berandaHref: paths.beranda.getHref,
  keberatanHref: paths.keberatanDetail.getHref,
  nilaiHref: paths.penilaianNilai.getHref,
};

// One evaluation: its owner fills in realisasi and submits, then reads the result; others in scope read it.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaianDetail}>
      <PenilaianDetailView tautan={tautan} />
    </RequirePeran>
  );
}

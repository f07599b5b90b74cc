import { PenilaianSayaView } from '../../features/penilaian/components/penilaian-saya-view.tsx';
import type { TautanPenilaian } from '../../features/penilaian/components/pegawai-tautan.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

const tautan: TautanPenilaian = {
  penilaianHref: paths.penilaianDetail.getHref,
  penilaianSayaHref: paths.penilaian.getHref,
  berandaHref: paths.beranda.getHref,
  verifikasiHref: (kode) => paths.verifikasi.getHref(kode),
};

// Pegawai: the evaluation periods of the SKP year with my records; open one to fill in realisasi.
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaian}>
      <PenilaianSayaView tautan={tautan} />
    </RequirePeran>
  );
}

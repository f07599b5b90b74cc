import { PenilaianNilaiView } from '../../features/penilaian/components/penilaian-nilai-view.tsx';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran } from '../session.tsx';

// Penilai: rate one bawahan's evaluation (judgement per RHK, umpan balik, the two ratings, the predikat preview).
export function Component() {
  return (
    <RequirePeran peran={ROUTE_PERAN.penilaianNilai}>
      <PenilaianNilaiView tautanDaftar={paths.penilaianBawahan.getHref} tautanSkp={paths.skpDetail.getHref} />
    </RequirePeran>
  );
}

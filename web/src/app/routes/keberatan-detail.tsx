import { KeberatanDetailView } from '../../features/penilaian/components/keberatan-detail-view.tsx';
import { hasPeran } from '../../lib/authorization.ts';
import { ROUTE_PERAN } from '../menu.ts';
import { paths } from '../paths.ts';
import { RequirePeran, useSignedInMe } from '../session.tsx';

// One keberatan: the pegawai follows and answers, the penilai answers, the atasan penilai asks and decides; others in
// scope read it (the server decides). The list link only for those who have the list.
export function Component() {
  const me = useSignedInMe();
  const tautan = {
    daftarHref: hasPeran(me.peran, ...ROUTE_PERAN.keberatan) ? paths.keberatan.getHref() : null,
    berandaHref: paths.beranda.getHref(),
    penilaianHref: paths.penilaianDetail.getHref,
  };
  return (
    <RequirePeran peran={ROUTE_PERAN.keberatanDetail}>
      <KeberatanDetailView tautan={tautan} />
    </RequirePeran>
  );
}

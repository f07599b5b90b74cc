import { useParams } from 'react-router';
import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePenilaian } from '../api/get-penilaian.ts';
import { PenilaianIsi } from './pegawai-penilaian-isi.tsx';
import { TAUTAN_PENILAIAN_BAWAAN, type TautanPenilaian } from './pegawai-tautan.ts';

/**
 * /penilaian/:id — the pegawai fills in realisasi, evidence and refleksi and submits; from dinilai on they read the
 * result. The penilai and the others in scope read the same page. Who may do what is the server's call: `peranSaya`
 * and the actions it offers (`aksi`).
 */
export function PenilaianDetailView({ tautan = TAUTAN_PENILAIAN_BAWAAN }: { tautan?: TautanPenilaian }) {
  const { id = '' } = useParams();
  const penilaian = usePenilaian(id);
  if (penilaian.isPending) return <LoadingView />;
  if (penilaian.isError) {
    // an id that is not an id at all (400) is as unknown as a missing one
    if (isApiError(penilaian.error) && (penilaian.error.status === 404 || penilaian.error.status === 400)) {
      return <StatusView kind="tidak-ditemukan" homeHref={tautan.berandaHref()} />;
    }
    if (isApiError(penilaian.error) && penilaian.error.status === 403) return <StatusView kind="ditolak" homeHref={tautan.berandaHref()} />;
    return <ErrorAlert error={penilaian.error} onRetry={() => void penilaian.refetch()} />;
  }
  return <PenilaianIsi key={penilaian.data.id} d={penilaian.data} muatUlang={() => penilaian.refetch()} tautan={tautan} />;
}

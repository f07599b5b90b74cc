import { ErrorAlert, LoadingView } from '../../../components/ui/query-state.tsx';
import { StatusView } from '../../../components/ui/status-view.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePegawai } from '../api/get-pegawai.ts';
import { ProfilView } from './profil-view.tsx';

/** Another pegawai's profile; the server decides whether it is in the caller's scope (403/404 otherwise). */
export function ProfilPegawai({ id, homeHref, pegawaiHref }: { id: string; homeHref: string; pegawaiHref: (id: string) => string }) {
  const query = usePegawai(id);
  if (query.isPending) return <LoadingView />;
  if (query.isError) {
    if (isApiError(query.error, 'AKSES.DITOLAK')) return <StatusView kind="ditolak" homeHref={homeHref} />;
    if (isApiError(query.error, 'DATA.TIDAK_DITEMUKAN') || isApiError(query.error, 'VALIDASI.GAGAL')) {
      return <StatusView kind="tidak-ditemukan" homeHref={homeHref} />;
    }
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <ProfilView profil={query.data} pegawaiHref={pegawaiHref} />;
}

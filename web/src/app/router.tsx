import { createBrowserRouter, RouterProvider } from 'react-router';
import { LoadingView } from '../components/ui/query-state.tsx';
import { paths } from './paths.ts';
import { ProtectedLayout } from './routes/protected-layout.tsx';
import { RouteError } from './routes/route-error.tsx';

// Every screen is its own lazily loaded chunk (a module exporting `Component`); only the gate and the frame
// load up front.
const router = createBrowserRouter([
  {
    path: paths.masuk.path,
    lazy: () => import('./routes/masuk.tsx'),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingView minHeight="100dvh" />,
  },
  {
    // public: checking a document's verification code needs no account
    path: paths.verifikasi.path,
    lazy: () => import('./routes/verifikasi.tsx'),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingView minHeight="100dvh" />,
  },
  {
    path: '/',
    element: <ProtectedLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingView minHeight="100dvh" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('./routes/beranda.tsx') },
          { path: paths.aktivitas.path, lazy: () => import('./routes/aktivitas.tsx') },
          { path: paths.aktivitasAntrian.path, lazy: () => import('./routes/aktivitas-antrian.tsx') },
          { path: paths.aktivitasMonitoring.path, lazy: () => import('./routes/aktivitas-monitoring.tsx') },
          { path: paths.aktivitasPengaturan.path, lazy: () => import('./routes/aktivitas-pengaturan.tsx') },
          { path: paths.profil.path, lazy: () => import('./routes/profil.tsx') },
          { path: paths.gantiPassword.path, lazy: () => import('./routes/ganti-password.tsx') },
          { path: paths.bawahan.path, lazy: () => import('./routes/bawahan.tsx') },
          { path: paths.pegawaiOpd.path, lazy: () => import('./routes/pegawai-opd.tsx') },
          { path: paths.dataPegawai.path, lazy: () => import('./routes/data-pegawai.tsx') },
          { path: paths.pegawaiBaru.path, lazy: () => import('./routes/pegawai-baru.tsx') },
          { path: paths.pegawai.path, lazy: () => import('./routes/pegawai-profil.tsx') },
          { path: paths.akun.path, lazy: () => import('./routes/akun.tsx') },
          { path: paths.audit.path, lazy: () => import('./routes/audit.tsx') },
          { path: paths.dasbor.path, lazy: () => import('./routes/dasbor.tsx') },
          { path: paths.impor.path, lazy: () => import('./routes/impor.tsx') },
          { path: paths.unitKerja.path, lazy: () => import('./routes/unit-kerja.tsx') },
          { path: paths.strukturOpd.path, lazy: () => import('./routes/struktur-opd.tsx') },
          { path: paths.jabatan.path, lazy: () => import('./routes/jabatan.tsx') },
          { path: paths.penilai.path, lazy: () => import('./routes/penilai.tsx') },
          { path: paths.penilaiPegawai.path, lazy: () => import('./routes/penilai-pegawai.tsx') },
          { path: paths.skp.path, lazy: () => import('./routes/skp.tsx') },
          { path: paths.skpDetail.path, lazy: () => import('./routes/skp-detail.tsx') },
          { path: paths.skpPersetujuan.path, lazy: () => import('./routes/skp-persetujuan.tsx') },
          { path: paths.skpTinjau.path, lazy: () => import('./routes/skp-tinjau.tsx') },
          { path: paths.skpPeriode.path, lazy: () => import('./routes/skp-periode.tsx') },
          { path: paths.skpMonitoring.path, lazy: () => import('./routes/skp-monitoring.tsx') },
          { path: paths.perjanjianKinerja.path, lazy: () => import('./routes/perjanjian-kinerja.tsx') },
          { path: paths.penilaian.path, lazy: () => import('./routes/penilaian.tsx') },
          { path: paths.penilaianDetail.path, lazy: () => import('./routes/penilaian-detail.tsx') },
          { path: paths.penilaianBawahan.path, lazy: () => import('./routes/penilaian-bawahan.tsx') },
          { path: paths.penilaianNilai.path, lazy: () => import('./routes/penilaian-nilai.tsx') },
          { path: paths.periodePenilaian.path, lazy: () => import('./routes/periode-penilaian.tsx') },
          { path: paths.kalibrasi.path, lazy: () => import('./routes/kalibrasi.tsx') },
          { path: paths.kalibrasiPapan.path, lazy: () => import('./routes/kalibrasi-papan.tsx') },
          { path: paths.keberatan.path, lazy: () => import('./routes/keberatan.tsx') },
          { path: paths.keberatanDetail.path, lazy: () => import('./routes/keberatan-detail.tsx') },
          { path: paths.tindakLanjut.path, lazy: () => import('./routes/tindak-lanjut.tsx') },
          { path: '*', lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

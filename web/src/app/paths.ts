// The route registry: every screen's path in one place. Components link with `paths.x.getHref()` instead of
// writing URLs by hand, so a path changes here only.
export const paths = {
  masuk: {
    path: '/masuk',
    getHref: (redirectTo?: string | null) =>
      redirectTo && redirectTo !== '/' ? `/masuk?ke=${encodeURIComponent(redirectTo)}` : '/masuk',
  },
  beranda: { path: '/', getHref: () => '/' },
  aktivitas: { path: '/aktivitas', getHref: (query?: string) => (query ? `/aktivitas?${query}` : '/aktivitas') },
  aktivitasAntrian: { path: '/aktivitas/antrian', getHref: () => '/aktivitas/antrian' },
  aktivitasMonitoring: { path: '/aktivitas/monitoring', getHref: () => '/aktivitas/monitoring' },
  aktivitasPengaturan: { path: '/aktivitas/pengaturan', getHref: () => '/aktivitas/pengaturan' },
  profil: { path: '/profil', getHref: () => '/profil' },
  gantiPassword: { path: '/ganti-kata-sandi', getHref: () => '/ganti-kata-sandi' },
  bawahan: { path: '/bawahan', getHref: () => '/bawahan' },
  pegawaiOpd: { path: '/pegawai-opd', getHref: () => '/pegawai-opd' },
  dataPegawai: { path: '/pegawai', getHref: () => '/pegawai' },
  pegawaiBaru: { path: '/pegawai/baru', getHref: () => '/pegawai/baru' },
  pegawai: { path: '/pegawai/:id', getHref: (id: string) => `/pegawai/${encodeURIComponent(id)}` },
  akun: { path: '/akun', getHref: () => '/akun' },
  audit: { path: '/audit', getHref: () => '/audit' },
  dasbor: { path: '/dasbor', getHref: () => '/dasbor' },
  impor: { path: '/impor', getHref: () => '/impor' },
  unitKerja: { path: '/unit-kerja', getHref: () => '/unit-kerja' },
  strukturOpd: { path: '/struktur-opd', getHref: () => '/struktur-opd' },
  jabatan: { path: '/jabatan', getHref: () => '/jabatan' },
  penilai: { path: '/penilai', getHref: () => '/penilai' },
  skp: { path: '/skp', getHref: () => '/skp' },
  skpDetail: { path: '/skp/:id', getHref: (id: string) => `/skp/${encodeURIComponent(id)}` },
  skpPersetujuan: { path: '/persetujuan-skp', getHref: () => '/persetujuan-skp' },
  skpTinjau: { path: '/persetujuan-skp/:id', getHref: (id: string) => `/persetujuan-skp/${encodeURIComponent(id)}` },
  skpPeriode: { path: '/periode-skp', getHref: () => '/periode-skp' },
  skpMonitoring: { path: '/monitoring-skp', getHref: (unitId?: string) => (unitId ? `/monitoring-skp?unit=${encodeURIComponent(unitId)}` : '/monitoring-skp') },
  perjanjianKinerja: { path: '/perjanjian-kinerja', getHref: () => '/perjanjian-kinerja' },
  penilaian: { path: '/penilaian', getHref: () => '/penilaian' },
  penilaianDetail: { path: '/penilaian/:id', getHref: (id: string) => `/penilaian/${encodeURIComponent(id)}` },
  penilaianBawahan: { path: '/penilaian-bawahan', getHref: (periodeId?: string) => (periodeId ? `/penilaian-bawahan?periode=${encodeURIComponent(periodeId)}` : '/penilaian-bawahan') },
  penilaianNilai: { path: '/penilaian-bawahan/:id', getHref: (id: string) => `/penilaian-bawahan/${encodeURIComponent(id)}` },
  periodePenilaian: { path: '/periode-penilaian', getHref: () => '/periode-penilaian' },
  kalibrasi: { path: '/kalibrasi', getHref: (periodeId?: string) => (periodeId ? `/kalibrasi?periode=${encodeURIComponent(periodeId)}` : '/kalibrasi') },
  kalibrasiPapan: { path: '/kalibrasi/:periodeId/:unitId', getHref: (periodeId: string, unitId: string) => `/kalibrasi/${encodeURIComponent(periodeId)}/${encodeURIComponent(unitId)}` },
  keberatan: { path: '/keberatan', getHref: () => '/keberatan' },
  keberatanDetail: { path: '/keberatan/:id', getHref: (id: string) => `/keberatan/${encodeURIComponent(id)}` },
  tindakLanjut: { path: '/tindak-lanjut', getHref: () => '/tindak-lanjut' },
  /** public: anyone checks a document's verification code (no login) */
  verifikasi: { path: '/verifikasi/:kode?', getHref: (kode?: string) => (kode ? `/verifikasi/${encodeURIComponent(kode)}` : '/verifikasi') },
  penilaiPegawai: {
    path: '/penilai/pegawai/:id',
    getHref: (id: string, tanggal?: string) => `/penilai/pegawai/${encodeURIComponent(id)}${tanggal ? `?tanggal=${encodeURIComponent(tanggal)}` : ''}`,
  },
} as const;

/** Only same-site paths are followed after login (an open redirect would help phishing). */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith(paths.masuk.path)) {
    return paths.beranda.getHref();
  }
  return target;
}

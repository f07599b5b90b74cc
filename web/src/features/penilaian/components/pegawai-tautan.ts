// The screens the pegawai's evaluation pages link to. The route registry (app/paths.ts) owns the paths and features
// may not import app/, so the views take hrefs as props; these defaults are the registry's paths for a route that
// passes none.
export type TautanPenilaian = {
  penilaianHref: (id: string) => string;
  penilaianSayaHref: () => string;
  berandaHref: () => string;
  /** the penilai's rating page of a record (shown to the penilai reading the record), if the route offers it */
  nilaiHref?: (id: string) => string;
  /** the page of one keberatan (the pegawai follows their own there), if the route offers it */
  keberatanHref?: (id: string) => string;
  /** the public verification page of a document code, if the route offers it */
  verifikasiHref?: (kode: string) => string;
};

export const TAUTAN_PENILAIAN_BAWAAN: TautanPenilaian = {
  penilaianHref: (id) => `/penilaian/${encodeURIComponent(id)}`,
  penilaianSayaHref: () => '/penilaian',
  berandaHref: () => '/',
};

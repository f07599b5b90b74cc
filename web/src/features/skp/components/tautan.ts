// The screens this feature links to. The route registry (app/paths.ts) owns the paths and features may not
// import app/, so the views take hrefs as props; these defaults are the registry's paths for a route that passes none.
export type Tautan = {
  skpHref: (id: string) => string;
  skpSayaHref: () => string;
  /** the penilai's screen for one SKP (approve, return, ekspektasi) */
  tinjauHref: (id: string) => string;
  berandaHref: () => string;
};

export const TAUTAN_BAWAAN: Tautan = {
  skpHref: (id) => `/skp/${encodeURIComponent(id)}`,
  skpSayaHref: () => '/skp',
  tinjauHref: (id) => `/persetujuan-skp/${encodeURIComponent(id)}`,
  berandaHref: () => '/',
};

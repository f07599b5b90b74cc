// Files the browser downloads directly (GET with the session cookie): the template and the Excel exports. Plain
// links, so the browser's own download handling (and "open in Excel" on a phone) applies.
import { API_BASE } from '../../../lib/api-client.ts';

export const unduhan = {
  templat: (format: 'xlsx' | 'csv') => `${API_BASE}/impor-pegawai/templat?format=${format}`,
  eksporPegawai: () => `${API_BASE}/ekspor/pegawai`,
  eksporUnitKerja: () => `${API_BASE}/ekspor/unit-kerja`,
} as const;

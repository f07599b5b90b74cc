// Bukti dukung files of an activity (issue "Aktivitas harian"): which kinds are accepted (checked by content on the
// server, not by name) and the default limits. The web uses the same list for the file picker and its hints.
import { z } from 'zod';
import { BuktiItem } from './aktivitas.ts';

/** Accepted kinds, by the type detected from the bytes. HEIC is what phone cameras write. */
export const JENIS_BUKTI = {
  jpg: { mime: 'image/jpeg', kelompok: 'gambar', label: 'JPEG' },
  png: { mime: 'image/png', kelompok: 'gambar', label: 'PNG' },
  webp: { mime: 'image/webp', kelompok: 'gambar', label: 'WebP' },
  heic: { mime: 'image/heic', kelompok: 'gambar', label: 'HEIC' },
  pdf: { mime: 'application/pdf', kelompok: 'dokumen', label: 'PDF' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kelompok: 'dokumen', label: 'Word (DOCX)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kelompok: 'dokumen', label: 'Excel (XLSX)' },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kelompok: 'dokumen', label: 'PowerPoint (PPTX)' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', kelompok: 'dokumen', label: 'OpenDocument Teks (ODT)' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', kelompok: 'dokumen', label: 'OpenDocument Lembar Kerja (ODS)' },
} as const;
export type JenisBukti = keyof typeof JENIS_BUKTI;

/** Defaults; an instansi may set others in its settings (`bukti.batas`). */
export const BUKTI_BATAS = {
  gambarByte: 10 * 1024 * 1024,
  dokumenByte: 10 * 1024 * 1024,
  /** files per activity (links are counted separately, same number) */
  perAktivitas: 5,
  /** the phone-sized copy of an image: longest side in pixels */
  kecilPx: 1280,
} as const;

/** For `<input type="file" accept=…>`: a hint only, the server decides by content. */
export const ACCEPT_BUKTI = '.jpg,.jpeg,.png,.webp,.heic,.heif,.pdf,.docx,.xlsx,.pptx,.odt,.ods,image/*,application/pdf';

export const FIELD_BUKTI = 'berkas';

export const BuktiDaftar = z.object({ items: z.array(BuktiItem) });

export const BerkasBuktiQuery = z.object({
  /** `kecil`: the phone-sized copy of an image (WebP, ≤ 1280 px); other files are served as they are */
  ukuran: z.enum(['asli', 'kecil']).default('asli'),
});

// What a bukti file really is, from its bytes (magic numbers via file-type), never from its name or the browser's
// Content-Type: an .exe renamed .pdf or an HTML page renamed .jpg is refused. Zip-based documents are opened to
// check that they are what they claim: OOXML has `[Content_Types].xml`, OpenDocument a matching `mimetype`.
import { fileTypeFromBuffer } from 'file-type';
import JSZip from 'jszip';
import { JENIS_BUKTI, type JenisBukti } from '../../../../contracts/bukti.ts';

export type HasilJenis =
  | { ok: true; jenis: JenisBukti; mime: string; kelompok: 'gambar' | 'dokumen' }
  | { ok: false; terdeteksi: string };

const OOXML = new Set<JenisBukti>(['docx', 'xlsx', 'pptx']);
const ODF = new Set<JenisBukti>(['odt', 'ods']);

export async function kenaliJenis(isi: Buffer): Promise<HasilJenis> {
  if (isi.length === 0) return { ok: false, terdeteksi: 'berkas kosong' };
  const ft = await fileTypeFromBuffer(isi);
  if (!ft) return { ok: false, terdeteksi: pastiBukanBiner(isi) ? 'teks/HTML' : 'tidak dikenal' };
  if (!(ft.ext in JENIS_BUKTI)) return { ok: false, terdeteksi: `${ft.ext.toUpperCase()} (${ft.mime})` };
  const jenis = ft.ext as JenisBukti;
  const info = JENIS_BUKTI[jenis];
  if (OOXML.has(jenis) || ODF.has(jenis)) {
    const zip = await JSZip.loadAsync(isi).catch(() => null);
    if (!zip) return { ok: false, terdeteksi: 'arsip zip rusak' };
    if (OOXML.has(jenis) && !zip.file('[Content_Types].xml')) return { ok: false, terdeteksi: 'arsip zip' };
    if (ODF.has(jenis)) {
      const m = zip.file('mimetype');
      if (!m || (await m.async('string')).trim() !== info.mime) return { ok: false, terdeteksi: 'arsip zip' };
    }
  }
  // HEIC: keep the detected flavour (image/heic or image/heif); the rest use the canonical type
  return { ok: true, jenis, mime: jenis === 'heic' ? ft.mime : info.mime, kelompok: info.kelompok };
}

/** No NUL byte in the first KiB: text of some kind (HTML, script, CSV …), which file-type does not name. */
function pastiBukanBiner(isi: Buffer): boolean {
  return !isi.subarray(0, 1024).includes(0);
}

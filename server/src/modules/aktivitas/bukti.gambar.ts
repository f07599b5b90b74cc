// The phone-sized copy of a photo: longest side ≤ 1280 px, WebP at quality 80, turned upright from EXIF and without
// its metadata (no GPS position in what is shown around). The original stays untouched: it is the evidence, and its
// hash is what the "same evidence" flag compares.
import sharp from 'sharp';
import { BUKTI_BATAS } from '../../../../contracts/bukti.ts';

export const MIME_KECIL = 'image/webp';

/** null when this build of libvips cannot decode the image (HEIC/HEVC is not in sharp's prebuilt binaries). */
export async function perkecilGambar(isi: Buffer, sisiPx: number = BUKTI_BATAS.kecilPx): Promise<Buffer | null> {
  try {
    return await sharp(isi, { failOn: 'error' })
      .rotate()
      .resize({ width: sisiPx, height: sisiPx, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  } catch {
    return null;
  }
}

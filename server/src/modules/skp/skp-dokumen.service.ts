// The SKP as an official document: who may download it is who may see the SKP (skp.service cekLihatSkp via
// detailSkp); an approved SKP gets its verification code from the register of issued documents (one code per
// approved version, reused on every download), anything else prints as a DRAF without a code.
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { Ctx } from '../../context.ts';
import { ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { infoCetak, terbitkanDokumen } from '../dokumen/dokumen.service.ts';
import { tanggalIndonesia, tempatDariInstansi } from '../dokumen/pdf-umum.ts';
import { detailSkp } from './skp.service.ts';
import { renderSkpPdf, skpResmi } from './skp.pdf.ts';

export interface BerkasPdf {
  nama: string;
  isi: Buffer;
}

/**
 * The SKP PDF. `asalUrl` (e.g. "https://kinerja.kupangkota.go.id") makes the printed verification link absolute;
 * without it the footer names the verification page in words.
 */
export async function pdfSkp(ctx: Ctx, aktor: Aktor, id: string, opsi: { asalUrl: string | null }): Promise<Result<BerkasPdf>> {
  const det = await detailSkp(ctx, aktor, id);
  if (!det.ok) return det;
  const d = det.value;
  const info = await infoCetak(ctx, aktor.instansiId, [d.pegawai.pegawaiId, d.penilai?.pegawaiId]);
  const now = ctx.now();
  let kode: string | null = null;
  let waktuTerbit = now.toISOString();
  if (skpResmi(d)) {
    const jumlahRhk = d.rhk.length;
    const ringkasan = [
      `Periode ${tanggalIndonesia(d.tanggalMulai)} – ${tanggalIndonesia(d.tanggalSelesai)}`,
      `${jumlahRhk} RHK`,
      d.disetujuiPada ? `disetujui ${tanggalIndonesia(tanggalWita(new Date(d.disetujuiPada)))}` : null,
      d.penilai ? `pejabat penilai ${d.penilai.nama}` : null,
    ].filter(Boolean).join('; ');
    const terbit = await ctx.db.transaction().execute((trx) =>
      terbitkanDokumen({ ...ctx, db: trx }, trx, {
        instansiId: aktor.instansiId,
        jenis: 'skp',
        refId: d.id,
        refVersi: d.versi,
        pegawaiId: d.pegawai.pegawaiId,
        judul: `SKP ${d.tahun} — ${d.pegawai.nama}`,
        ringkasan,
        pelaku: aktor,
        sahSejak: d.disetujuiPada,
      }),
    );
    kode = terbit.kode;
    waktuTerbit = terbit.diterbitkanPada;
  }
  const isi = await renderSkpPdf({
    ...d,
    instansiNama: info.instansiNama,
    tempat: tempatDariInstansi(info.instansiNama),
    tanggalCetak: tanggalWita(now),
    kode,
    urlVerifikasi: kode && opsi.asalUrl ? `${opsi.asalUrl}/verifikasi/${kode}` : null,
    waktuTerbit,
    jenisAsn: { pegawai: info.jenisAsn.get(d.pegawai.pegawaiId) ?? null, penilai: d.penilai ? (info.jenisAsn.get(d.penilai.pegawaiId) ?? null) : null },
  });
  return ok({ nama: `SKP-${d.tahun}-${d.pegawai.nip ?? d.id}.pdf`, isi });
}

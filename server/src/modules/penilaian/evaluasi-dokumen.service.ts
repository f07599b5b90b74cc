// The Dokumen Evaluasi Kinerja Pegawai as an official document (DOMAIN.md §2.7, issue 6): who may download it is who
// may read the record (cekLihatPenilaian). A finalised record (ditetapkan) gets its verification code from the
// register of issued documents — one code per version of the record, reused on every download; a keberatan decision
// bumps the versi and re-issues (keberatan.service), after which older codes read "diganti". A rated record not yet
// finalised (dinilai) prints as a DRAF without a code; earlier states have nothing to print.
import { tanggalWita } from '../../../../domain/kalender.ts';
import { hitungSebaran, type PredikatOrganisasi, PREDIKAT_ORGANISASI, sebaranKosong, type Sebaran } from '../../../../domain/kurva.ts';
import { isPredikat, LABEL_PREDIKAT, LABEL_RATING, type Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { type BerkasUnduhan, fail, ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { infoCetak, type JenisDokumen, terbitkanDokumen } from '../dokumen/dokumen.service.ts';
import { tanggalIndonesia, tempatDariInstansi } from '../dokumen/pdf-umum.ts';
import { angkaKreditRecord } from './angka-kredit.service.ts';
import * as repo from './evaluasi-dokumen.repository.ts';
import { type DataEvaluasiPdf, type KeputusanKeberatanPdf, renderEvaluasiPdf } from './evaluasi.pdf.ts';
import { cekLihatPenilaian, type Dilihat, susunDetail } from './penilaian.service.ts';

const isPredikatOrganisasi = (v: string | null): v is PredikatOrganisasi => (PREDIKAT_ORGANISASI as readonly string[]).includes(v ?? '');

/** The unit's predikat organisasi and distribution for the record's period (board of unit U = rows with unit_id U). */
async function unitDanSebaran(ctx: Ctx, d: Dilihat): Promise<{ predikatOrganisasi: PredikatOrganisasi | null; sebaran: Sebaran }> {
  const { row } = d;
  if (!row.unit_id) return { predikatOrganisasi: null, sebaran: row.predikat && isPredikat(row.predikat) ? hitungSebaran([row.predikat]) : sebaranKosong() };
  const [po, rows] = await Promise.all([repo.predikatOrganisasi(ctx.db, row.instansi_id, row.periode_id, row.unit_id), repo.sebaranUnit(ctx.db, row.instansi_id, row.periode_id, row.unit_id)]);
  const sebaran = sebaranKosong();
  for (const r of rows) if (isPredikat(r.predikat)) sebaran[r.predikat] += r.jumlah;
  return { predikatOrganisasi: isPredikatOrganisasi(po) ? po : null, sebaran };
}

async function keputusanKeberatan(ctx: Ctx, d: Dilihat): Promise<KeputusanKeberatanPdf | null> {
  const k = await repo.keberatanDiputus(ctx.db, d.row.instansi_id, d.row.id);
  if (!k || (k.keputusan !== 'tetap' && k.keputusan !== 'ubah')) return null;
  return { keputusan: k.keputusan, alasan: k.alasan_keputusan?.trim() || '-' };
}

function ringkasan(data: Pick<DataEvaluasiPdf, 'predikat' | 'ratingHasilKerja' | 'ratingPerilakuKerja' | 'tanggalMulai' | 'tanggalSelesai' | 'tanggalPenetapan' | 'penilai'>): string {
  const rating = (r: Rating | null) => (r ? LABEL_RATING[r] : '-');
  return [
    `Predikat: ${data.predikat ? LABEL_PREDIKAT[data.predikat] : '-'}`,
    `rating hasil kerja ${rating(data.ratingHasilKerja)}, rating perilaku kerja ${rating(data.ratingPerilakuKerja)}`,
    `periode ${tanggalIndonesia(data.tanggalMulai)} – ${tanggalIndonesia(data.tanggalSelesai)}`,
    data.tanggalPenetapan ? `ditetapkan ${tanggalIndonesia(data.tanggalPenetapan)}` : null,
    data.penilai ? `pejabat penilai ${data.penilai.nama}` : null,
  ].filter(Boolean).join('; ');
}

/**
 * The evaluation PDF. `asalUrl` (e.g. "https://kinerja.kupangkota.go.id") makes the printed verification link
 * absolute; without it the footer names the verification page in words.
 */
export async function pdfEvaluasi(ctx: Ctx, aktor: Aktor, id: string, opsi: { asalUrl: string | null }): Promise<Result<BerkasUnduhan>> {
  const seen = await cekLihatPenilaian(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row, periode } = seen.value;
  if (row.status !== 'dinilai' && row.status !== 'ditetapkan') {
    return fail('PENILAIAN.STATUS', 'Dokumen evaluasi kinerja tersedia setelah pejabat penilai menyelesaikan penilaian.');
  }
  const [detail, unit, keberatan, angkaKredit, tetap, info] = await Promise.all([
    susunDetail(ctx, seen.value),
    unitDanSebaran(ctx, seen.value),
    keputusanKeberatan(ctx, seen.value),
    angkaKreditRecord(ctx, row),
    repo.penetapan(ctx.db, row.instansi_id, row.id),
    infoCetak(ctx, aktor.instansiId, [row.pegawai_id, row.penilai_id, row.atasan_penilai_id]),
  ]);
  const now = ctx.now();
  const resmi = row.status === 'ditetapkan';
  const data: DataEvaluasiPdf = {
    ...detail,
    ...unit,
    keberatan,
    angkaKredit,
    instansiNama: info.instansiNama,
    tempat: tempatDariInstansi(info.instansiNama),
    tanggalCetak: tanggalWita(now),
    tanggalPenetapan: resmi && tetap?.ditetapkan_pada ? tanggalWita(new Date(tetap.ditetapkan_pada)) : null,
    kode: null,
    urlVerifikasi: null,
    waktuTerbit: now.toISOString(),
    jenisAsn: {
      pegawai: info.jenisAsn.get(row.pegawai_id) ?? null,
      penilai: row.penilai_id ? (info.jenisAsn.get(row.penilai_id) ?? null) : null,
      atasanPenilai: row.atasan_penilai_id ? (info.jenisAsn.get(row.atasan_penilai_id) ?? null) : null,
    },
  };
  if (resmi) {
    const jenis: JenisDokumen = periode.jenis === 'tahunan' ? 'evaluasi_tahunan' : 'evaluasi_periodik';
    const terbit = await ctx.db.transaction().execute((trx) =>
      terbitkanDokumen({ ...ctx, db: trx }, trx, {
        instansiId: aktor.instansiId,
        jenis,
        refId: row.id,
        refVersi: row.versi,
        pegawaiId: row.pegawai_id,
        judul: `Dokumen Evaluasi Kinerja Pegawai — ${detail.periode.nama}`,
        ringkasan: ringkasan(data),
        pelaku: aktor,
      }),
    );
    data.kode = terbit.kode;
    data.urlVerifikasi = opsi.asalUrl ? `${opsi.asalUrl}/verifikasi/${terbit.kode}` : null;
    data.waktuTerbit = terbit.diterbitkanPada;
  }
  const isi = await renderEvaluasiPdf(data);
  const nama = `Evaluasi-Kinerja-${detail.periode.nama.replace(/\s+/g, '-')}-${detail.pegawai.nip ?? row.id}.pdf`;
  return ok({ namaFile: nama, contentType: 'application/pdf', data: isi });
}

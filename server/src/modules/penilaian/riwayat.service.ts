// Riwayat kinerja of a pegawai (issue 6: "the pegawai's own page shows the history of their predikat, ratings,
// feedback and documents"; DOMAIN.md §2.3: the periodic predikat are shown beside the tahunan one as context). The
// pegawai's own by default; another pegawai's only for those who may see them (cekLihatPegawai), else 404. The
// penilai's side of a record (ratings, predikat, umpan balik) follows the same rule as the detail page
// (penilaian.policy.ts bolehLihatSisiPenilai): the pegawai sees it from `dinilai` on.
import type { z } from 'zod';
import type { PenilaianRiwayat, RiwayatKinerja, RiwayatQuery } from '../../../../contracts/riwayat-kinerja.ts';
import type { TindakLanjut } from '../../../../contracts/tindak-lanjut.ts';
import type { PeranPenilaian, StatusPenilaian } from '../../../../domain/penilaian.ts';
import type { Predikat, Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { formatKode } from '../dokumen/kode-verifikasi.ts';
import { cekLihatPegawai } from '../kepegawaian/kepegawaian.service.ts';
import { orangBanyak } from '../skp/skp.service.ts';
import { bolehLihatSisiPenilai } from './penilaian.policy.ts';
import * as penilaianRepo from './penilaian.repository.ts';
import { keDtoPeriode } from './periode-penilaian.service.ts';
import * as repo from './riwayat.repository.ts';
import { tindakLanjutTerlihat } from './tindak-lanjut.service.ts';

type Item = z.infer<typeof PenilaianRiwayat>;
type PeriodeDto = ReturnType<typeof keDtoPeriode>;

function peranPada(aktor: Aktor, pegawaiId: string, r: repo.RiwayatRow, penilaiHariIni: string | null): PeranPenilaian {
  const saya = aktor.pegawaiId;
  if (saya === pegawaiId) return 'pemilik';
  if (saya && (saya === r.penilai_id || saya === r.skp_penilai_id || saya === penilaiHariIni)) return 'penilai';
  return 'pengamat';
}

function kelompokkan<T>(items: readonly T[], kunci: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) m.set(kunci(x), [...(m.get(kunci(x)) ?? []), x]);
  return m;
}

/** Tindak lanjut per record: tied to the record, else to the first record of its period; the rest stays apart. */
function bagiTindakLanjut(rows: readonly repo.RiwayatRow[], tl: readonly TindakLanjut[]) {
  const ids = new Set(rows.map((r) => r.id));
  const pertamaPeriode = new Map<string, string>();
  for (const r of rows) if (!pertamaPeriode.has(r.periode_id)) pertamaPeriode.set(r.periode_id, r.id);
  const per = new Map<string, TindakLanjut[]>();
  const lain: TindakLanjut[] = [];
  for (const t of tl) {
    const milik = t.penilaianId && ids.has(t.penilaianId) ? t.penilaianId : t.periodeId ? pertamaPeriode.get(t.periodeId) : undefined;
    if (milik) per.set(milik, [...(per.get(milik) ?? []), t]);
    else lain.push(t);
  }
  return { per, lain };
}

export async function riwayatKinerja(ctx: Ctx, aktor: Aktor, q: z.infer<typeof RiwayatQuery>): Promise<Result<RiwayatKinerja>> {
  const inst = aktor.instansiId;
  const pegawaiId = q.pegawaiId ?? aktor.pegawaiId;
  if (!pegawaiId) return fail('DATA.TIDAK_DITEMUKAN', 'Akun ini tidak terhubung dengan data pegawai, sehingga tidak memiliki riwayat kinerja.');
  let penilaiHariIni: string | null = null;
  if (pegawaiId !== aktor.pegawaiId) {
    const seen = await cekLihatPegawai(ctx, aktor, pegawaiId);
    if (!seen.ok) return fail('DATA.TIDAK_DITEMUKAN');
    penilaiHariIni = seen.value.chain.penilai?.pegawaiId ?? null;
  }

  const rows = await repo.penilaianPegawaiSemua(ctx.db, inst, pegawaiId);
  const ids = rows.map((r) => r.id);
  const [periodeRows, nilaiRhk, dokumen, keberatan, tindakLanjut, orang] = await Promise.all([
    penilaianRepo.daftarPeriode(ctx.db, inst),
    repo.umpanBalikRhk(ctx.db, inst, ids),
    repo.dokumenRef(ctx.db, inst, ids),
    repo.keberatanDari(ctx.db, inst, ids),
    tindakLanjutTerlihat(ctx, aktor, { pegawaiId }),
    orangBanyak(ctx, inst, [pegawaiId, ...rows.flatMap((r) => (r.penilai_id ? [r.penilai_id] : []))]),
  ]);
  const pegawai = orang.get(pegawaiId);
  if (!pegawai) return fail('DATA.TIDAK_DITEMUKAN');
  const periodeOf = new Map<string, PeriodeDto>(periodeRows.map((p) => [p.id, keDtoPeriode(p)]));
  const nilaiOf = kelompokkan(nilaiRhk, (n) => n.penilaian_id);
  const dokumenOf = kelompokkan(dokumen, (d) => d.ref_id);
  const keberatanOf = new Map(keberatan.map((k) => [k.penilaian_id, k]));
  const { per: tlOf, lain } = bagiTindakLanjut(rows, tindakLanjut);

  const items: { tahun: number; item: Item }[] = [];
  for (const r of rows) {
    const periode = periodeOf.get(r.periode_id);
    if (!periode) continue;
    const status = r.status as StatusPenilaian;
    const sisi = bolehLihatSisiPenilai(peranPada(aktor, pegawaiId, r, penilaiHariIni), status);
    const kb = keberatanOf.get(r.id);
    items.push({
      tahun: periode.tahun,
      item: {
        penilaianId: r.id,
        periode,
        tanggalMulai: r.tanggal_mulai,
        tanggalSelesai: r.tanggal_selesai,
        status,
        penilaiNama: r.penilai_id ? (orang.get(r.penilai_id)?.nama ?? null) : null,
        ratingHasilKerja: sisi ? (r.rating_hasil_kerja as Rating | null) : null,
        ratingPerilakuKerja: sisi ? (r.rating_perilaku_kerja as Rating | null) : null,
        predikat: sisi ? (r.predikat as Predikat | null) : null,
        ditetapkanPada: r.ditetapkan_pada,
        umpanBalik: sisi
          ? (nilaiOf.get(r.id) ?? []).map((n) => ({ rhkId: n.rhk_id, uraian: n.uraian, jenis: n.jenis as 'utama' | 'tambahan', penilaian: n.penilaian as Rating | null, umpanBalik: n.umpan_balik }))
          : [],
        dokumen: (dokumenOf.get(r.id) ?? []).map((d) => ({ kode: formatKode(d.kode), jenis: d.jenis, versi: d.ref_versi, diterbitkanPada: d.diterbitkan_pada, status: d.diganti_pada ? 'diganti' : 'berlaku', digantiPada: d.diganti_pada })),
        keberatan: kb
          ? {
              id: kb.id,
              status: kb.status as 'diajukan' | 'klarifikasi' | 'diputus',
              keputusan: kb.keputusan as 'tetap' | 'ubah' | null,
              predikatSemula: kb.predikat_semula as Predikat,
              predikatBaru: kb.predikat_baru as Predikat | null,
              diajukanPada: kb.diajukan_pada,
              diputusPada: kb.diputus_pada,
            }
          : null,
        tindakLanjut: tlOf.get(r.id) ?? [],
      },
    });
  }

  const perTahun = kelompokkan(items, (x) => String(x.tahun));
  const urutPeriode = (a: Item, b: Item) => a.periode.nomor - b.periode.nomor || a.tanggalMulai.localeCompare(b.tanggalMulai);
  const tahun = [...perTahun.entries()]
    .map(([t, xs]) => ({
      tahun: Number(t),
      tahunan: xs.map((x) => x.item).filter((i) => i.periode.jenis === 'tahunan').sort(urutPeriode),
      periodik: xs.map((x) => x.item).filter((i) => i.periode.jenis !== 'tahunan').sort(urutPeriode),
    }))
    .sort((a, b) => b.tahun - a.tahun);
  return ok({ pegawai, tahun, tindakLanjutLain: lain });
}

// The evaluation year of the DEMO instansi's Dinas Kesehatan, so that `npm start` shows history, a calibration board
// with work on it and documents to print — while the demo pegawai (who has no SKP yet) can still walk the whole cycle.
// The evaluation periods of this year's SKP period (triwulanan + tahunan, default deadlines); for every quarter that
// has ended, FINALISED evaluations of every approved SKP of the Dinas with the calibration of their units; for the
// running quarter, RATED evaluations in the demo atasan's seksi and its predikat organisasi, so that the kepala dinas
// finds a board that deviates from the kurva (every pegawai Baik or better under a "Baik" unit, DOMAIN.md §2.4).
// Who evaluates whom is copied from the approved SKP snapshots. Demo only: bootstrap never calls it otherwise.
import type { Kysely } from 'kysely';
import { type NilaiBerakhlak } from '../../../../domain/berakhlak.ts';
import { tambahHari, tanggalWita } from '../../../../domain/kalender.ts';
import { hitungSebaran, perluJustifikasi, periksaKurva, type PredikatOrganisasi, ratingDariPredikatOrganisasi } from '../../../../domain/kurva.ts';
import { type RencanaPeriode, susunPeriodePenilaian } from '../../../../domain/penilaian.ts';
import { predikatKinerja, type Rating } from '../../../../domain/predikat.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Pelaku } from '../auth/aktor.ts';
import type { AkunDemo } from '../kepegawaian/demo/generate.ts';
import * as repo from './demo-penilaian.repository.ts';

const OPD_DEMO = 'DINKES';

/** (rating hasil kerja, rating perilaku kerja) in turn; shifted each quarter so that people's results vary. */
const POLA: readonly (readonly [Rating, Rating])[] = [
  ['sesuai', 'sesuai'],
  ['di_atas', 'di_atas'],
  ['sesuai', 'di_atas'],
  ['di_atas', 'sesuai'],
  ['di_bawah', 'sesuai'],
  ['sesuai', 'sesuai'],
];
/** The running quarter in the demo seksi: one Sangat Baik, the rest Baik — no one below, so "Baik" deviates. */
const POLA_BERJALAN: readonly (readonly [Rating, Rating])[] = [
  ['di_atas', 'di_atas'],
  ['sesuai', 'sesuai'],
  ['sesuai', 'di_atas'],
];
const ORGANISASI_LALU: readonly PredikatOrganisasi[] = ['baik', 'istimewa', 'baik'];
const FAKTOR: Record<Rating, number> = { di_atas: 1.1, sesuai: 1, di_bawah: 0.8 };
const UMPAN_BALIK: Record<Rating, string> = {
  di_atas: 'Capaian melampaui target dengan bukti dukung yang lengkap; pertahankan dan bagikan cara kerjanya ke rekan seksi.',
  sesuai: 'Capaian sesuai target; laporan tepat waktu. Tingkatkan kelengkapan bukti dukung di aplikasi.',
  di_bawah: 'Capaian di bawah target; susun rencana tindak lanjut bersama pejabat penilai untuk triwulan berikutnya.',
};
const PERILAKU: readonly (readonly [NilaiBerakhlak, string])[] = [
  ['berorientasi_pelayanan', 'Cepat menanggapi permintaan data dari puskesmas dan masyarakat.'],
  ['kolaboratif', 'Aktif berkoordinasi dengan kader posyandu dan lintas seksi.'],
];
const JUSTIFIKASI_LALU = 'Sebaran mengikuti hasil penilaian setiap pejabat penilai yang sudah diverifikasi dengan bukti dukung; unit ini kecil sehingga proporsi kurva sulit dipenuhi.';

/** Instant of a WITA date and minute of the day. */
const instan = (tanggal: string, menit: number) => new Date(Date.parse(`${tanggal}T00:00:00Z`) + (menit - 8 * 60) * 60_000).toISOString();

export async function isiPenilaianDemo(trx: Kysely<DB>, ctx: Ctx, pelaku: Pelaku & { instansiId: string }, now: Date, akunDemo: readonly AkunDemo[]): Promise<number> {
  if (ctx.config.production) throw new Error('demo penilaian data is never written in production');
  const instansiId = pelaku.instansiId;
  const iso = now.toISOString();
  const today = tanggalWita(now);
  const tahun = Number(today.slice(0, 4));
  const sp = await repo.skpPeriodeTahun(trx, instansiId, tahun);
  if (!sp) throw new Error(`demo penilaian: no SKP period ${tahun}`);
  const jepit = (t: string) => (t > iso ? iso : t);

  const rencana = susunPeriodePenilaian(sp.tanggal_mulai, sp.tanggal_selesai, 'triwulanan');
  const dibuat = jepit(instan(tambahHari(sp.tanggal_mulai, 1), 8 * 60 + 30));
  const periode = rencana.map((r) => ({ r, id: newId() }));
  const rows: repo.BarisDemoPenilaian = {
    periode: periode.map(({ r, id }) => ({ id, instansi_id: instansiId, skp_periode_id: sp.id, jenis: r.jenis, nomor: r.nomor, tanggal_mulai: r.tanggalMulai, tanggal_selesai: r.tanggalSelesai, batas_realisasi: r.batasRealisasi, batas_penilaian: r.batasPenilaian, versi: 1, dibuat_pada: dibuat, diubah_pada: dibuat })),
    penilaian: [],
    realisasi: [],
    rhk: [],
    perilaku: [],
    unit: [],
  };

  const skp = await repo.skpDisetujuiOpd(trx, instansiId, sp.id, OPD_DEMO);
  const atasanNip = akunDemo.find((a) => a.peran === 'atasan')?.username;
  const unitAtasan = skp.find((s) => s.nip === atasanNip)?.unit_id;
  if (!unitAtasan) throw new Error('demo penilaian: the demo atasan has no approved SKP');
  const isi = await repo.isiSkpBanyak(trx, instansiId, skp.map((s) => s.id));
  const kepalaInduk = new Map<string, string | null>();
  for (const s of skp) if (s.induk_id && !kepalaInduk.has(s.induk_id)) kepalaInduk.set(s.induk_id, await repo.kepalaUnit(trx, instansiId, s.induk_id));

  type Baris = (typeof skp)[number];
  const tambah = (s: Baris, p: { r: RencanaPeriode; id: string }, hasil: Rating, perilaku: Rating, organisasi: Rating | null, selesai: boolean) => {
    const id = newId();
    const r = p.r;
    const akhir = r.tanggalSelesai < today ? r.tanggalSelesai : today;
    const diajukan = jepit(instan(selesai ? tambahHari(r.tanggalSelesai, 3) : tambahHari(akhir, -3), 10 * 60));
    const dinilai = jepit(instan(selesai ? tambahHari(r.tanggalSelesai, 8) : tambahHari(akhir, -1), 14 * 60));
    const ditetapkan = selesai ? jepit(instan(tambahHari(r.tanggalSelesai, 15), 9 * 60)) : null;
    const rating = organisasi ?? hasil;
    rows.penilaian.push({
      id,
      instansi_id: instansiId,
      periode_id: p.id,
      skp_id: s.id,
      pegawai_id: s.pegawai_id,
      tanggal_mulai: r.tanggalMulai,
      tanggal_selesai: r.tanggalSelesai,
      jabatan_id: s.jabatan_id,
      unit_id: s.unit_id,
      penilai_id: s.penilai_id,
      atasan_penilai_id: s.atasan_penilai_id,
      kepala_unit_id: Number(s.kepala_unit) === 1 ? s.unit_id : null,
      status: selesai ? 'ditetapkan' : 'dinilai',
      refleksi: 'Target triwulan tercapai; kendala utama keterlambatan laporan dari sebagian puskesmas.',
      catatan_penilai: null,
      usulan_rating_hasil: rating,
      rating_hasil_kerja: rating,
      alasan_rating_hasil: null,
      rating_hasil_organisasi: organisasi,
      rating_perilaku_kerja: perilaku,
      predikat: predikatKinerja(rating, perilaku),
      diajukan_pada: diajukan,
      dinilai_pada: dinilai,
      dinilai_oleh: s.penilai_id,
      ditetapkan_pada: ditetapkan,
      ditetapkan_oleh: selesai ? (kepalaInduk.get(s.induk_id ?? '') ?? null) : null,
      // as the services leave it: created 1, realisasi saved, submitted, rated saved, rated (+ finalised)
      versi: selesai ? 6 : 5,
      dibuat_pada: diajukan,
      diubah_pada: ditetapkan ?? dinilai,
    });
    for (const k of isi.indikator.filter((x) => x.skp_id === s.id)) {
      const target = k.target_angka === null ? null : Number(k.target_angka);
      rows.realisasi.push({ penilaian_id: id, indikator_id: k.id, instansi_id: instansiId, realisasi_angka: target === null ? null : Math.round(target * FAKTOR[rating] * 100) / 100, realisasi_narasi: target === null ? 'Terlaksana sesuai rencana' : null, catatan: 'Bukti dukung terlampir pada aktivitas harian.', diubah_pada: diajukan });
    }
    for (const k of isi.rhk.filter((x) => x.skp_id === s.id)) rows.rhk.push({ penilaian_id: id, rhk_id: k.id, instansi_id: instansiId, penilaian: rating, umpan_balik: UMPAN_BALIK[rating], diubah_pada: dinilai });
    for (const [nilai, teks] of PERILAKU) rows.perilaku.push({ penilaian_id: id, nilai, instansi_id: instansiId, umpan_balik: teks, diubah_pada: dinilai });
    return predikatKinerja(rating, perilaku);
  };

  const kalibrasi = (p: { r: RencanaPeriode; id: string }, unitId: string, indukId: string | null, organisasi: PredikatOrganisasi, predikat: ReturnType<typeof predikatKinerja>[], selesai: boolean) => {
    const sebaran = hitungSebaran(predikat);
    const kurva = periksaKurva(organisasi, sebaran);
    const oleh = kepalaInduk.get(indukId ?? '') ?? null;
    const ditentukan = jepit(instan(selesai ? tambahHari(p.r.tanggalSelesai, 10) : tambahHari(today < p.r.tanggalSelesai ? today : p.r.tanggalSelesai, -1), 9 * 60));
    const ditetapkan = selesai ? jepit(instan(tambahHari(p.r.tanggalSelesai, 15), 9 * 60)) : null;
    rows.unit.push({
      id: newId(),
      instansi_id: instansiId,
      periode_id: p.id,
      unit_id: unitId,
      predikat_organisasi: organisasi,
      catatan_predikat: 'Berdasarkan capaian indikator kinerja Perjanjian Kinerja pada periode ini.',
      predikat_oleh: oleh,
      predikat_pada: ditentukan,
      status: selesai ? 'ditetapkan' : 'terbuka',
      justifikasi: selesai && perluJustifikasi(kurva) ? JUSTIFIKASI_LALU : null,
      sebaran_penetapan: selesai ? JSON.stringify(sebaran) : null,
      n_penetapan: selesai ? kurva.n : null,
      sesuai_kurva: selesai ? (kurva.sesuai ? 1 : 0) : null,
      ditetapkan_pada: ditetapkan,
      ditetapkan_oleh: selesai ? oleh : null,
      versi: selesai ? 2 : 1,
      dibuat_pada: ditentukan,
      diubah_pada: ditetapkan ?? ditentukan,
    });
  };

  const unitIds = [...new Set(skp.map((s) => s.unit_id!))];
  const indukOf = new Map(skp.map((s) => [s.unit_id!, s.induk_id]));
  const triwulan = periode.filter((p) => p.r.jenis === 'triwulanan');
  triwulan.forEach((p, q) => {
    const selesai = p.r.tanggalSelesai < today;
    const berjalan = p.r.tanggalMulai <= today && today <= p.r.tanggalSelesai;
    if (!selesai && !berjalan) return;
    // the running quarter: only the demo atasan's seksi, rated and waiting for its kepala dinas / kepala bidang
    const units = selesai ? unitIds : [unitAtasan];
    for (const unitId of units) {
      const organisasi: PredikatOrganisasi = selesai ? ORGANISASI_LALU[q % ORGANISASI_LALU.length]! : 'baik';
      const anggota = skp.filter((s) => s.unit_id === unitId);
      const predikat = anggota.map((s, i) => {
        const kepala = Number(s.kepala_unit) === 1;
        const [hasil, perilaku] = selesai ? POLA[(i + q) % POLA.length]! : POLA_BERJALAN[i % POLA_BERJALAN.length]!;
        return tambah(s, p, hasil, kepala ? 'sesuai' : perilaku, kepala ? ratingDariPredikatOrganisasi(organisasi) : null, selesai);
      });
      kalibrasi(p, unitId, indukOf.get(unitId) ?? null, organisasi, predikat, selesai);
    }
  });

  await repo.insertDemoPenilaian(trx, rows);
  await catatAudit(trx, ctx.dialect, pelaku, { aksi: 'DATA_DEMO_PENILAIAN', entitas: 'skp_periode', entitasId: sp.id, sesudah: { tahun, periode: rows.periode.length, penilaian: rows.penilaian.length, unit: rows.unit.length } }, now);
  return rows.penilaian.length;
}

// The SKP year of the DEMO instansi's Dinas Kesehatan (the OPD of the demo accounts), so that `npm start` shows a
// cascade to read, a penilai queue with work in it and monitoring with numbers — while the demo pegawai still has no
// SKP and can start one. An open kuantitatif period for the current WITA year (whole instansi); the Dinas's
// Perjanjian Kinerja; APPROVED SKPs for the kepala dinas (RHK from the Perjanjian Kinerja), the kepala bidang and
// the demo atasan (each RHK linked to one of their penilai's RHK, ekspektasi khusus on a few BerAKHLAK values); the
// demo atasan's other bawahan in every state of the queue. Who evaluates whom is read from the structure
// (penilaiPadaTanggal), never assumed. Demo only: bootstrap never calls it otherwise.
import type { Kysely } from 'kysely';
import type { NilaiBerakhlak } from '../../../../domain/berakhlak.ts';
import { tambahHari, tanggalWita } from '../../../../domain/kalender.ts';
import { penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import type { AspekIndikator, JenisRhk, StatusSkp } from '../../../../domain/skp.ts';
import type { Ctx } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Pelaku } from '../auth/aktor.ts';
import type { AkunDemo } from '../kepegawaian/demo/generate.ts';
import * as penilaiRepo from '../kepegawaian/penilai.repository.ts';
import { lookupsDari } from '../kepegawaian/penilai.service.ts';
import * as repo from './demo-skp.repository.ts';

const OPD_DEMO = 'DINKES';

type Ind = readonly [AspekIndikator, string, number, string];
interface RhkDemo {
  jenis: JenisRhk;
  uraian: string;
  /** index of the penilai's RHK it intervenes (cascading); for the kepala dinas: of the Perjanjian Kinerja sasaran */
  induk: number;
  indikator: readonly Ind[];
}
const rhk = (jenis: JenisRhk, induk: number, uraian: string, ...indikator: Ind[]): RhkDemo => ({ jenis, uraian, induk, indikator });

// Perjanjian Kinerja Dinas Kesehatan: sasaran, indikator kinerja, target (RPJMD / Renstra style)
const PERJANJIAN: readonly (readonly [string, string, string])[] = [
  ['Meningkatnya derajat kesehatan masyarakat', 'Angka kematian ibu', '≤ 90 per 100.000 KH'],
  ['Menurunnya prevalensi stunting pada balita', 'Prevalensi stunting balita', '≤ 14 %'],
  ['Meningkatnya mutu pelayanan kesehatan dasar', 'Persentase puskesmas terakreditasi paripurna', '≥ 80 %'],
  ['Terkendalinya penyakit menular', 'Cakupan imunisasi dasar lengkap', '≥ 95 %'],
];

const KEPALA: readonly RhkDemo[] = [
  rhk('utama', 0, 'Menurunnya angka kematian ibu dan bayi di Kota Kupang', ['kuantitas', 'Angka kematian ibu', 90, 'per 100.000 KH'], ['kuantitas', 'Angka kematian bayi', 12, 'per 1.000 KH']),
  rhk('utama', 1, 'Menurunnya prevalensi stunting pada balita di Kota Kupang', ['kuantitas', 'Prevalensi stunting balita', 14, '%']),
  rhk('utama', 2, 'Meningkatnya mutu pelayanan kesehatan dasar di puskesmas', ['kuantitas', 'Persentase puskesmas terakreditasi paripurna', 80, '%'], ['kualitas', 'Indeks kepuasan masyarakat terhadap layanan puskesmas', 82, 'Indeks']),
  rhk('utama', 3, 'Terkendalinya penyakit menular melalui imunisasi dan surveilans', ['kuantitas', 'Cakupan imunisasi dasar lengkap', 95, '%'], ['waktu', 'Laporan kewaspadaan dini penyakit disampaikan setiap minggu', 52, 'Minggu']),
];

// kepala bidang, by unit kode; induk = index in KEPALA
const KABID: Record<string, readonly RhkDemo[]> = {
  'DINKES.KESMAS': [
    rhk('utama', 0, 'Meningkatnya cakupan pelayanan kesehatan ibu dan anak sesuai standar', ['kuantitas', 'Cakupan kunjungan ibu hamil K6', 90, '%'], ['kuantitas', 'Cakupan persalinan di fasilitas pelayanan kesehatan', 95, '%']),
    rhk('utama', 1, 'Terlaksananya intervensi gizi spesifik percepatan penurunan stunting', ['kuantitas', 'Persentase balita ditimbang di posyandu', 85, '%'], ['kualitas', 'Persentase ibu hamil KEK yang mendapat makanan tambahan', 90, '%']),
    rhk('utama', 2, 'Meningkatnya posyandu aktif dan pemberdayaan masyarakat di bidang kesehatan', ['kuantitas', 'Persentase posyandu aktif', 80, '%']),
  ],
  'DINKES.P2P': [
    rhk('utama', 3, 'Tercapainya cakupan imunisasi dasar lengkap di seluruh kelurahan', ['kuantitas', 'Persentase kelurahan UCI', 90, '%']),
    rhk('utama', 3, 'Terlaksananya surveilans dan respons cepat kejadian luar biasa', ['waktu', 'Penyelidikan epidemiologi dilakukan ≤ 24 jam setelah laporan KLB', 100, '%']),
  ],
  'DINKES.YANKES': [
    rhk('utama', 2, 'Meningkatnya mutu dan akreditasi puskesmas', ['kuantitas', 'Jumlah puskesmas terakreditasi paripurna', 9, 'Puskesmas']),
    rhk('utama', 0, 'Terselenggaranya sistem rujukan maternal dan neonatal', ['kualitas', 'Persentase rujukan maternal tertangani sesuai standar', 100, '%']),
  ],
  'DINKES.SDK': [
    rhk('utama', 2, 'Tersedianya obat dan vaksin esensial di puskesmas', ['kuantitas', 'Persentase puskesmas dengan ketersediaan obat esensial', 95, '%']),
    rhk('utama', 2, 'Terpenuhinya sembilan jenis tenaga kesehatan di puskesmas', ['kuantitas', 'Persentase puskesmas dengan 9 jenis tenaga kesehatan', 80, '%']),
  ],
};

// kepala seksi (the demo atasan), by unit kode; induk = index in the kepala bidang's RHK
const KASI: Record<string, readonly RhkDemo[]> = {
  'DINKES.KESMAS.KKG': [
    rhk('utama', 0, 'Terlaksananya pemantauan pelayanan kesehatan ibu hamil, bersalin dan nifas di 11 puskesmas', ['kuantitas', 'Jumlah laporan pemantauan wilayah setempat KIA', 12, 'Laporan'], ['kualitas', 'Persentase puskesmas yang melapor tepat waktu', 100, '%']),
    rhk('utama', 1, 'Tersedianya data status gizi balita yang akurat dan tepat waktu', ['kuantitas', 'Jumlah rekapitulasi data e-PPGBM', 12, 'Dokumen'], ['waktu', 'Rekapitulasi disampaikan paling lambat tanggal 10 bulan berikutnya', 12, 'Bulan']),
    rhk('utama', 1, 'Terlaksananya pemberian makanan tambahan bagi balita gizi kurang dan ibu hamil KEK', ['kuantitas', 'Jumlah sasaran yang menerima PMT', 450, 'Orang']),
    rhk('tambahan', 0, 'Terlaksananya kelas ibu hamil di kelurahan', ['kuantitas', 'Jumlah kelas ibu hamil terlaksana', 51, 'Kelas']),
  ],
};

// RHK of the demo atasan's bawahan; induk = index in KASI; each bawahan takes two, in turn
const STAF: readonly RhkDemo[] = [
  rhk('utama', 0, 'Tersusunnya rekapitulasi laporan PWS KIA bulanan dari puskesmas', ['kuantitas', 'Jumlah rekapitulasi laporan PWS KIA', 12, 'Dokumen'], ['waktu', 'Rekapitulasi selesai sebelum tanggal 15 setiap bulan', 12, 'Bulan']),
  rhk('utama', 1, 'Terinputnya hasil penimbangan balita ke aplikasi e-PPGBM', ['kuantitas', 'Jumlah data balita terverifikasi', 4800, 'Data'], ['kualitas', 'Persentase data tanpa kesalahan entri', 98, '%']),
  rhk('utama', 2, 'Terdistribusinya PMT ke puskesmas sesuai alokasi', ['kuantitas', 'Jumlah berita acara serah terima PMT', 11, 'Dokumen']),
  rhk('utama', 1, 'Tersusunnya analisis surveilans gizi triwulanan', ['kuantitas', 'Jumlah laporan analisis surveilans gizi', 4, 'Laporan']),
  rhk('utama', 0, 'Terfasilitasinya kelas ibu hamil di kelurahan wilayah kerja', ['kuantitas', 'Jumlah kelas ibu hamil yang difasilitasi', 24, 'Kelas']),
  rhk('utama', 0, 'Tersusunnya dokumen administrasi kegiatan seksi', ['kuantitas', 'Jumlah dokumen administrasi kegiatan', 24, 'Dokumen']),
];

// the demo atasan's other bawahan, in NIP order: a queue with work waiting, one returned, one still writing,
// three already approved (with the kepala seksi and the demo pegawai they make the seksi's calibration board reach the
// five pegawai from which the kurva is judged, DOMAIN.md §2.4); anyone after these has no SKP yet ("belum ada")
const STATUS_STAF: readonly StatusSkp[] = ['diajukan', 'diajukan', 'dikembalikan', 'draft', 'disetujui', 'disetujui', 'disetujui'];
const CATATAN_DIKEMBALIKAN = 'Target jumlah rekapitulasi belum sesuai dengan RHK seksi (12 dokumen setahun); mohon disesuaikan dan tambahkan indikator kualitas.';

// ekspektasi khusus pimpinan on the approved chain, by the unit kode of the SKP's owner
const EKSPEKTASI: Record<string, readonly (readonly [NilaiBerakhlak, string])[]> = {
  DINKES: [
    ['akuntabel', 'Laporan kinerja Dinas Kesehatan disampaikan tepat waktu dengan capaian yang dapat ditelusuri ke data puskesmas'],
    ['kolaboratif', 'Memimpin koordinasi lintas perangkat daerah dalam percepatan penurunan stunting'],
  ],
  'DINKES.KESMAS': [
    ['berorientasi_pelayanan', 'Menindaklanjuti keluhan masyarakat tentang layanan KIA dan gizi paling lambat 3 hari kerja'],
    ['kolaboratif', 'Menggerakkan kader posyandu, PKK dan kelurahan dalam kegiatan kesehatan masyarakat'],
    ['adaptif', 'Memanfaatkan dasbor data gizi untuk memantau capaian bidang setiap bulan'],
  ],
  'DINKES.KESMAS.KKG': [
    ['akuntabel', 'Data gizi dan KIA yang dilaporkan seksi diverifikasi sebelum dikirim dan dapat dipertanggungjawabkan'],
    ['kompeten', 'Membimbing staf seksi dalam analisis data e-PPGBM'],
  ],
};

/** Instant of a WITA date and minute of the day. */
const instan = (tanggal: string, menit: number) => new Date(Date.parse(`${tanggal}T00:00:00Z`) + (menit - 8 * 60) * 60_000).toISOString();

export async function isiSkpDemo(trx: Kysely<DB>, ctx: Ctx, pelaku: Pelaku & { instansiId: string }, now: Date, akunDemo: readonly AkunDemo[]): Promise<number> {
  // bootstrap never seeds a demo in production; this guards against a future caller that forgets
  if (ctx.config.production) throw new Error('demo SKP data is never written in production');
  const instansiId = pelaku.instansiId;
  const iso = now.toISOString();
  const today = tanggalWita(now);
  const tahun = Number(today.slice(0, 4));
  const mulai = `${tahun}-01-01`;
  // every timestamp lies between the first morning of the year and the seed clock, whatever day it is seeded on
  // (all of them at the seed clock when seeded before that first morning)
  const batasAwal = instan(mulai, 7 * 60 + 30);
  const jepit = (t: string) => {
    const sesudahAwal = t < batasAwal ? batasAwal : t;
    return sesudahAwal > iso ? iso : sesudahAwal;
  };
  const awalTahun = (hari: number, menit = 9 * 60) => jepit(instan(tambahHari(mulai, hari), menit));
  const hariLalu = (hari: number, menit = 10 * 60) => jepit(instan(tambahHari(today, -hari), menit));

  const opd = await repo.unitOpd(trx, instansiId, OPD_DEMO);
  if (!opd) throw new Error(`demo SKP: no unit ${OPD_DEMO}`);
  const pegawai = await repo.pegawaiOpd(trx, instansiId, opd.id);
  const byId = new Map(pegawai.map((p) => [p.id, p]));
  const byNip = new Map(pegawai.map((p) => [p.nip, p]));
  const akun = (peran: AkunDemo['peran']) => {
    const p = byNip.get(akunDemo.find((a) => a.peran === peran)?.username ?? '');
    if (!p) throw new Error(`demo SKP: the demo ${peran} is not in ${OPD_DEMO}`);
    return p;
  };
  const look = lookupsDari(await penilaiRepo.strukturPadaTanggal(trx, instansiId, today));
  const rantai = (id: string) => penilaiPadaTanggal(id, today, look);
  const penilaiOf = (id: string) => rantai(id).penilai?.pegawaiId ?? null;

  // the chain, read from the structure: pegawai → atasan (kepala seksi) → kepala bidang → kepala dinas
  const pegawaiDemo = akun('pegawai');
  const atasan = akun('atasan');
  const kepala = akun('pimpinan_opd');
  const kabid = byId.get(penilaiOf(atasan.id) ?? '');
  if (penilaiOf(pegawaiDemo.id) !== atasan.id || !kabid || penilaiOf(kabid.id) !== kepala.id) {
    throw new Error('demo SKP: the penilai chain pegawai → atasan → kepala bidang → kepala dinas does not hold in the demo structure');
  }
  const rhkKasi = KASI[atasan.unit_kode];
  if (!rhkKasi || !KABID[kabid.unit_kode]) throw new Error(`demo SKP: no RHK written for ${atasan.unit_kode} / ${kabid.unit_kode}`);

  const periodeId = newId();
  const perjanjianId = newId();
  const rows: repo.BarisDemoSkp = {
    periode: { id: periodeId, instansi_id: instansiId, tahun, tanggal_mulai: mulai, tanggal_selesai: `${tahun}-12-31`, pendekatan_bawaan: 'kuantitatif', unit_ids: null, status: 'buka', versi: 1, dibuat_pada: awalTahun(1, 8 * 60), diubah_pada: awalTahun(1, 8 * 60) },
    perjanjian: { id: perjanjianId, instansi_id: instansiId, unit_id: opd.id, tahun, versi: 1, dibuat_pada: awalTahun(2), diubah_pada: awalTahun(2) },
    sasaran: PERJANJIAN.map(([sasaran, indikator, target], urutan) => ({ id: newId(), instansi_id: instansiId, perjanjian_id: perjanjianId, sasaran, indikator, target, urutan })),
    skp: [],
    rhk: [],
    indikator: [],
    ekspektasi: [],
  };

  interface Jalan {
    dibuat: string;
    diajukan?: string;
    /** approved (by the penilai) or returned (with a note) at */
    diputuskan?: string;
  }
  /** One SKP with its RHK; returns the RHK ids in order (for the bawahan's links). */
  const tambahSkp = (p: (typeof pegawai)[number], status: StatusSkp, isi: readonly RhkDemo[], induk: readonly string[], jalan: Jalan, pakaiPk = false): string[] => {
    const skpId = newId();
    const { penilai, atasanPenilai } = rantai(p.id);
    const ekspektasi = status === 'disetujui' ? (EKSPEKTASI[p.unit_kode] ?? []) : [];
    // versi as the service leaves it: 1 created, +1 per save, submission, ekspektasi and decision
    const versi = { draft: 2, diajukan: 3, dikembalikan: 4, disetujui: 4, minta_buka: 5, ditutup: 5 }[status] + (ekspektasi.length ? 1 : 0);
    const terakhir = jalan.diputuskan ?? jalan.diajukan ?? jalan.dibuat;
    rows.skp.push({
      id: skpId,
      instansi_id: instansiId,
      periode_id: periodeId,
      pegawai_id: p.id,
      tanggal_mulai: mulai,
      tanggal_selesai: `${tahun}-12-31`,
      pendekatan: 'kuantitatif',
      status,
      jabatan_id: p.jabatan_id,
      unit_id: p.unit_id,
      penilai_id: penilai?.pegawaiId ?? null,
      atasan_penilai_id: atasanPenilai?.pegawaiId ?? null,
      catatan_penilai: status === 'dikembalikan' ? CATATAN_DIKEMBALIKAN : null,
      alasan_buka: null,
      diajukan_pada: jalan.diajukan ?? null,
      disetujui_pada: status === 'disetujui' ? terakhir : null,
      disetujui_oleh: status === 'disetujui' ? (penilai?.pegawaiId ?? null) : null,
      ditutup_pada: null,
      asal_skp_id: null,
      versi,
      dibuat_pada: jalan.dibuat,
      diubah_pada: terakhir,
    });
    const ids = isi.map((r, urutan) => {
      const rhkId = newId();
      rows.rhk.push({
        id: rhkId,
        instansi_id: instansiId,
        skp_id: skpId,
        jenis: r.jenis,
        uraian: r.uraian,
        rhk_atasan_id: pakaiPk ? null : (induk[r.induk] ?? null),
        pk_sasaran_id: pakaiPk ? (rows.sasaran[r.induk]?.id ?? null) : null,
        asal_rhk_id: null,
        urutan,
      });
      // a draft still being written: its RHK has no indicator yet (the screen lists what blocks submission)
      const indikator = status === 'draft' ? [] : r.indikator;
      indikator.forEach(([aspek, uraian, angka, satuan], j) => {
        rows.indikator.push({ id: newId(), instansi_id: instansiId, skp_id: skpId, rhk_id: rhkId, aspek, uraian, target_angka: angka, target_satuan: satuan, target_narasi: null, urutan: j });
      });
      return rhkId;
    });
    for (const [nilai, teks] of ekspektasi) rows.ekspektasi.push({ skp_id: skpId, instansi_id: instansiId, nilai, ekspektasi: teks, diubah_pada: jalan.diajukan ?? jalan.dibuat });
    return ids;
  };

  // approved at the start of the year, top down (a bawahan links to RHK their penilai already has)
  const rhkKepala = tambahSkp(kepala, 'disetujui', KEPALA, [], { dibuat: awalTahun(3), diajukan: awalTahun(4), diputuskan: awalTahun(5, 14 * 60) }, true);
  const kabidLain = pegawai.filter((p) => p.id !== kabid.id && KABID[p.unit_kode] && p.jenis === 'administrator' && penilaiOf(p.id) === kepala.id);
  const rhkKabid = tambahSkp(kabid, 'disetujui', KABID[kabid.unit_kode]!, rhkKepala, { dibuat: awalTahun(6), diajukan: awalTahun(8), diputuskan: awalTahun(9, 11 * 60) });
  for (const p of kabidLain) tambahSkp(p, 'disetujui', KABID[p.unit_kode]!, rhkKepala, { dibuat: awalTahun(6), diajukan: awalTahun(8, 13 * 60), diputuskan: awalTahun(10) });
  const rhkAtasan = tambahSkp(atasan, 'disetujui', rhkKasi, rhkKabid, { dibuat: awalTahun(9), diajukan: awalTahun(12), diputuskan: awalTahun(13, 10 * 60) });

  // the demo atasan's other bawahan (the demo pegawai has none: the browser journey starts it)
  const staf = pegawai.filter((p) => p.id !== pegawaiDemo.id && p.id !== atasan.id && penilaiOf(p.id) === atasan.id);
  staf.slice(0, STATUS_STAF.length).forEach((p, i) => {
    const status = STATUS_STAF[i]!;
    const isi = [STAF[(2 * i) % STAF.length]!, STAF[(2 * i + 1) % STAF.length]!];
    const jalan: Jalan =
      status === 'disetujui'
        ? { dibuat: awalTahun(14), diajukan: awalTahun(16), diputuskan: awalTahun(17, 14 * 60) }
        : status === 'diajukan'
          ? { dibuat: hariLalu(12), diajukan: hariLalu(1 + i, 15 * 60) }
          : status === 'dikembalikan'
            ? { dibuat: hariLalu(14), diajukan: hariLalu(6), diputuskan: hariLalu(4, 9 * 60) }
            : { dibuat: hariLalu(3) };
    tambahSkp(p, status, isi, rhkAtasan, jalan);
  });

  await repo.insertDemoSkp(trx, rows);
  await catatAudit(
    trx,
    ctx.dialect,
    pelaku,
    { aksi: 'DATA_DEMO_SKP', entitas: 'skp_periode', entitasId: periodeId, sesudah: { tahun, opd: OPD_DEMO, perjanjianKinerja: rows.sasaran.length, skp: rows.skp.length, rhk: rows.rhk.length } },
    now,
  );
  return rows.skp.length;
}

// Ten working days of activity history for the DEMO instansi's Dinas Kesehatan (the OPD of the demo accounts), so
// that `npm start` shows filled calendars, an atasan queue with yesterday's submissions, returned items with notes,
// and month progress — not empty screens. Deterministic (seeded), demo only (bootstrap never calls it otherwise).
import type { Kysely } from 'kysely';
import { tambahHari, tanggalWita } from '../../../../domain/kalender.ts';
import { batasPengajuan, hariKerja } from '../../../../domain/hari-kerja.ts';
import { penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import type { Ctx } from '../../context.ts';
import type { AktivitasTable, DB } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Pelaku } from '../auth/aktor.ts';
import { createRng, type Rng } from '../kepegawaian/demo/acak.ts';
import * as penilaiRepo from '../kepegawaian/penilai.repository.ts';
import { lookupsDari } from '../kepegawaian/penilai.service.ts';
import * as repo from './demo-aktivitas.repository.ts';
import { jadwalUnit } from './hari-libur.service.ts';

const HARI = 10;
const OPD_DEMO = 'DINKES';

// uraian by kind of post; {n} gets a number so that colleagues' entries are not identical texts
const URAIAN: Record<string, readonly (readonly [string, string | null])[]> = {
  pelaksana: [
    ['Menginput data kunjungan pasien ke aplikasi SIMPUS ({n} kunjungan)', 'kunjungan'],
    ['Menyusun rekapitulasi laporan harian program ({n} lembar)', 'lembar'],
    ['Mengarsipkan surat masuk dan surat keluar ({n} surat)', 'surat'],
    ['Melayani konsultasi dan pengaduan masyarakat ({n} orang)', 'orang'],
    ['Memperbarui data sasaran imunisasi per kelurahan ({n} data)', 'data'],
    ['Menyiapkan bahan rapat koordinasi seksi', null],
  ],
  fungsional: [
    ['Melakukan pemeriksaan pasien di poli umum ({n} pasien)', 'pasien'],
    ['Memberikan imunisasi dasar kepada bayi di posyandu ({n} bayi)', 'bayi'],
    ['Penyuluhan kesehatan ibu dan anak di posyandu ({n} peserta)', 'peserta'],
    ['Pemantauan status gizi balita ({n} balita)', 'balita'],
    ['Menyusun laporan surveilans penyakit mingguan ({n} kasus tercatat)', 'laporan'],
  ],
  pengawas: [
    ['Memeriksa dan memaraf konsep surat bawahan ({n} konsep)', 'konsep'],
    ['Memverifikasi laporan kegiatan seksi ({n} laporan)', 'laporan'],
    ['Memimpin rapat evaluasi program seksi', null],
    ['Monitoring pelaksanaan kegiatan lapangan ({n} lokasi)', 'lokasi'],
  ],
  administrator: [
    ['Memimpin rapat koordinasi bidang', null],
    ['Menelaah dan menandatangani dokumen bidang ({n} dokumen)', 'dokumen'],
    ['Evaluasi capaian indikator kinerja bidang', null],
  ],
  jpt: [
    ['Rapat pimpinan perangkat daerah', null],
    ['Menandatangani dokumen dinas ({n} dokumen)', 'dokumen'],
  ],
};

const CATATAN_KEMBALI = ['Mohon lampirkan bukti dukung (foto kegiatan atau dokumen).', 'Volume tidak sesuai dengan uraian; mohon diperbaiki.', 'Uraian terlalu umum, sebutkan hasil kerjanya.'];

function hariKerjaTerakhir(today: string, n: number, isKerja: (t: string) => boolean): string[] {
  const out: string[] = [];
  for (let d = tambahHari(today, -1); out.length < n; d = tambahHari(d, -1)) if (isKerja(d)) out.push(d);
  return out; // newest first
}

/** Instant of a WITA date and minute of the day. */
const instan = (tanggal: string, menit: number) => new Date(Date.parse(`${tanggal}T00:00:00Z`) + (menit - 8 * 60) * 60_000).toISOString();

function hariPegawai(rng: Rng, jenis: string): { uraian: string; satuan: string | null; volume: number | null; mulai: number; selesai: number }[] {
  const pilihan = URAIAN[jenis] ?? URAIAN.pelaksana!;
  const n = rng.int(3, 5);
  const out = [];
  let mulai = 7 * 60 + 30 + rng.int(0, 3) * 15;
  for (let i = 0; i < n && mulai < 16 * 60; i++) {
    const [teks, satuan] = rng.pick(pilihan);
    const volume = satuan ? rng.int(2, 40) : null;
    const durasi = rng.int(3, 8) * 15;
    const selesai = Math.min(mulai + durasi, 16 * 60);
    out.push({ uraian: teks.replace('{n}', String(volume ?? '')), satuan, volume, mulai, selesai });
    mulai = selesai + rng.int(0, 2) * 15;
  }
  return out;
}

export async function isiAktivitasDemo(trx: Kysely<DB>, ctx: Ctx, pelaku: Pelaku & { instansiId: string }, now: Date): Promise<number> {
  const instansiId = pelaku.instansiId;
  const today = tanggalWita(now);
  const { jadwal } = await jadwalUnit(trx, instansiId, null, tambahHari(today, -40), tambahHari(today, 40));
  const days = hariKerjaTerakhir(today, HARI, (t) => hariKerja(t, jadwal));
  const look = lookupsDari(await penilaiRepo.strukturPadaTanggal(trx, instansiId, today));
  const pegawai = await repo.pegawaiOpd(trx, instansiId, OPD_DEMO);
  const rng = createRng(`aktivitas-demo:${instansiId}`);
  const rows: Omit<AktivitasTable, 'versi'>[] = [];
  const iso = now.toISOString();
  for (const p of pegawai) {
    const penilai = penilaiPadaTanggal(p.id, today, look).penilai?.pegawaiId ?? null;
    if (!penilai) continue;
    for (const [i, tanggal] of days.entries()) {
      for (const a of hariPegawai(rng, p.jenis)) {
        // the last working day waits for the atasan; older days are mostly decided
        const status = i === 0 ? 'diajukan' : rng.weighted([['disetujui', 92], ['perlu_revisi', 4], ['ditolak', 1], ['diajukan', 3]] as const);
        const diputuskan = status === 'disetujui' || status === 'perlu_revisi' || status === 'ditolak';
        rows.push({
          id: newId(),
          instansi_id: instansiId,
          pegawai_id: p.id,
          tanggal,
          jam_mulai: a.mulai,
          jam_selesai: a.selesai,
          menit: a.selesai - a.mulai,
          uraian: a.uraian,
          rhk_id: null,
          volume: a.volume,
          satuan: a.satuan,
          lokasi: null,
          status,
          penilai_id: penilai,
          batas_pengajuan: batasPengajuan(tanggal, jadwal),
          diajukan_pada: instan(tanggal, 16 * 60 + 30),
          diputuskan_oleh: diputuskan ? penilai : null,
          diputuskan_pada: diputuskan ? instan(tambahHari(tanggal, 1), 9 * 60) : null,
          catatan_penilai: status === 'perlu_revisi' || status === 'ditolak' ? rng.pick(CATATAN_KEMBALI) : null,
          kunci_idempoten: null,
          dibuat_di_perangkat: null,
          dibuat_pada: instan(tanggal, 16 * 60 + 30),
          diubah_pada: iso,
        });
      }
    }
  }
  await repo.insertAktivitas(trx, rows);
  await catatAudit(trx, ctx.dialect, pelaku, { aksi: 'DATA_DEMO_AKTIVITAS', entitas: 'instansi', entitasId: instansiId, sesudah: { opd: OPD_DEMO, hariKerja: days.length, aktivitas: rows.length } }, now);
  return rows.length;
}

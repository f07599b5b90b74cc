// Penilaian kinerja (DOMAIN.md §2.3, issue 6): the evaluation periods of an SKP year (triwulanan/bulanan and tahunan)
// with their deadlines; one evaluation per pegawai, evaluation period and approved SKP segment, with the pegawai's
// realisasi per indicator and the aktivitas chosen as evidence, the penilai's judgement and umpan balik per RHK and
// per BerAKHLAK value, both ratings and the predikat. Shaped for what follows (§2.4–2.7): `unit_id` and `predikat` per
// row for the calibration board, `kepala_unit_id` + `rating_hasil_organisasi` for the unit's capaian kinerja
// organisasi, `atasan_penilai_id` for keberatan, `versi` for issued documents. Frozen in time.
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: string): Promise<void> {
  const pg = dialect === 'postgres';
  const id = pg ? 'uuid' : 'text';
  const ts = pg ? 'timestamptz' : 'text';
  const date = pg ? 'date' : 'text';
  const real = pg ? 'double precision' : 'real';

  await db.schema
    .createTable('penilaian_periode')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('skp_periode_id', id, (c) => c.notNull().references('skp_periode.id'))
    // triwulanan | bulanan | tahunan
    .addColumn('jenis', 'text', (c) => c.notNull())
    // quarter 1–4, month 1–12; 1 for tahunan
    .addColumn('nomor', 'integer', (c) => c.notNull())
    .addColumn('tanggal_mulai', date, (c) => c.notNull())
    .addColumn('tanggal_selesai', date, (c) => c.notNull())
    // last WITA days (inclusive) for the pegawai's realisasi and the penilai's rating
    .addColumn('batas_realisasi', date, (c) => c.notNull())
    .addColumn('batas_penilaian', date, (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penilaian_periode_skp').on('penilaian_periode').columns(['skp_periode_id', 'jenis', 'nomor']).unique().execute();

  await db.schema
    .createTable('penilaian')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('periode_id', id, (c) => c.notNull().references('penilaian_periode.id'))
    .addColumn('skp_id', id, (c) => c.notNull().references('skp.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    // the days evaluated: the evaluation period ∩ the SKP segment
    .addColumn('tanggal_mulai', date, (c) => c.notNull())
    .addColumn('tanggal_selesai', date, (c) => c.notNull())
    // snapshot from the SKP (post, unit) and of the penilai chain (refreshed at submission)
    .addColumn('jabatan_id', id, (c) => c.references('jabatan.id'))
    .addColumn('unit_id', id, (c) => c.references('unit_kerja.id'))
    .addColumn('penilai_id', id, (c) => c.references('pegawai.id'))
    .addColumn('atasan_penilai_id', id, (c) => c.references('pegawai.id'))
    // the unit the pegawai leads (kepala_unit post), whose capaian kinerja organisasi is their rating hasil kerja
    .addColumn('kepala_unit_id', id, (c) => c.references('unit_kerja.id'))
    // draft | diajukan | dikembalikan | dinilai | ditetapkan (domain/penilaian.ts)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('refleksi', 'text')
    // the penilai's note when returning the realisasi
    .addColumn('catatan_penilai', 'text')
    // ratings: di_atas | sesuai | di_bawah
    .addColumn('usulan_rating_hasil', 'text')
    .addColumn('rating_hasil_kerja', 'text')
    .addColumn('alasan_rating_hasil', 'text')
    // the unit's capaian kinerja organisasi as a rating (set by the calibration phase for kepala unit)
    .addColumn('rating_hasil_organisasi', 'text')
    .addColumn('rating_perilaku_kerja', 'text')
    // domain/predikat.ts PREDIKAT, computed by the server when rated
    .addColumn('predikat', 'text')
    .addColumn('diajukan_pada', ts)
    .addColumn('dinilai_pada', ts)
    .addColumn('dinilai_oleh', id)
    .addColumn('ditetapkan_pada', ts)
    .addColumn('ditetapkan_oleh', id)
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  // one record per evaluation period and SKP segment (lazy creation relies on it)
  await db.schema.createIndex('penilaian_periode_skp_unik').on('penilaian').columns(['periode_id', 'skp_id']).unique().execute();
  await db.schema.createIndex('penilaian_pegawai').on('penilaian').columns(['instansi_id', 'pegawai_id', 'periode_id']).execute();
  await db.schema.createIndex('penilaian_penilai').on('penilaian').columns(['instansi_id', 'penilai_id', 'periode_id']).execute();
  // the calibration board: every row of a period per unit
  await db.schema.createIndex('penilaian_periode_unit').on('penilaian').columns(['instansi_id', 'periode_id', 'unit_id']).execute();

  // indikator_id / rhk_id carry no foreign key: an SKP that is reopened and saved again rewrites its indicators (and may
  // drop RHK); rows of ids that no longer exist are simply not shown
  await db.schema
    .createTable('penilaian_realisasi')
    .addColumn('penilaian_id', id, (c) => c.notNull().references('penilaian.id'))
    .addColumn('indikator_id', id, (c) => c.notNull())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('realisasi_angka', real)
    .addColumn('realisasi_narasi', 'text')
    .addColumn('catatan', 'text')
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('penilaian_realisasi_pk', ['penilaian_id', 'indikator_id'])
    .execute();

  // evidence: approved aktivitas of the evaluated days linked to the indicator's RHK
  await db.schema
    .createTable('penilaian_bukti')
    .addColumn('penilaian_id', id, (c) => c.notNull().references('penilaian.id'))
    .addColumn('indikator_id', id, (c) => c.notNull())
    .addColumn('aktivitas_id', id, (c) => c.notNull().references('aktivitas.id'))
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addPrimaryKeyConstraint('penilaian_bukti_pk', ['penilaian_id', 'indikator_id', 'aktivitas_id'])
    .execute();

  await db.schema
    .createTable('penilaian_rhk')
    .addColumn('penilaian_id', id, (c) => c.notNull().references('penilaian.id'))
    .addColumn('rhk_id', id, (c) => c.notNull())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    // the penilai's judgement of this RHK's realisasi: di_atas | sesuai | di_bawah
    .addColumn('penilaian', 'text')
    .addColumn('umpan_balik', 'text')
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('penilaian_rhk_pk', ['penilaian_id', 'rhk_id'])
    .execute();

  await db.schema
    .createTable('penilaian_perilaku')
    .addColumn('penilaian_id', id, (c) => c.notNull().references('penilaian.id'))
    // domain/berakhlak.ts NILAI_BERAKHLAK
    .addColumn('nilai', 'text', (c) => c.notNull())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('umpan_balik', 'text', (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('penilaian_perilaku_pk', ['penilaian_id', 'nilai'])
    .execute();
}

// Aktivitas harian (DOMAIN.md §2.2): activities with their penilai fixed at submission, evidence files stored by
// content hash, feedback threads, the holiday calendar and each unit's 5- or 6-day week. Frozen in time.
// Volume: ≈ 8,000 pegawai × 5 a day × 250 days ≈ 10 M aktivitas rows a year for Kupang; the indexes serve the
// screens' queries (a pegawai's month; an atasan's pending queue; a unit's day).
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: string): Promise<void> {
  const pg = dialect === 'postgres';
  const id = pg ? 'uuid' : 'text';
  const ts = pg ? 'timestamptz' : 'text';
  const date = pg ? 'date' : 'text';
  const real = pg ? 'double precision' : 'real';

  await db.schema.alterTable('unit_kerja').addColumn('hari_kerja_per_minggu', 'integer', (c) => c.notNull().defaultTo(5)).execute();

  await db.schema
    .createTable('hari_libur')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('tanggal', date, (c) => c.notNull())
    .addColumn('nama', 'text', (c) => c.notNull())
    // nasional | cuti_bersama | unit
    .addColumn('jenis', 'text', (c) => c.notNull())
    // null: the whole instansi; else the unit and its subtree
    .addColumn('unit_id', id, (c) => c.references('unit_kerja.id'))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hari_libur_tanggal').on('hari_libur').columns(['instansi_id', 'tanggal']).execute();

  await db.schema
    .createTable('aktivitas')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('tanggal', date, (c) => c.notNull())
    // minutes since midnight WITA, [mulai, selesai)
    .addColumn('jam_mulai', 'integer', (c) => c.notNull())
    .addColumn('jam_selesai', 'integer', (c) => c.notNull())
    .addColumn('menit', 'integer', (c) => c.notNull())
    .addColumn('uraian', 'text', (c) => c.notNull())
    // the RHK of the pegawai's SKP (SKP issue); free until then
    .addColumn('rhk_id', id)
    .addColumn('volume', real)
    .addColumn('satuan', 'text')
    .addColumn('lokasi', 'text')
    // draft | diajukan | disetujui | perlu_revisi | ditolak
    .addColumn('status', 'text', (c) => c.notNull())
    // the pejabat penilai on the activity's date, fixed when it is submitted: the queue is one index lookup
    .addColumn('penilai_id', id, (c) => c.references('pegawai.id'))
    .addColumn('batas_pengajuan', ts, (c) => c.notNull())
    .addColumn('diajukan_pada', ts)
    .addColumn('diputuskan_oleh', id)
    .addColumn('diputuskan_pada', ts)
    .addColumn('catatan_penilai', 'text')
    // offline entries: the device's id for exactly-once delivery, and when the pegawai wrote it
    .addColumn('kunci_idempoten', 'text')
    .addColumn('dibuat_di_perangkat', ts)
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aktivitas_pegawai_tanggal').on('aktivitas').columns(['pegawai_id', 'tanggal']).execute();
  await db.schema.createIndex('aktivitas_antrian').on('aktivitas').columns(['penilai_id', 'status', 'tanggal']).execute();
  await db.schema.createIndex('aktivitas_instansi_tanggal').on('aktivitas').columns(['instansi_id', 'tanggal', 'status']).execute();
  await db.schema.createIndex('aktivitas_idempoten').on('aktivitas').columns(['pegawai_id', 'kunci_idempoten']).unique().execute();

  // one stored copy per content (sha-256); who may read it is decided through bukti_aktivitas
  await db.schema
    .createTable('berkas')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('ukuran', 'integer', (c) => c.notNull())
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('bukti_aktivitas')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('aktivitas_id', id, (c) => c.notNull().references('aktivitas.id'))
    // berkas | tautan
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.references('berkas.sha256'))
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bukti_aktivitas_aktivitas').on('bukti_aktivitas').column('aktivitas_id').execute();
  await db.schema.createIndex('bukti_aktivitas_sha256').on('bukti_aktivitas').columns(['instansi_id', 'sha256']).execute();

  // umpan balik berkelanjutan: a thread on an activity (later also on an RHK or a perilaku value), visible to both
  await db.schema
    .createTable('umpan_balik')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    // the pegawai the thread is about (the owner of the activity)
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    // aktivitas | rhk | perilaku
    .addColumn('topik', 'text', (c) => c.notNull())
    .addColumn('topik_id', 'text', (c) => c.notNull())
    .addColumn('penulis_akun_id', id, (c) => c.notNull().references('akun.id'))
    .addColumn('penulis_nama', 'text', (c) => c.notNull())
    .addColumn('isi', 'text', (c) => c.notNull())
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('umpan_balik_topik').on('umpan_balik').columns(['instansi_id', 'topik', 'topik_id', 'dibuat_pada']).execute();
}

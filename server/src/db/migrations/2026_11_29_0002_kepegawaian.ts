// Kepegawaian master data over time: jabatan/unit history (mutasi), penilai overrides per period, Plt/Plh acting
// officials, the date a status (pensiun, berhenti …) takes effect, and import batches. Frozen in time.
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: string): Promise<void> {
  const id = dialect === 'postgres' ? 'uuid' : 'text';
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const date = dialect === 'postgres' ? 'date' : 'text';

  // the WITA date from which pegawai.status applies; pensiun/berhenti remove access from that date on
  await db.schema.alterTable('pegawai').addColumn('status_sejak', date).execute();
  await db.schema.createIndex('pegawai_status').on('pegawai').columns(['instansi_id', 'status']).execute();

  // who held which post in which unit when; the open row (selesai null) is the current one
  await db.schema
    .createTable('riwayat_jabatan')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('jabatan_id', id, (c) => c.notNull().references('jabatan.id'))
    .addColumn('unit_id', id, (c) => c.notNull().references('unit_kerja.id'))
    // inclusive WITA dates; selesai = last day in the post
    .addColumn('mulai', date, (c) => c.notNull())
    .addColumn('selesai', date)
    // awal | mutasi | promosi | impor | koreksi
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('nomor_sk', 'text')
    .addColumn('keterangan', 'text')
    .addColumn('dibuat_oleh', id)
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('riwayat_jabatan_pegawai').on('riwayat_jabatan').columns(['instansi_id', 'pegawai_id', 'mulai']).execute();
  await db.schema.createIndex('riwayat_jabatan_jabatan').on('riwayat_jabatan').columns(['instansi_id', 'jabatan_id', 'mulai']).execute();

  // an admin's explicit penilai for one pegawai over a period (DOMAIN.md §1: "always overridable … per period")
  await db.schema
    .createTable('penilai_override')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('penilai_id', id, (c) => c.notNull().references('pegawai.id'))
    // optional: otherwise the penilai's own penilai
    .addColumn('atasan_penilai_id', id, (c) => c.references('pegawai.id'))
    .addColumn('mulai', date, (c) => c.notNull())
    .addColumn('selesai', date)
    .addColumn('alasan', 'text', (c) => c.notNull())
    .addColumn('dibuat_oleh', id)
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('dicabut_pada', ts)
    .execute();
  await db.schema.createIndex('penilai_override_pegawai').on('penilai_override').columns(['instansi_id', 'pegawai_id', 'mulai']).execute();

  // Plt (pelaksana tugas) / Plh (pelaksana harian): an official acting in a post for a date range
  await db.schema
    .createTable('pelaksana_tugas')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('jabatan_id', id, (c) => c.notNull().references('jabatan.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('jenis', 'text', (c) => c.notNull()) // plt | plh
    .addColumn('mulai', date, (c) => c.notNull())
    .addColumn('selesai', date, (c) => c.notNull())
    .addColumn('nomor_sk', 'text')
    .addColumn('dibuat_oleh', id)
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('dicabut_pada', ts)
    .execute();
  await db.schema.createIndex('pelaksana_tugas_jabatan').on('pelaksana_tugas').columns(['instansi_id', 'jabatan_id', 'mulai']).execute();

  // one uploaded file: previewed (rows + per-row errors kept), then applied all-or-nothing
  await db.schema
    .createTable('impor_pegawai')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('nama_file', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // pratinjau | diterapkan | dibatalkan
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('jumlah_baris', 'integer', (c) => c.notNull())
    .addColumn('jumlah_galat', 'integer', (c) => c.notNull())
    // JSON text: normalised rows and the per-row report
    .addColumn('isi', 'text', (c) => c.notNull())
    .addColumn('ringkasan', 'text')
    .addColumn('dibuat_oleh', id)
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diterapkan_pada', ts)
    .execute();
}

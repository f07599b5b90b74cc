// SKP — performance planning (DOMAIN.md §2.1, issue 4): periods opened by admin BKPPD, one SKP per pegawai per
// period segment (a mid-year mutasi closes one and opens the next), its RHK cascading from the penilai's RHK, the
// indicators per aspek with their targets, the penilai's ekspektasi khusus per BerAKHLAK value, the units'
// Perjanjian Kinerja (the source of JPT / kepala OPD RHK), and the register of issued documents whose
// verification code the public can check. Frozen in time.
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: string): Promise<void> {
  const pg = dialect === 'postgres';
  const id = pg ? 'uuid' : 'text';
  const ts = pg ? 'timestamptz' : 'text';
  const date = pg ? 'date' : 'text';
  const real = pg ? 'double precision' : 'real';

  await db.schema
    .createTable('skp_periode')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('tahun', 'integer', (c) => c.notNull())
    .addColumn('tanggal_mulai', date, (c) => c.notNull())
    .addColumn('tanggal_selesai', date, (c) => c.notNull())
    // kuantitatif | kualitatif: the default of new SKPs (each SKP may choose)
    .addColumn('pendekatan_bawaan', 'text', (c) => c.notNull())
    // JSON array of unit ids (each with its subtree) the period is open for; null = the whole instansi
    .addColumn('unit_ids', 'text')
    // buka | tutup
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('skp_periode_tahun').on('skp_periode').columns(['instansi_id', 'tahun']).unique().execute();

  await db.schema
    .createTable('skp')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('periode_id', id, (c) => c.notNull().references('skp_periode.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('tanggal_mulai', date, (c) => c.notNull())
    .addColumn('tanggal_selesai', date, (c) => c.notNull())
    .addColumn('pendekatan', 'text', (c) => c.notNull())
    // draft | diajukan | dikembalikan | disetujui | minta_buka | ditutup (domain/skp.ts)
    .addColumn('status', 'text', (c) => c.notNull())
    // the post, unit and penilai the SKP was made under (kept when it is closed by a mutasi)
    .addColumn('jabatan_id', id, (c) => c.references('jabatan.id'))
    .addColumn('unit_id', id, (c) => c.references('unit_kerja.id'))
    .addColumn('penilai_id', id, (c) => c.references('pegawai.id'))
    .addColumn('atasan_penilai_id', id, (c) => c.references('pegawai.id'))
    // the penilai's note when returning / refusing a reopening; the pegawai's reason when asking to reopen
    .addColumn('catatan_penilai', 'text')
    .addColumn('alasan_buka', 'text')
    .addColumn('diajukan_pada', ts)
    .addColumn('disetujui_pada', ts)
    .addColumn('disetujui_oleh', id)
    .addColumn('ditutup_pada', ts)
    // the SKP this one continues (after a mutasi) or was copied from (last year's)
    .addColumn('asal_skp_id', id)
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('skp_pegawai').on('skp').columns(['pegawai_id', 'periode_id', 'tanggal_mulai']).execute();
  await db.schema.createIndex('skp_penilai').on('skp').columns(['penilai_id', 'status']).execute();
  await db.schema.createIndex('skp_periode_unit').on('skp').columns(['instansi_id', 'periode_id', 'unit_id']).execute();

  await db.schema
    .createTable('perjanjian_kinerja')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('unit_id', id, (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('tahun', 'integer', (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('perjanjian_kinerja_unit').on('perjanjian_kinerja').columns(['unit_id', 'tahun']).unique().execute();

  await db.schema
    .createTable('perjanjian_kinerja_sasaran')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('perjanjian_id', id, (c) => c.notNull().references('perjanjian_kinerja.id'))
    .addColumn('sasaran', 'text', (c) => c.notNull())
    .addColumn('indikator', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('urutan', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('perjanjian_kinerja_sasaran_pk').on('perjanjian_kinerja_sasaran').columns(['perjanjian_id', 'urutan']).execute();

  await db.schema
    .createTable('skp_rhk')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('skp_id', id, (c) => c.notNull().references('skp.id'))
    // utama | tambahan
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('uraian', 'text', (c) => c.notNull())
    // the RHK pimpinan yang diintervensi (cascading); no foreign key: the atasan's draft may be rewritten
    .addColumn('rhk_atasan_id', id)
    // JPT / kepala OPD: the Perjanjian Kinerja sasaran it derives from
    .addColumn('pk_sasaran_id', id)
    // the RHK it was carried over or copied from (aktivitas linked to the old one stay meaningful)
    .addColumn('asal_rhk_id', id)
    .addColumn('urutan', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('skp_rhk_skp').on('skp_rhk').columns(['skp_id', 'urutan']).execute();
  await db.schema.createIndex('skp_rhk_atasan').on('skp_rhk').column('rhk_atasan_id').execute();

  await db.schema
    .createTable('skp_indikator')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('skp_id', id, (c) => c.notNull().references('skp.id'))
    .addColumn('rhk_id', id, (c) => c.notNull().references('skp_rhk.id'))
    // kuantitas | kualitas | waktu | biaya
    .addColumn('aspek', 'text', (c) => c.notNull())
    .addColumn('uraian', 'text', (c) => c.notNull())
    .addColumn('target_angka', real)
    .addColumn('target_satuan', 'text')
    .addColumn('target_narasi', 'text')
    .addColumn('urutan', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('skp_indikator_skp').on('skp_indikator').columns(['skp_id', 'rhk_id', 'urutan']).execute();

  await db.schema
    .createTable('skp_ekspektasi')
    .addColumn('skp_id', id, (c) => c.notNull().references('skp.id'))
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    // domain/berakhlak.ts NILAI_BERAKHLAK
    .addColumn('nilai', 'text', (c) => c.notNull())
    .addColumn('ekspektasi', 'text', (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('skp_ekspektasi_pk', ['skp_id', 'nilai'])
    .execute();

  // documents issued with a verification code (SKP now; evaluation documents later)
  await db.schema
    .createTable('dokumen')
    .addColumn('kode', 'text', (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    // skp | evaluasi_periodik | evaluasi_tahunan
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('ref_id', id, (c) => c.notNull())
    // the version of the record the document was issued from; a newer version supersedes it
    .addColumn('ref_versi', 'integer', (c) => c.notNull())
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('judul', 'text', (c) => c.notNull())
    .addColumn('ringkasan', 'text', (c) => c.notNull())
    .addColumn('diterbitkan_pada', ts, (c) => c.notNull())
    .addColumn('diganti_pada', ts)
    .execute();
  await db.schema.createIndex('dokumen_ref').on('dokumen').columns(['ref_id', 'ref_versi']).execute();
}

// Penilaian kinerja, phase 2 (DOMAIN.md §2.4–2.6, issue 6): per evaluation period and unit, the predikat organisasi
// set by the pimpinan above the unit and the penetapan of the unit's calibrated distribution (with the justification
// when it deviates from the kurva, and a snapshot of what was finalised); the keberatan of a pegawai against a
// finalised predikat, decided by the atasan pejabat penilai after asking both sides; the rekan kerja asked by the
// penilai for input on a pegawai's behaviour (anonymous to the pegawai); and the tindak lanjut records (penghargaan
// such as ASN teladan, pembinaan such as the 6-month improvement plan). Frozen in time.
import { type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>, dialect: string): Promise<void> {
  const pg = dialect === 'postgres';
  const id = pg ? 'uuid' : 'text';
  const ts = pg ? 'timestamptz' : 'text';
  const date = pg ? 'date' : 'text';

  await db.schema
    .createTable('penilaian_unit')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('periode_id', id, (c) => c.notNull().references('penilaian_periode.id'))
    .addColumn('unit_id', id, (c) => c.notNull().references('unit_kerja.id'))
    // domain/kurva.ts PREDIKAT_ORGANISASI; null until the pimpinan above the unit sets it
    .addColumn('predikat_organisasi', 'text')
    .addColumn('catatan_predikat', 'text')
    .addColumn('predikat_oleh', id)
    .addColumn('predikat_pada', ts)
    // terbuka | ditetapkan
    .addColumn('status', 'text', (c) => c.notNull())
    // required when the finalised distribution deviates from the kurva (n ≥ the information-only threshold)
    .addColumn('justifikasi', 'text')
    // what was finalised: the distribution (JSON Sebaran), its n, and whether every bound was met
    .addColumn('sebaran_penetapan', 'text')
    .addColumn('n_penetapan', 'integer')
    .addColumn('sesuai_kurva', 'integer')
    .addColumn('ditetapkan_pada', ts)
    .addColumn('ditetapkan_oleh', id)
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penilaian_unit_periode_unit').on('penilaian_unit').columns(['periode_id', 'unit_id']).unique().execute();
  await db.schema.createIndex('penilaian_unit_instansi').on('penilaian_unit').columns(['instansi_id', 'periode_id']).execute();
  // the calibration list counts a period's evaluations per unit, status and predikat in one grouped query: covering,
  // so the count never reads the table rows (bench/kalibrasi.bench.ts)
  await db.schema.createIndex('penilaian_kalibrasi').on('penilaian').columns(['instansi_id', 'periode_id', 'unit_id', 'status', 'predikat']).execute();

  await db.schema
    .createTable('penilaian_keberatan')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    // one keberatan per finalised evaluation
    .addColumn('penilaian_id', id, (c) => c.notNull().references('penilaian.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('penilai_id', id, (c) => c.references('pegawai.id'))
    // the atasan pejabat penilai who decides
    .addColumn('atasan_penilai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('alasan', 'text', (c) => c.notNull())
    // links or a description of the evidence the pegawai offers
    .addColumn('bukti', 'text')
    // the result objected to
    .addColumn('rating_hasil_semula', 'text', (c) => c.notNull())
    .addColumn('rating_perilaku_semula', 'text', (c) => c.notNull())
    .addColumn('predikat_semula', 'text', (c) => c.notNull())
    // diajukan | klarifikasi | diputus (domain/keberatan.ts)
    .addColumn('status', 'text', (c) => c.notNull())
    // the atasan penilai's request for explanations, and both sides' answers
    .addColumn('pertanyaan', 'text')
    .addColumn('penjelasan_diminta_pada', ts)
    .addColumn('penjelasan_pegawai', 'text')
    .addColumn('penjelasan_pegawai_pada', ts)
    .addColumn('penjelasan_penilai', 'text')
    .addColumn('penjelasan_penilai_pada', ts)
    // tetap | ubah
    .addColumn('keputusan', 'text')
    .addColumn('alasan_keputusan', 'text')
    .addColumn('rating_hasil_baru', 'text')
    .addColumn('rating_perilaku_baru', 'text')
    .addColumn('predikat_baru', 'text')
    .addColumn('diputus_pada', ts)
    .addColumn('diputus_oleh', id)
    .addColumn('diajukan_pada', ts, (c) => c.notNull())
    // the last WITA day it could be filed (shown on the record)
    .addColumn('batas_pengajuan', date, (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', ts, (c) => c.notNull())
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penilaian_keberatan_penilaian').on('penilaian_keberatan').columns(['penilaian_id']).unique().execute();
  await db.schema.createIndex('penilaian_keberatan_atasan').on('penilaian_keberatan').columns(['instansi_id', 'atasan_penilai_id', 'status']).execute();
  await db.schema.createIndex('penilaian_keberatan_pegawai').on('penilaian_keberatan').columns(['instansi_id', 'pegawai_id']).execute();

  await db.schema
    .createTable('penilaian_rekan')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('penilaian_id', id, (c) => c.notNull().references('penilaian.id'))
    // the colleague asked; never shown to the pegawai evaluated
    .addColumn('rekan_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('diminta_oleh', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('diminta_pada', ts, (c) => c.notNull())
    // diminta | diisi | dibatalkan
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('catatan', 'text')
    .addColumn('diisi_pada', ts)
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('penilaian_rekan_unik').on('penilaian_rekan').columns(['penilaian_id', 'rekan_id']).unique().execute();
  await db.schema.createIndex('penilaian_rekan_rekan').on('penilaian_rekan').columns(['instansi_id', 'rekan_id', 'status']).execute();

  await db.schema
    .createTable('penilaian_rekan_nilai')
    .addColumn('rekan_permintaan_id', id, (c) => c.notNull().references('penilaian_rekan.id'))
    // domain/berakhlak.ts NILAI_BERAKHLAK
    .addColumn('nilai', 'text', (c) => c.notNull())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    // di_atas | sesuai | di_bawah, or null when only a note is given
    .addColumn('rating', 'text')
    .addColumn('masukan', 'text')
    .addPrimaryKeyConstraint('penilaian_rekan_nilai_pk', ['rekan_permintaan_id', 'nilai'])
    .execute();

  await db.schema
    .createTable('tindak_lanjut')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('instansi_id', id, (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', id, (c) => c.notNull().references('pegawai.id'))
    .addColumn('periode_id', id, (c) => c.references('penilaian_periode.id'))
    .addColumn('penilaian_id', id, (c) => c.references('penilaian.id'))
    // penghargaan | pembinaan
    .addColumn('jenis', 'text', (c) => c.notNull())
    // domain/tindak-lanjut.ts KATEGORI_TINDAK_LANJUT
    .addColumn('kategori', 'text', (c) => c.notNull())
    .addColumn('uraian', 'text', (c) => c.notNull())
    .addColumn('tanggal_mulai', date, (c) => c.notNull())
    .addColumn('tanggal_selesai', date)
    // direncanakan | berjalan | selesai | dibatalkan
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hasil', 'text')
    .addColumn('dicatat_oleh', id, (c) => c.notNull())
    .addColumn('dicatat_pada', ts, (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('diubah_pada', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tindak_lanjut_pegawai').on('tindak_lanjut').columns(['instansi_id', 'pegawai_id']).execute();
  await db.schema.createIndex('tindak_lanjut_periode').on('tindak_lanjut').columns(['instansi_id', 'periode_id', 'jenis']).execute();
}

// Foundation schema: instansi, unit kerja tree, jabatan, pegawai, accounts and roles, sessions, login throttling,
// and the hash-chained audit log. Frozen in time: never edit after it has run anywhere; add a new migration.
import { type Kysely, sql } from 'kysely';

type Types = { id: 'uuid' | 'text'; ts: 'timestamptz' | 'text'; date: 'date' | 'text' };

function typesFor(dialect: string): Types {
  return dialect === 'postgres'
    ? { id: 'uuid', ts: 'timestamptz', date: 'date' }
    : { id: 'text', ts: 'text', date: 'text' };
}

export async function up(db: Kysely<unknown>, dialect: string): Promise<void> {
  const t = typesFor(dialect);

  await db.schema
    .createTable('instansi')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kode', 'text', (c) => c.notNull().unique())
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dibuat_pada', t.ts, (c) => c.notNull())
    .execute();

  // per-instansi settings (rule parameters, demo account list …) as JSON text
  await db.schema
    .createTable('pengaturan')
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    .addColumn('kunci', 'text', (c) => c.notNull())
    .addColumn('nilai', 'text', (c) => c.notNull())
    .addColumn('diubah_pada', t.ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('pengaturan_pk', ['instansi_id', 'kunci'])
    .execute();

  await db.schema
    .createTable('unit_kerja')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    .addColumn('induk_id', t.id, (c) => c.references('unit_kerja.id'))
    // the OPD (perangkat daerah) this unit belongs to; an OPD points to itself; the instansi root has none
    .addColumn('opd_id', t.id, (c) => c.references('unit_kerja.id'))
    .addColumn('kode', 'text', (c) => c.notNull())
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('singkatan', 'text')
    .addColumn('jenis', 'text', (c) => c.notNull())
    // materialised path of ids: '/root/opd/bidang/' — subtree queries are a prefix match
    .addColumn('jalur', 'text', (c) => c.notNull())
    .addColumn('urutan', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dibuka_pada', t.date)
    .addColumn('ditutup_pada', t.date)
    .addColumn('dibuat_pada', t.ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unit_kerja_instansi_kode').on('unit_kerja').columns(['instansi_id', 'kode']).unique().execute();
  await db.schema.createIndex('unit_kerja_induk').on('unit_kerja').columns(['instansi_id', 'induk_id']).execute();
  await db.schema.createIndex('unit_kerja_opd').on('unit_kerja').columns(['instansi_id', 'opd_id']).execute();
  await db.schema.createIndex('unit_kerja_jalur').on('unit_kerja').columns(['instansi_id', 'jalur']).execute();

  await db.schema
    .createTable('jabatan')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    .addColumn('unit_id', t.id, (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('nama', 'text', (c) => c.notNull())
    // kepala_daerah | jpt | administrator | pengawas | pelaksana | fungsional
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('jenjang', 'text')
    .addColumn('kelas_jabatan', 'integer')
    .addColumn('atasan_jabatan_id', t.id, (c) => c.references('jabatan.id'))
    // the post that leads its unit (kepala dinas, kepala bidang, camat, lurah, kepala puskesmas …)
    .addColumn('kepala_unit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dibuat_pada', t.ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jabatan_unit').on('jabatan').columns(['instansi_id', 'unit_id']).execute();
  await db.schema.createIndex('jabatan_atasan').on('jabatan').columns(['instansi_id', 'atasan_jabatan_id']).execute();

  await db.schema
    .createTable('pegawai')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    // NIP (PNS) or NI PPPK, 18 digits without spaces; null only for pejabat negara (Wali Kota)
    .addColumn('nip', 'text')
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('gelar_depan', 'text')
    .addColumn('gelar_belakang', 'text')
    // PNS | PPPK | PPPK_PARUH_WAKTU | PEJABAT_NEGARA — stored, never inferred from the number
    .addColumn('jenis_asn', 'text', (c) => c.notNull())
    .addColumn('jenis_kelamin', 'text')
    .addColumn('tanggal_lahir', t.date)
    .addColumn('golongan', 'text')
    .addColumn('jabatan_id', t.id, (c) => c.references('jabatan.id'))
    .addColumn('unit_id', t.id, (c) => c.references('unit_kerja.id'))
    // aktif | cltn | pensiun | berhenti
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('telepon', 'text')
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', t.ts, (c) => c.notNull())
    .addColumn('diubah_pada', t.ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pegawai_nip').on('pegawai').columns(['instansi_id', 'nip']).unique().execute();
  await db.schema.createIndex('pegawai_jabatan').on('pegawai').columns(['instansi_id', 'jabatan_id']).execute();
  await db.schema.createIndex('pegawai_unit').on('pegawai').columns(['instansi_id', 'unit_id']).execute();
  await db.schema.createIndex('pegawai_nama').on('pegawai').columns(['instansi_id', 'nama']).execute();

  await db.schema
    .createTable('akun')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    .addColumn('pegawai_id', t.id, (c) => c.references('pegawai.id'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('nama_tampilan', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('harus_ganti_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('aktif', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('bahasa', 'text', (c) => c.notNull().defaultTo('id'))
    .addColumn('password_diubah_pada', t.ts, (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('dibuat_pada', t.ts, (c) => c.notNull())
    .execute();
  // usernames (NIP or account name) are unique across the installation: login does not ask for the instansi
  await db.schema.createIndex('akun_username').on('akun').column('username').unique().execute();
  await db.schema.createIndex('akun_pegawai').on('akun').columns(['instansi_id', 'pegawai_id']).execute();

  await db.schema
    .createTable('akun_peran')
    .addColumn('akun_id', t.id, (c) => c.notNull().references('akun.id'))
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    // pegawai | pimpinan_opd | admin_bkppd | auditor | walikota   ('atasan' is derived from the penilai chain)
    .addColumn('peran', 'text', (c) => c.notNull())
    // the OPD a pimpinan_opd leads; null for instansi-wide roles
    .addColumn('unit_id', t.id, (c) => c.references('unit_kerja.id'))
    .addPrimaryKeyConstraint('akun_peran_pk', ['akun_id', 'peran'])
    .execute();

  await db.schema
    .createTable('sesi')
    // sha-256 of the cookie token: a leaked table cannot be replayed as cookies
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('instansi_id', t.id, (c) => c.notNull().references('instansi.id'))
    .addColumn('akun_id', t.id, (c) => c.notNull().references('akun.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('dibuat_pada', t.ts, (c) => c.notNull())
    .addColumn('kedaluwarsa_pada', t.ts, (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sesi_akun').on('sesi').column('akun_id').execute();

  await db.schema
    .createTable('login_gagal')
    // keyed by the username typed (existing or not), so a lockout says nothing about whether a NIP exists
    .addColumn('kunci', 'text', (c) => c.primaryKey())
    .addColumn('jumlah', 'integer', (c) => c.notNull())
    .addColumn('terakhir_pada', t.ts, (c) => c.notNull())
    .addColumn('terkunci_sampai', t.ts)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', t.id, (c) => c.notNull().unique())
    .addColumn('instansi_id', t.id, (c) => c.references('instansi.id'))
    .addColumn('waktu', t.ts, (c) => c.notNull())
    .addColumn('aktor_akun_id', t.id)
    .addColumn('aktor_nama', 'text')
    .addColumn('aksi', 'text', (c) => c.notNull())
    .addColumn('entitas', 'text', (c) => c.notNull())
    .addColumn('entitas_id', 'text')
    // canonical JSON text of {sebelum, sesudah}; text (not jsonb) so the hashed bytes are exactly what is stored
    .addColumn('ringkasan', 'text', (c) => c.notNull())
    .addColumn('hash_sebelum', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entitas').on('audit_log').columns(['instansi_id', 'entitas', 'entitas_id']).execute();

  // Append-only: the database itself refuses UPDATE and DELETE on the audit log.
  if (dialect === 'postgres') {
    await sql`create function audit_log_tolak_ubah() returns trigger language plpgsql as $$
      begin raise exception 'audit_log bersifat append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_tolak_ubah()`.execute(db);
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log bersifat append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log bersifat append-only'); end`.execute(db);
  }
}

// Reads for "who evaluates whom on a date" and writes of overrides and Plt/Plh. The structure is read for the
// whole instansi at once (≈ 4,000 posts and 8,000 history rows for Kupang: one pass each, no per-pegawai queries).
import { type Kysely, sql } from 'kysely';
import type { DB, PelaksanaTugasTable, PenilaiOverrideTable } from '../../db/schema.ts';

const covering = <T extends { mulai: string; selesai: string | null }>(tanggal: string) => (r: T) => r.mulai <= tanggal && (r.selesai === null || r.selesai >= tanggal);

export async function strukturPadaTanggal(db: Kysely<DB>, instansiId: string, tanggal: string) {
  const [jabatan, riwayat, plt, overrides] = await Promise.all([
    db.selectFrom('jabatan').select(['id', 'atasan_jabatan_id', 'nama']).where('instansi_id', '=', instansiId).execute(),
    db
      .selectFrom('riwayat_jabatan')
      .select(['pegawai_id', 'jabatan_id', 'mulai', 'selesai'])
      .where('instansi_id', '=', instansiId)
      .where('mulai', '<=', tanggal)
      .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', tanggal)]))
      .orderBy('mulai')
      .orderBy('pegawai_id')
      .execute(),
    db
      .selectFrom('pelaksana_tugas')
      .select(['jabatan_id', 'pegawai_id', 'jenis', 'mulai', 'selesai'])
      .where('instansi_id', '=', instansiId)
      .where('dicabut_pada', 'is', null)
      .where('mulai', '<=', tanggal)
      .where('selesai', '>=', tanggal)
      .orderBy('mulai', 'desc')
      .execute(),
    db
      .selectFrom('penilai_override')
      .select(['pegawai_id', 'penilai_id', 'atasan_penilai_id', 'mulai', 'selesai'])
      .where('instansi_id', '=', instansiId)
      .where('dicabut_pada', 'is', null)
      .where('mulai', '<=', tanggal)
      .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', tanggal)]))
      .orderBy('mulai', 'desc')
      .execute(),
  ]);
  return { jabatan, riwayat: riwayat.filter(covering(tanggal)), plt, overrides };
}

/**
 * The same structure, restricted to what "who evaluates this pegawai on D" can touch: the pegawai's post on D (and,
 * with an override, the override penilai's post), every post above those, and the holders / Plt of those posts.
 * A handful of indexed queries instead of reading the whole instansi — this is the path of every profile view.
 */
export async function strukturUntukPegawai(db: Kysely<DB>, instansiId: string, pegawaiId: string, tanggal: string) {
  const coveringRiwayat = (ids: string[], column: 'pegawai_id' | 'jabatan_id') =>
    ids.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('riwayat_jabatan')
          .select(['pegawai_id', 'jabatan_id', 'mulai', 'selesai'])
          .where('instansi_id', '=', instansiId)
          .where(column, 'in', ids)
          .where('mulai', '<=', tanggal)
          .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', tanggal)]))
          .orderBy('mulai')
          .orderBy('pegawai_id')
          .execute();
  const overrides = await db
    .selectFrom('penilai_override')
    .select(['pegawai_id', 'penilai_id', 'atasan_penilai_id', 'mulai', 'selesai'])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('dicabut_pada', 'is', null)
    .where('mulai', '<=', tanggal)
    .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', tanggal)]))
    .orderBy('mulai', 'desc')
    .execute();
  const people = [pegawaiId, ...overrides.slice(0, 1).flatMap((o) => [o.penilai_id, o.atasan_penilai_id ?? undefined].filter((x): x is string => !!x))];
  const own = await coveringRiwayat(people, 'pegawai_id');
  const starts = [...new Set(own.map((r) => r.jabatan_id))];
  const jabatan = starts.length
    ? (
        await sql<{ id: string; atasan_jabatan_id: string | null; nama: string }>`
          with recursive naik(id, atasan_jabatan_id, nama, depth) as (
            select id, atasan_jabatan_id, nama, 0 from jabatan where instansi_id = ${instansiId} and id in (${sql.join(starts)})
            union
            select j.id, j.atasan_jabatan_id, j.nama, naik.depth + 1 from jabatan j join naik on j.id = naik.atasan_jabatan_id
            where naik.depth < 32
          )
          select distinct id, atasan_jabatan_id, nama from naik`.execute(db)
      ).rows
    : [];
  const postIds = jabatan.map((j) => j.id);
  const [holders, plt] = await Promise.all([
    coveringRiwayat(postIds, 'jabatan_id'),
    postIds.length
      ? db
          .selectFrom('pelaksana_tugas')
          .select(['jabatan_id', 'pegawai_id', 'jenis', 'mulai', 'selesai'])
          .where('instansi_id', '=', instansiId)
          .where('jabatan_id', 'in', postIds)
          .where('dicabut_pada', 'is', null)
          .where('mulai', '<=', tanggal)
          .where('selesai', '>=', tanggal)
          .orderBy('mulai', 'desc')
          .execute()
      : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  const riwayat = [...own, ...holders].filter((r) => {
    const k = `${r.pegawai_id}:${r.jabatan_id}:${r.mulai}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  riwayat.sort((a, b) => (a.mulai < b.mulai ? -1 : a.mulai > b.mulai ? 1 : a.pegawai_id < b.pegawai_id ? -1 : 1));
  return { jabatan, riwayat, plt, overrides };
}

export async function pegawaiRingkas(db: Kysely<DB>, instansiId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .leftJoin('unit_kerja', 'unit_kerja.id', 'pegawai.unit_id')
    .select(['pegawai.id', 'pegawai.nip', 'pegawai.nama', 'pegawai.gelar_depan', 'pegawai.gelar_belakang', 'pegawai.jenis_asn', 'pegawai.status', 'jabatan.nama as jabatan_nama', 'unit_kerja.nama as unit_nama'])
    .where('pegawai.instansi_id', '=', instansiId)
    .where('pegawai.id', 'in', ids)
    .execute();
}

/** Pegawai who should have a penilai on the date: active, not a pejabat negara. */
export async function pegawaiAktif(db: Kysely<DB>, instansiId: string) {
  return db
    .selectFrom('pegawai')
    .select(['id', 'status', 'status_sejak'])
    .where('instansi_id', '=', instansiId)
    .where('jenis_asn', '!=', 'PEJABAT_NEGARA')
    .where('status', 'in', ['aktif', 'cltn', 'pensiun', 'berhenti'])
    .execute();
}

export async function pegawaiAda(db: Kysely<DB>, instansiId: string, id: string): Promise<boolean> {
  return !!(await db.selectFrom('pegawai').select('id').where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst());
}

export async function jabatanAda(db: Kysely<DB>, instansiId: string, id: string) {
  return db.selectFrom('jabatan').select(['id', 'nama']).where('instansi_id', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

export async function overlappingOverride(db: Kysely<DB>, instansiId: string, pegawaiId: string, mulai: string, selesai: string | null) {
  return db
    .selectFrom('penilai_override')
    .select(['id', 'mulai', 'selesai'])
    .where('instansi_id', '=', instansiId)
    .where('pegawai_id', '=', pegawaiId)
    .where('dicabut_pada', 'is', null)
    .where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', mulai)]))
    .$if(selesai !== null, (q) => q.where('mulai', '<=', selesai!))
    .executeTakeFirst();
}

export async function overlappingPlt(db: Kysely<DB>, instansiId: string, jabatanId: string, mulai: string, selesai: string) {
  return db
    .selectFrom('pelaksana_tugas')
    .select(['id', 'mulai', 'selesai'])
    .where('instansi_id', '=', instansiId)
    .where('jabatan_id', '=', jabatanId)
    .where('dicabut_pada', 'is', null)
    .where('selesai', '>=', mulai)
    .where('mulai', '<=', selesai)
    .executeTakeFirst();
}

export async function insertOverride(db: Kysely<DB>, row: PenilaiOverrideTable) {
  await db.insertInto('penilai_override').values(row).execute();
}

export async function insertPlt(db: Kysely<DB>, row: PelaksanaTugasTable) {
  await db.insertInto('pelaksana_tugas').values(row).execute();
}

/** Revocation keeps the row (history, audit) and only stamps it; a second revocation finds nothing to change. */
async function cabut(db: Kysely<DB>, table: 'penilai_override' | 'pelaksana_tugas', instansiId: string, id: string, waktu: string): Promise<boolean> {
  const r = await db.updateTable(table).set({ dicabut_pada: waktu }).where('instansi_id', '=', instansiId).where('id', '=', id).where('dicabut_pada', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const cabutOverride = (db: Kysely<DB>, instansiId: string, id: string, waktu: string) => cabut(db, 'penilai_override', instansiId, id, waktu);
export const cabutPlt = (db: Kysely<DB>, instansiId: string, id: string, waktu: string) => cabut(db, 'pelaksana_tugas', instansiId, id, waktu);

export async function daftarOverride(db: Kysely<DB>, instansiId: string, pegawaiId?: string) {
  return db
    .selectFrom('penilai_override as o')
    .innerJoin('pegawai as p', 'p.id', 'o.pegawai_id')
    .innerJoin('pegawai as n', 'n.id', 'o.penilai_id')
    .leftJoin('pegawai as a', 'a.id', 'o.atasan_penilai_id')
    .select(['o.id', 'o.pegawai_id', 'p.nama as pegawai_nama', 'o.penilai_id', 'n.nama as penilai_nama', 'o.atasan_penilai_id', 'a.nama as atasan_nama', 'o.mulai', 'o.selesai', 'o.alasan', 'o.dicabut_pada'])
    .where('o.instansi_id', '=', instansiId)
    .$if(!!pegawaiId, (q) => q.where('o.pegawai_id', '=', pegawaiId!))
    .orderBy('o.mulai', 'desc')
    .limit(500)
    .execute();
}

export async function daftarPlt(db: Kysely<DB>, instansiId: string, jabatanId?: string) {
  return db
    .selectFrom('pelaksana_tugas as t')
    .innerJoin('jabatan as j', 'j.id', 't.jabatan_id')
    .innerJoin('unit_kerja as u', 'u.id', 'j.unit_id')
    .innerJoin('pegawai as p', 'p.id', 't.pegawai_id')
    .select(['t.id', 't.jabatan_id', 'j.nama as jabatan_nama', 'u.nama as unit_nama', 't.pegawai_id', 'p.nama as pegawai_nama', 't.jenis', 't.mulai', 't.selesai', 't.nomor_sk', 't.dicabut_pada'])
    .where('t.instansi_id', '=', instansiId)
    .$if(!!jabatanId, (q) => q.where('t.jabatan_id', '=', jabatanId!))
    .orderBy('t.mulai', 'desc')
    .limit(500)
    .execute();
}

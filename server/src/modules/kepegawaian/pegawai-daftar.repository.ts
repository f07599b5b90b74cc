// The pegawai list with the admin's filters (unit subtree, status, jenis ASN, jenis jabatan) on top of the scope of
// kepegawaian.repository.ts listPegawai. Search stays on the indexes: NIP prefix as a range on (instansi_id, nip),
// the unit subtree as a prefix of unit_kerja.jalur.
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ListScope } from './kepegawaian.repository.ts';

export interface PegawaiFilter {
  q?: string | undefined;
  /** jalur of the chosen unit: the unit and every unit below it */
  unitJalur?: string | undefined;
  status?: string | undefined;
  jenisAsn?: string | undefined;
  jenisJabatan?: string | undefined;
}

export async function listPegawaiTersaring(db: Kysely<DB>, instansiId: string, scope: ListScope, f: PegawaiFilter, offset: number, limit: number) {
  let base = db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatan_id')
    .leftJoin('unit_kerja as unit', 'unit.id', 'pegawai.unit_id')
    .where('pegawai.instansi_id', '=', instansiId);
  if (scope.kind === 'terbatas') {
    const { pegawaiIds, opdIds } = scope;
    base = base.where((eb) =>
      eb.or([
        ...(pegawaiIds.length ? [eb('pegawai.id', 'in', pegawaiIds)] : []),
        ...(opdIds.length ? [eb('unit.opd_id', 'in', opdIds)] : []),
        sql<SqlBool>`1 = 0`,
      ]),
    );
  }
  if (f.unitJalur) base = base.where('unit.jalur', 'like', `${f.unitJalur}%`);
  if (f.status) base = base.where('pegawai.status', '=', f.status);
  if (f.jenisAsn) base = base.where('pegawai.jenis_asn', '=', f.jenisAsn);
  if (f.jenisJabatan) base = base.where('jabatan.jenis', '=', f.jenisJabatan);
  if (f.q) {
    const digits = f.q.replace(/\s/g, '');
    base = /^\d{3,18}$/.test(digits)
      ? // a range, not LIKE: SQLite's LIKE is case-insensitive and cannot use the (instansi_id, nip) index; ':' sorts right after '9'
        base.where('pegawai.nip', '>=', digits).where('pegawai.nip', '<', `${digits}:`)
      : base.where(sql`lower(pegawai.nama)`, 'like', `%${f.q.toLowerCase()}%`);
  }
  const [rows, count] = await Promise.all([
    base
      .select([
        'pegawai.id',
        'pegawai.nip',
        'pegawai.nama',
        'pegawai.gelar_depan',
        'pegawai.gelar_belakang',
        'pegawai.status',
        'jabatan.nama as jabatan_nama',
        'unit.nama as unit_nama',
      ])
      .orderBy('pegawai.nama')
      .orderBy('pegawai.id')
      .offset(offset)
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// The jabatan snapshot of an evaluation record, for its angka kredit (DOMAIN.md §2.6). Kysely lives here only.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** jenis and jenjang of the post held in the evaluated segment (penilaian.jabatan_id). */
export async function jabatanDinilai(db: Kysely<DB>, instansiId: string, jabatanId: string) {
  return db.selectFrom('jabatan').select(['nama', 'jenis', 'jenjang']).where('instansi_id', '=', instansiId).where('id', '=', jabatanId).executeTakeFirst();
}

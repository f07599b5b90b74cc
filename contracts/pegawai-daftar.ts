// Filters of the pegawai list (GET /api/v1/pegawai). Kept apart from the list's answer (contracts/kepegawaian.ts) so
// the screens and the server read one definition.
import { z } from 'zod';
import { Id, PageQuery } from './common.ts';
import { JENIS_ASN, JENIS_JABATAN, STATUS_PEGAWAI } from './kepegawaian.ts';

export const PegawaiDaftarQuery = PageQuery.extend({
  /** NIP prefix (digits, spaces allowed) or part of the name */
  q: z.string().max(100).optional(),
  /** the unit and every unit below it */
  unitId: Id.optional(),
  status: z.enum(STATUS_PEGAWAI).optional(),
  jenisAsn: z.enum(JENIS_ASN).optional(),
  jenisJabatan: z.enum(JENIS_JABATAN).optional(),
});
export type PegawaiDaftarQuery = z.infer<typeof PegawaiDaftarQuery>;

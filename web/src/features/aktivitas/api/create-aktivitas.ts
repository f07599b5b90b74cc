import { type z } from 'zod';
import { AktivitasBaru, AktivitasTersimpan } from '../../../../../contracts/aktivitas.ts';
import { api } from '../../../lib/api-client.ts';

export { AktivitasBaru };
export type AktivitasTersimpan = z.infer<typeof AktivitasTersimpan>;
/** What the form produces (before zod's defaults). */
export type AktivitasBaruInput = z.input<typeof AktivitasBaru>;

/**
 * POST /aktivitas: 201 with the new activity, or 200 `sudahAda` when this `kunciIdempoten` was already received
 * (an offline entry sent twice) — both mean "it is on the server". Sending goes through the outbox
 * (offline/antrean.ts), which calls this; screens do not call it directly.
 */
export async function createAktivitas(body: AktivitasBaru): Promise<AktivitasTersimpan> {
  return api.post('/aktivitas', AktivitasTersimpan, body);
}

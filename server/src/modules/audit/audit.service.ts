// Every state change writes one audit entry inside the same transaction as the change (so neither exists without
// the other). Verification walks the whole chain in pages and names the first broken entry.
import type { Kysely } from 'kysely';
import type { AuditPage, AuditVerifikasi } from '../../../../contracts/audit.ts';
import type { Dialect } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../ids.ts';
import type { Pelaku } from '../auth/aktor.ts';
import * as repo from './audit.repository.ts';
import { canonicalJson, entryHash, GENESIS_HASH, verifyRun } from './hash-chain.ts';

export interface AuditInput {
  aksi: string;
  entitas: string;
  entitasId?: string | null;
  sebelum?: unknown;
  sesudah?: unknown;
}

export async function catatAudit(trx: Kysely<DB>, dialect: Dialect, pelaku: Pelaku, input: AuditInput, now: Date): Promise<void> {
  await repo.lockChain(trx, dialect);
  const last = await repo.lastEntry(trx);
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    seq,
    id: newId(),
    instansi_id: pelaku.instansiId,
    waktu: now.toISOString(),
    aktor_akun_id: pelaku.akunId,
    aktor_nama: pelaku.namaTampilan,
    aksi: input.aksi,
    entitas: input.entitas,
    entitas_id: input.entitasId ?? null,
    ringkasan: canonicalJson({ sebelum: input.sebelum ?? null, sesudah: input.sesudah ?? null }),
  };
  await repo.insertEntry(trx, { ...fields, hash_sebelum: prevHash, hash: entryHash(prevHash, fields) });
}

/** Many entries of one change (an import) at once: one lock, hashes chained in memory, multi-row inserts. */
export async function catatAuditBanyak(trx: Kysely<DB>, dialect: Dialect, pelaku: Pelaku, inputs: readonly AuditInput[], now: Date): Promise<void> {
  if (inputs.length === 0) return;
  await repo.lockChain(trx, dialect);
  const last = await repo.lastEntry(trx);
  let seq = last ? Number(last.seq) : 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = inputs.map((input) => {
    seq += 1;
    const fields = {
      seq,
      id: newId(),
      instansi_id: pelaku.instansiId,
      waktu: now.toISOString(),
      aktor_akun_id: pelaku.akunId,
      aktor_nama: pelaku.namaTampilan,
      aksi: input.aksi,
      entitas: input.entitas,
      entitas_id: input.entitasId ?? null,
      ringkasan: canonicalJson({ sebelum: input.sebelum ?? null, sesudah: input.sesudah ?? null }),
    };
    const hash = entryHash(prevHash, fields);
    const row = { ...fields, hash_sebelum: prevHash, hash };
    prevHash = hash;
    return row;
  });
  await repo.insertEntries(trx, rows);
}

const VERIFY_PAGE = 5000;

export async function verifikasiAudit(db: Kysely<DB>, now: Date): Promise<AuditVerifikasi> {
  let state = { expectedSeq: 1, prevHash: GENESIS_HASH };
  let count = 0;
  for (;;) {
    const rows = (await repo.entriesFrom(db, state.expectedSeq - 1, VERIFY_PAGE)).map((r) => ({ ...r, seq: Number(r.seq) }));
    if (rows.length === 0) break;
    const run = verifyRun(rows, state);
    // jumlahEntri = entries verified intact before the first break
    if (run.broken) return { utuh: false, jumlahEntri: count + run.checked, rusakPertama: run.broken, diperiksaPada: now.toISOString() };
    count += rows.length;
    state = run.state;
    if (rows.length < VERIFY_PAGE) break;
  }
  return { utuh: true, jumlahEntri: count, rusakPertama: null, diperiksaPada: now.toISOString() };
}

export async function daftarAudit(db: Kysely<DB>, instansiId: string, page: number, pageSize: number): Promise<AuditPage> {
  const { rows, total } = await repo.pageEntries(db, instansiId, (page - 1) * pageSize, pageSize);
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq),
      waktu: r.waktu,
      aktorNama: r.aktor_nama,
      aksi: r.aksi,
      entitas: r.entitas,
      entitasId: r.entitas_id,
      ringkasan: JSON.parse(r.ringkasan) as unknown,
      hash: r.hash,
    })),
    total,
    page,
    pageSize,
  };
}

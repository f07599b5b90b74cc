// The audit log's hash chain: each entry's hash covers its own fields and the previous entry's hash, so altering,
// removing or reordering any stored entry breaks every hash after it. Pure (no I/O) so verification is testable.
import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  id: string;
  instansi_id: string | null;
  waktu: string;
  aktor_akun_id: string | null;
  aktor_nama: string | null;
  aksi: string;
  entitas: string;
  entitas_id: string | null;
  ringkasan: string;
}

/** JSON with object keys sorted at every depth: the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, e: ChainedFields): string {
  const body = canonicalJson({
    seq: e.seq,
    id: e.id,
    instansi_id: e.instansi_id,
    waktu: e.waktu,
    aktor_akun_id: e.aktor_akun_id,
    aktor_nama: e.aktor_nama,
    aksi: e.aksi,
    entitas: e.entitas,
    entitas_id: e.entitas_id,
    ringkasan: e.ringkasan,
  });
  return crypto.createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

export interface StoredEntry extends ChainedFields {
  hash_sebelum: string;
  hash: string;
}

export type ChainBreak = { seq: number; waktu: string; aksi: string; alasan: string };

/**
 * Checks a run of entries in seq order, continuing from (expectedSeq, prevHash). Returns the first break, or the
 * state to continue with on the next page.
 */
export function verifyRun(
  entries: StoredEntry[],
  state: { expectedSeq: number; prevHash: string },
): { broken: ChainBreak | null; checked: number; state: { expectedSeq: number; prevHash: string } } {
  let { expectedSeq, prevHash } = state;
  for (const [checked, e] of entries.entries()) {
    const at = { seq: e.seq, waktu: e.waktu, aksi: e.aksi };
    if (e.seq !== expectedSeq) {
      return { broken: { ...at, alasan: `Nomor urut melompat dari ${expectedSeq - 1} ke ${e.seq}: ada entri yang dihapus` }, checked, state };
    }
    if (e.hash_sebelum !== prevHash) {
      return { broken: { ...at, alasan: 'Hash entri sebelumnya tidak cocok: entri sebelumnya diubah atau dihapus' }, checked, state };
    }
    if (entryHash(prevHash, e) !== e.hash) {
      return { broken: { ...at, alasan: 'Isi entri tidak cocok dengan hash-nya: entri ini telah diubah' }, checked, state };
    }
    prevHash = e.hash;
    expectedSeq += 1;
  }
  return { broken: null, checked: entries.length, state: { expectedSeq, prevHash } };
}

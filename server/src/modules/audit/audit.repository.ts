import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { AuditLogTable, DB } from '../../db/schema.ts';

/** Serialises appends to the chain. SQLite already has one writer at a time; PostgreSQL needs a lock. */
export async function lockChain(trx: Kysely<DB>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7301001)`.execute(trx);
}

export async function lastEntry(trx: Kysely<DB>): Promise<{ seq: number; hash: string } | undefined> {
  return trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function insertEntry(trx: Kysely<DB>, row: AuditLogTable): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute();
}

/** 12 columns per row: 500 rows stay far below both databases' bound-parameter limits. */
export async function insertEntries(trx: Kysely<DB>, rows: readonly AuditLogTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();
}

export async function entriesFrom(db: Kysely<DB>, afterSeq: number, limit: number): Promise<AuditLogTable[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function pageEntries(
  db: Kysely<DB>,
  instansiId: string,
  offset: number,
  limit: number,
): Promise<{ rows: AuditLogTable[]; total: number }> {
  const scope = db.selectFrom('audit_log').where((eb) => eb.or([eb('instansi_id', '=', instansiId), eb('instansi_id', 'is', null)]));
  const [rows, count] = await Promise.all([
    scope.selectAll().orderBy('seq', 'desc').offset(offset).limit(limit).execute(),
    scope.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

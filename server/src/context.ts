// What every service needs from the running app: the database, its dialect and the clock (tests pass a fixed one).
import type { Kysely } from 'kysely';
import type { AppConfig } from './config.ts';
import type { Dialect } from './db/database.ts';
import type { DB } from './db/schema.ts';
import type { PenyimpananBerkas } from './files/storage.ts';
import type { SessionCache } from './modules/auth/session-cache.ts';

export interface Ctx {
  db: Kysely<DB>;
  dialect: Dialect;
  now: () => Date;
  config: Pick<AppConfig, 'secureCookies' | 'production' | 'publicUrl'>;
  /** Resolved sessions (auth hot path); absent = every request reads the database. */
  sessionCache?: SessionCache | undefined;
  /** Bukti dukung files (content-addressed); absent = uploads and downloads answer with a system error. */
  files?: PenyimpananBerkas | undefined;
}

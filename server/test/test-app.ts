// An app on a fresh test database with the Kota Uji fixture, plus a tiny client that logs in and carries the
// session cookie and CSRF token like the browser does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { Ctx } from '../src/context.ts';
import { PenyimpananLokal } from '../src/files/storage.ts';
import { SessionCache } from '../src/modules/auth/session-cache.ts';
import { createFixture, FIXTURE_PASSWORD, type Fixture } from './factories.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: Ctx;
  database: TestDatabase;
  fx: Fixture;
  /** Moves the app's clock. */
  clock: { now: Date };
  close(): Promise<void>;
}

export async function createTestApp(opts: { loginPerMinute?: number; webDistDir?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = { now: new Date('2026-11-29T02:00:00Z') };
  // bukti files in a throw-away directory per app
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-files-'));
  const ctx: Ctx = { db: database.db, dialect: database.dialect, now: () => clock.now, config: { secureCookies: false, production: false }, sessionCache: new SessionCache(), files: await PenyimpananLokal.buka(filesDir) };
  const fx = await createFixture(database.db, clock.now);
  const app = await buildApp({ ctx, logLevel: 'silent', loginPerMinute: opts.loginPerMinute ?? 1000, webDistDir: opts.webDistDir });
  await app.ready();
  return { app, ctx, database, fx, clock, close: async () => { await app.close(); await database.dispose(); fs.rmSync(filesDir, { recursive: true, force: true }); } };
}

export interface Client {
  csrf: string;
  cookie: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export function sessionCookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'kinerja_sesi');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `kinerja_sesi=${c.value}`;
}

export async function login(app: FastifyInstance, username: string, password = FIXTURE_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookieOf(res);
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const client: Client = {
    csrf,
    cookie,
    request: (o) => app.inject({ ...o, headers: { cookie, 'x-csrf-token': csrf, ...(o.headers ?? {}) } }),
    get: (url) => client.request({ method: 'GET', url }),
    post: (url, payload) => client.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
  };
  return client;
}

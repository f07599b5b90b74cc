import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '../../../test/factories.ts';
import { createTestApp, login, sessionCookieOf, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('login', () => {
  it('logs in by NIP, sets an httpOnly SameSite=Lax cookie and returns me with roles', async () => {
    const res = await post('/api/v1/auth/login', { username: t.fx.u.kasiSurv, password: FIXTURE_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kinerja_sesi');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = res.json();
    expect(me.peran).toEqual(['pegawai', 'atasan']);
    expect(me.csrfToken).toMatch(/.{20,}/);
  });

  it('accepts a NIP typed with spaces and an account name in any case', async () => {
    const nip = t.fx.u.stafA!;
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    expect((await post('/api/v1/auth/login', { username: spaced, password: FIXTURE_PASSWORD })).statusCode).toBe(200);
    expect((await post('/api/v1/auth/login', { username: 'WaliKota', password: FIXTURE_PASSWORD })).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown NIP with the same Indonesian message', async () => {
    const wrong = await post('/api/v1/auth/login', { username: t.fx.u.stafB, password: 'salah-sekali' });
    const unknown = await post('/api/v1/auth/login', { username: '199901012020011999', password: 'salah-sekali' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ code: 'AUTH.KREDENSIAL_SALAH', message: 'NIP/nama akun atau kata sandi salah.' });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('refuses a pegawai who has retired (pensiun) even with the right password', async () => {
    const res = await post('/api/v1/auth/login', { username: t.fx.u.pensiunan, password: FIXTURE_PASSWORD });
    expect(res.statusCode).toBe(401);
  });

  it('locks after 10 failures for 15 minutes, for existing and unknown usernames alike, then lets in again', async () => {
    for (const username of [t.fx.u.dokter!, '198001012005019999']) {
      const codes: string[] = [];
      for (let i = 0; i < 10; i++) codes.push((await post('/api/v1/auth/login', { username, password: `x${i}` })).json().code);
      expect(codes.slice(0, 9).every((c) => c === 'AUTH.KREDENSIAL_SALAH')).toBe(true);
      expect(codes[9]).toBe('AUTH.TERKUNCI');
      const locked = await post('/api/v1/auth/login', { username, password: FIXTURE_PASSWORD });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().message).toMatch(/dikunci sementara/);
    }
    const before = t.clock.now;
    t.clock.now = new Date(before.getTime() + 16 * 60_000);
    try {
      expect((await post('/api/v1/auth/login', { username: t.fx.u.dokter, password: FIXTURE_PASSWORD })).statusCode).toBe(200);
    } finally {
      t.clock.now = before;
    }
  });

  it('rejects bad input with 400 and a readable message, never 500', async () => {
    const empty = await post('/api/v1/auth/login', { username: '', password: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('VALIDASI.GAGAL');
    expect(empty.json().message).toMatch(/wajib diisi/);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/JSON/);
    const form = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: 'username=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
  });
});

describe('session, CSRF and logout', () => {
  it('GET /me without a session is 401 JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('AUTH.TIDAK_MASUK');
  });

  it('a state-changing request without the CSRF token is refused', async () => {
    const c = await login(t.app, t.fx.u.stafA!);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AUTH.CSRF');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: c.cookie, 'x-csrf-token': 'bukan-token' } });
    expect(wrong.statusCode).toBe(403);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('logout ends the session in the database', async () => {
    const c = await login(t.app, t.fx.u.stafA!);
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('an expired session is refused', async () => {
    const c = await login(t.app, t.fx.u.stafB!);
    const before = t.clock.now;
    t.clock.now = new Date(before.getTime() + 13 * 3_600_000);
    try {
      expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    } finally {
      t.clock.now = before;
    }
  });
});

describe('password change and admin reset', () => {
  it('changes the own password: old one checked, weak refused, other sessions signed out', async () => {
    const a = await login(t.app, t.fx.u.kadisDik!);
    const other = await login(t.app, t.fx.u.kadisDik!);
    const wrongOld = await a.post('/api/v1/auth/password', { passwordLama: 'bukan-ini-123', passwordBaru: 'Baru-Sekali-2026' });
    expect(wrongOld.statusCode).toBe(400);
    expect(wrongOld.json().code).toBe('AUTH.PASSWORD_LAMA_SALAH');
    const short = await a.post('/api/v1/auth/password', { passwordLama: FIXTURE_PASSWORD, passwordBaru: 'pendek' });
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toMatch(/minimal 10 karakter/);
    const weak = await a.post('/api/v1/auth/password', { passwordLama: FIXTURE_PASSWORD, passwordBaru: 'aaaaaaaaaaaa' });
    expect(weak.json().code).toBe('AUTH.PASSWORD_LEMAH');
    expect((await a.post('/api/v1/auth/password', { passwordLama: FIXTURE_PASSWORD, passwordBaru: 'Baru-Sekali-2026' })).statusCode).toBe(204);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: t.fx.u.kadisDik, password: FIXTURE_PASSWORD })).statusCode).toBe(401);
    expect((await post('/api/v1/auth/login', { username: t.fx.u.kadisDik, password: 'Baru-Sekali-2026' })).statusCode).toBe(200);
  });

  it('admin resets a password: the user must change it before doing anything else', async () => {
    const admin = await login(t.app, t.fx.u.analis!);
    const victimBefore = await login(t.app, t.fx.u.stafD!);
    const list = await admin.get(`/api/v1/akun?q=${t.fx.u.stafD}`);
    expect(list.statusCode).toBe(200);
    const akunId = list.json().items[0].id as string;
    const reset = await admin.post(`/api/v1/akun/${akunId}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const temp = reset.json().passwordSementara as string;
    expect(temp).toHaveLength(14);
    expect((await victimBefore.get('/api/v1/auth/me')).statusCode).toBe(401); // sessions revoked
    const user = await login(t.app, t.fx.u.stafD!, temp);
    expect((await user.get('/api/v1/auth/me')).json().harusGantiPassword).toBe(true);
    const blocked = await user.get('/api/v1/pegawai/saya');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('AUTH.HARUS_GANTI_PASSWORD');
    expect((await user.post('/api/v1/auth/password', { passwordLama: temp, passwordBaru: 'Sandi-Pilihan-Sendiri-1' })).statusCode).toBe(204);
    expect((await user.get('/api/v1/pegawai/saya')).statusCode).toBe(200);
  });

  it('only admin BKPPD of the same instansi may reset', async () => {
    const pegawai = await login(t.app, t.fx.u.stafA!);
    const res = await pegawai.get('/api/v1/akun');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('AKSES.DITOLAK');
    const foreignAdmin = await login(t.app, t.fx.u.asing!);
    const admin = await login(t.app, t.fx.u.analis!);
    const akunId = (await admin.get(`/api/v1/akun?q=${t.fx.u.stafB}`)).json().items[0].id as string;
    const cross = await foreignAdmin.post(`/api/v1/akun/${akunId}/reset-password`);
    expect(cross.statusCode).toBe(404);
    expect((await admin.post('/api/v1/akun/not-a-uuid/reset-password')).statusCode).toBe(400);
  });
});

describe('platform', () => {
  it('health reports the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { dialect: t.database.dialect, ok: true } });
  });

  it('OpenAPI lists the routes and the docs page is served', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.0.3');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/pegawai/{id}', '/api/v1/audit/verifikasi']));
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('unknown API routes are 404 JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('SISTEM.TIDAK_ADA_RUTE');
  });

  it('the public info has no demo accounts outside demo mode', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/info' });
    expect(res.json()).toMatchObject({ demo: false, akunDemo: [], passwordDemo: null });
  });

  it('a route that does not declare who may call it stops the app at start-up', async () => {
    const { buildApp } = await import('../../app.ts');
    const app = await buildApp({ ctx: t.ctx, logLevel: 'silent' });
    try {
      expect(() => app.get('/api/v1/lupa-akses', async () => ({}))).toThrow(/does not declare config.akses/);
    } finally {
      await app.close();
    }
  });

  it('sessionCookieOf helper fails loudly without a cookie', () => {
    expect(() => sessionCookieOf({ cookies: [], statusCode: 401, body: '' } as never)).toThrow(/no session cookie/);
  });
});

describe('per-IP login rate limit', () => {
  it('answers 429 AUTH.TERLALU_SERING past the limit', async () => {
    const limited = await createTestApp({ loginPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `u${i}`, password: 'x' } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

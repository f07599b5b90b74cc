import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig (DESIGN.md "Configuration")', () => {
  it('defaults: port 3000, SQLite in ./data, demo data seeded, insecure cookies for http://localhost', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toMatchObject({ kind: 'sqlite' });
    expect(c.database.kind === 'sqlite' && c.database.file.endsWith('/data/kinerja.db')).toBe(true);
    expect(c.seedDemo).toBe(true);
    expect(c.secureCookies).toBe(false);
  });
  it('DATABASE_URL selects PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
  });
  it('KINERJA_PUBLIC_URL is kept without a trailing slash', () => {
    expect(loadConfig({ KINERJA_PUBLIC_URL: 'https://kinerja.kupangkota.go.id/' }).publicUrl).toBe('https://kinerja.kupangkota.go.id');
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });
  it('production never seeds demo data and sends Secure cookies', () => {
    const c = loadConfig({ NODE_ENV: 'production' });
    expect(c.seedDemo).toBe(false);
    expect(c.secureCookies).toBe(true);
  });
  it.each([
    [{ NODE_ENV: 'production', KINERJA_DEMO: '1' }, /tidak diizinkan/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL harus diawali postgres/],
    [{ PORT: 'abc' }, /PORT/],
    [{ KINERJA_ADMIN_PASSWORD: 'pendek' }, /minimal 12 karakter/],
    [{ KINERJA_PUBLIC_URL: 'kinerja.kupangkota.go.id' }, /KINERJA_PUBLIC_URL harus alamat lengkap/],
  ])('refuses %o with a message that says what to fix', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

// Starts Kinerja for the browser tests on a fresh temporary data directory (demo data seeded on start).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-e2e-'));
process.env.KINERJA_DATA_DIR = dir;
delete process.env.DATABASE_URL;
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
await import('../../server/src/main.ts');

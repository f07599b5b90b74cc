// `npm test`: every suite, in order — typecheck, lint, dependency boundaries, unit + API tests (SQLite, and
// PostgreSQL when TEST_DATABASE_URL is set), the web build and the browser journeys (when Chromium is installed).
// Ends with one line `N passed, N failed` that totals every suite. In CI (CI=true) nothing may be skipped: a missing
// PostgreSQL or Chromium is a failure, not a silent skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const requireBrowser = ci || process.env.KINERJA_REQUIRE_BROWSER === '1';
const chromium = process.env.KINERJA_CHROMIUM ?? '/usr/bin/chromium';
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-test-'));
const env = { ...process.env, TZ: 'UTC', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

type Tally = { passed: number; failed: number; skipped: number };
const rows: { suite: string; tally: Tally; note?: string }[] = [];

function run(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): number {
  process.stdout.write(`\n▶ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return r.status ?? 1;
}
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
function check(suite: string, cmd: string, args: string[]) {
  const ok = run(cmd, args) === 0;
  rows.push({ suite, tally: { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 } });
}

check('typecheck (server, domain, contracts, tests)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('typecheck (web)', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
check('dependency boundaries', bin('depcruise'), ['--config', '.dependency-cruiser.cjs', 'domain', 'contracts', 'server', 'web/src', 'tests', 'bench', 'scripts']);

// unit + API tests
if (!process.env.TEST_DATABASE_URL) {
  const msg = 'TEST_DATABASE_URL is not set: the PostgreSQL API tests do not run';
  if (ci) rows.push({ suite: 'api-postgres', tally: { passed: 0, failed: 1, skipped: 0 }, note: `${msg} (required in CI)` });
  else rows.push({ suite: 'api-postgres', tally: { passed: 0, failed: 0, skipped: 0 }, note: `${msg} — set it to include them` });
}
const vitestJson = path.join(outDir, 'vitest.json');
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
  const j = JSON.parse(fs.readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number };
  rows.push({
    suite: 'vitest (unit, api-sqlite' + (process.env.TEST_DATABASE_URL ? ', api-postgres)' : ')'),
    tally: { passed: j.numPassedTests, failed: j.numFailedTests + j.numFailedTestSuites + (vitestStatus !== 0 && j.numFailedTests === 0 && j.numFailedTestSuites === 0 ? 1 : 0), skipped: j.numPendingTests + j.numTodoTests },
  });
} else {
  rows.push({ suite: 'vitest', tally: { passed: 0, failed: 1, skipped: 0 }, note: 'vitest produced no report' });
}

// browser journeys
if (!fs.existsSync(chromium)) {
  const msg = `Chromium not found at ${chromium}: the browser journeys do not run (apt-get install chromium)`;
  rows.push({ suite: 'browser (playwright)', tally: { passed: 0, failed: requireBrowser ? 1 : 0, skipped: 0 }, note: requireBrowser ? `${msg} — required in CI` : msg });
} else {
  check('web build', 'npm', ['run', '--silent', 'build:web']);
  const pwJson = path.join(outDir, 'playwright.json');
  const status = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson, KINERJA_CHROMIUM: chromium });
  if (fs.existsSync(pwJson)) {
    const s = (JSON.parse(fs.readFileSync(pwJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
    rows.push({ suite: 'browser (playwright)', tally: { passed: s.expected + s.flaky, failed: s.unexpected + (status !== 0 && s.unexpected === 0 ? 1 : 0), skipped: s.skipped } });
  } else {
    rows.push({ suite: 'browser (playwright)', tally: { passed: 0, failed: 1, skipped: 0 }, note: 'playwright produced no report' });
  }
}

const total = rows.reduce((a, r) => ({ passed: a.passed + r.tally.passed, failed: a.failed + r.tally.failed, skipped: a.skipped + r.tally.skipped }), { passed: 0, failed: 0, skipped: 0 });
if (ci && total.skipped > 0) {
  rows.push({ suite: 'no skipped tests in CI', tally: { passed: 0, failed: 1, skipped: 0 }, note: `${total.skipped} test(s) skipped` });
  total.failed += 1;
}
process.stdout.write('\nSummary\n');
for (const r of rows) {
  process.stdout.write(`  ${r.suite.padEnd(52)} ${String(r.tally.passed).padStart(5)} passed ${String(r.tally.failed).padStart(3)} failed${r.tally.skipped ? ` ${r.tally.skipped} skipped` : ''}${r.note ? `  (${r.note})` : ''}\n`);
}
process.stdout.write(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`);
process.exit(total.failed > 0 ? 1 : 0);

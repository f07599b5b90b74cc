// Browser journeys with Debian's Chromium (browsers are never downloaded). The app runs on a fresh SQLite data
// directory with the demo instansi seeded, exactly as `npm start` would serve it.
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.KINERJA_E2E_PORT ?? 3111);
const chromium = process.env.KINERJA_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } }, testIgnore: /phone|siklus/ },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, testMatch: /phone/ },
    // the evaluation cycle continues from the SKP the phone journey approved (one shared demo server per run)
    { name: 'siklus', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } }, testMatch: /siklus/, dependencies: ['desktop', 'phone'] },
  ],
  webServer: {
    command: `node --import tsx tests/e2e/serve.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    env: { PORT: String(port), KINERJA_ADMIN_PASSWORD: 'Admin-E2E-Kinerja-2026', KINERJA_LOG_LEVEL: 'warn' },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});

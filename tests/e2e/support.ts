// Shared pieces of the browser journeys: the demo accounts (read from /api/v1/info, never hard-coded), logging in
// through the form, screenshots under test-results/screenshots/, and a console watch that fails a test on any
// browser console error or uncaught page error it did not announce as expected.
import path from 'node:path';
import { test as base, expect, type APIRequestContext, type ConsoleMessage, type Page, type TestInfo } from '@playwright/test';
import type { PublicInfo } from '../../contracts/auth.ts';
import type { Peran } from '../../contracts/common.ts';

export { expect };

export type DemoAkun = PublicInfo['akunDemo'][number];

export const PASSWORD_DEMO = 'Demo-Kupang-2026';

/** Every menu entry of web/src/app/menu.ts, in menu order. */
export const MENU_TEST_IDS = [
  'menu-aktivitas',
  'menu-skp',
  'menu-penilaian',
  'menu-beranda',
  'menu-dasbor',
  'menu-profil',
  'menu-antrian',
  'menu-persetujuan-skp',
  'menu-penilaian-bawahan',
  'menu-keberatan',
  'menu-monitoring-aktivitas',
  'menu-monitoring-skp',
  'menu-perjanjian-kinerja',
  'menu-kalibrasi',
  'menu-tindak-lanjut',
  'menu-bawahan',
  'menu-pegawai-opd',
  'menu-struktur-opd',
  'menu-data-pegawai',
  'menu-unit-kerja',
  'menu-jabatan',
  'menu-impor',
  'menu-periode-skp',
  'menu-periode-penilaian',
  'menu-pengaturan-aktivitas',
  'menu-akun',
  'menu-penilai',
  'menu-audit',
  'menu-ganti-password',
] as const;
export type MenuTestId = (typeof MENU_TEST_IDS)[number];

export async function publicInfo(request: APIRequestContext): Promise<PublicInfo> {
  const res = await request.get('/api/v1/info');
  expect(res.status(), 'GET /api/v1/info').toBe(200);
  const info = (await res.json()) as PublicInfo;
  expect(info.demo, 'the e2e server runs the demo instansi').toBe(true);
  expect(info.passwordDemo).toBe(PASSWORD_DEMO);
  return info;
}

export async function demoAkun(request: APIRequestContext, peran: Peran): Promise<DemoAkun> {
  const info = await publicInfo(request);
  const akun = info.akunDemo.find((a) => a.peran === peran);
  if (!akun) throw new Error(`no demo account for peran ${peran} in /api/v1/info`);
  return akun;
}

/** Fills and submits the login form of the page currently shown (does not navigate). */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByTestId('login-form');
  await expect(form).toBeVisible();
  await form.getByTestId('login-username').fill(username);
  await form.getByTestId('login-password').fill(password);
  await form.getByTestId('login-submit').click();
}

/** Opens /masuk, logs in and waits until the signed-in frame (with its menu) is shown. */
export async function login(page: Page, username: string, password = PASSWORD_DEMO): Promise<void> {
  await page.goto('/masuk');
  await submitLogin(page, username, password);
  await expect(page).not.toHaveURL(/\/masuk/);
  await expect(page.getByTestId('logout-button')).toBeVisible();
}

/** Logs out with the header button and checks that the session is really gone. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout-button').click();
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByTestId('login-form')).toBeVisible();
}

/** Digits only: NIPs are displayed with spaces ("19860926 201505 1 001"). */
export function digits(text: string | null): string {
  return (text ?? '').replace(/\D/g, '');
}

// The typecheck of tests/ runs without the DOM library (it is shared with the server), so code that runs inside
// the page reaches the document through globalThis and names only the little of the DOM it uses.
type Rect = { left: number; right: number; width: number };
type El = { tagName: string; parentElement: El | null; getAttribute(name: string): string | null; getBoundingClientRect(): Rect; querySelectorAll(selector: string): Iterable<El> };
type Doc = {
  documentElement: El & { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): El | null;
  getAnimations(): Array<{ playState: string; effect: { getTiming(): { iterations?: number | null } } | null }>;
};
type BrowserGlobals = { document: Doc };

/** Waits until no finite CSS transition/animation is running (e.g. the phone drawer sliding in). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (globalThis as unknown as BrowserGlobals).document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
}

/** Full-page screenshot saved as test-results/screenshots/<name>.png and attached to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await settled(page);
  const file = path.join(path.dirname(testInfo.project.outputDir), 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** The page's horizontal overflow: scrollWidth of the document against the viewport width. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as BrowserGlobals).document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/** Elements inside `selector` that stick out of [0, width] horizontally, described as `tag[testid] left–right`. */
export async function elementsOutside(page: Page, selector: string, width: number): Promise<string[]> {
  return page.evaluate(
    ([sel, w]) => {
      const container = (globalThis as unknown as BrowserGlobals).document.querySelector(sel);
      if (!container) return [`${sel} not found`];
      const out: string[] = [];
      const win = globalThis as unknown as { getComputedStyle(e: El): { overflowX: string } };
      // inside a horizontal scroller that itself fits the screen (a swipeable row of chips), being off-screen is the
      // design, not an overflow of the page
      const clippedByScroller = (el: El): boolean => {
        for (let p = el.parentElement; p && p !== container.parentElement; p = p.parentElement) {
          const ox = win.getComputedStyle(p).overflowX;
          if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') {
            const pr = p.getBoundingClientRect();
            if (pr.left >= -0.5 && pr.right <= w + 0.5) return true;
          }
        }
        return false;
      };
      for (const el of container.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5) && !clippedByScroller(el)) {
          out.push(`${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? ''}] ${Math.round(r.left)}–${Math.round(r.right)}`);
        }
      }
      return out;
    },
    [selector, width] as const,
  );
}

type ExpectedFailure = { status: number; url: RegExp };

/**
 * Collects console errors and uncaught exceptions of the page. A request the test makes fail on purpose (e.g. a
 * wrong password answered 401) is announced with `expectFailedRequest`; Chromium's "Failed to load resource" line
 * for exactly that request is then ignored. Anything else fails the test when it ends.
 */
export class ConsoleWatch {
  readonly errors: string[] = [];
  private readonly expected: ExpectedFailure[] = [];

  constructor(page: Page) {
    page.on('console', (msg) => this.onConsole(msg));
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.message}`));
  }

  expectFailedRequest(status: number, url: RegExp): void {
    this.expected.push({ status, url });
  }

  private onConsole(msg: ConsoleMessage): void {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const url = msg.location().url ?? '';
    const network = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(text);
    if (network && this.expected.some((e) => e.status === Number(network[1]) && e.url.test(url))) return;
    this.errors.push(url ? `${text} (${url})` : text);
  }
}

export const test = base.extend<{ consoleWatch: ConsoleWatch }>({
  consoleWatch: [
    async ({ page }, use) => {
      const watch = new ConsoleWatch(page);
      await use(watch);
      expect(watch.errors, 'browser console errors').toEqual([]);
    },
    { auto: true },
  ],
});

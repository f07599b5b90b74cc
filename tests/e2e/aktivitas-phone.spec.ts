// Aktivitas harian on a phone (390×844, project "phone"; issue "Aktivitas harian and real-time supervision"):
// (a) the pegawai logs an activity with a photo and sees it diajukan; (b) the atasan, with the queue open in another
// browser, sees it appear without reloading (SSE) and approves it; the pegawai sees it disetujui, live as well;
// (c) written offline it waits on the phone as "menunggu dikirim" and reaches the server exactly once when the
// connection returns. Independence: each journey uses its own random hour-slot of today, far from the other
// journeys' times, and a unique text; nothing needs cleaning up.
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { tanggalWita } from '../../domain/kalender.ts';
import { demoAkun, elementsOutside, expect, horizontalOverflow, login, screenshot, test } from './support.ts';

const PHONE = { width: 390, height: 844 };

/** A small valid PNG (a coloured square) — what a phone camera hands to the file input. */
function png(size = 48, rgb: [number, number, number] = [11, 92, 122]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A 30-minute slot inside [fromHour, toHour) of today, on a 5-minute grid, random per run. */
function slot(fromHour: number, toHour: number): { mulai: string; selesai: string } {
  const steps = ((toHour - fromHour) * 60 - 30) / 5;
  const start = fromHour * 60 + 5 * Math.floor(Math.random() * steps);
  return { mulai: jam(start), selesai: jam(start + 30) };
}

async function phoneContext(browser: Browser) {
  return browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
}

/** Opens "Aktivitas" through the phone's burger menu (the first entry of a pegawai's menu). */
async function bukaAktivitas(page: Page): Promise<void> {
  await page.getByTestId('nav-burger').click();
  const menu = page.getByTestId('menu');
  await expect(menu.getByRole('link').first()).toHaveAttribute('data-testid', 'menu-aktivitas');
  await page.getByTestId('menu-aktivitas').click();
  await expect(page).toHaveURL(/\/aktivitas$/);
  await expect(page.getByTestId('aktivitas-saya')).toBeVisible();
}

async function isiForm(page: Page, s: { mulai: string; selesai: string }, uraian: string): Promise<void> {
  const form = page.getByTestId('aktivitas-form');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('aktivitas-tanggal')).toHaveValue(tanggalWita(new Date()));
  await expect(form.getByTestId('aktivitas-rhk')).toBeDisabled();
  await form.getByTestId('aktivitas-jam-mulai').fill(s.mulai);
  await form.getByTestId('aktivitas-jam-selesai').fill(s.selesai);
  await form.getByTestId('aktivitas-uraian').fill(uraian);
}

async function tanpaOverflow(page: Page, container: string): Promise<void> {
  expect((await horizontalOverflow(page)).scrollWidth, 'document scrollWidth').toBeLessThanOrEqual(PHONE.width);
  expect(await elementsOutside(page, container, PHONE.width), `elements of ${container} outside the screen`).toEqual([]);
}

test('pegawai logs an activity with a photo; the atasan sees it live and approves it', async ({ page, browser, request }, testInfo) => {
  const pegawai = await demoAkun(request, 'pegawai');
  const atasan = await demoAkun(request, 'atasan');
  const s = slot(13, 16);
  const uraian = `Menyusun rekap posyandu ${Date.now().toString(36)}`;

  // the atasan's queue, open in another browser before the pegawai submits
  const atasanContext = await phoneContext(browser);
  const atasanPage = await atasanContext.newPage();
  await test.step('atasan opens Persetujuan aktivitas', async () => {
    await login(atasanPage, atasan.username);
    await atasanPage.getByTestId('nav-burger').click();
    await atasanPage.getByTestId('menu-antrian').click();
    await expect(atasanPage).toHaveURL(/\/aktivitas\/antrian$/);
    await expect(atasanPage.getByTestId('antrian-live')).toHaveAttribute('data-status', 'terhubung');
    // a marker that a reload would wipe out
    await atasanPage.evaluate(() => ((globalThis as unknown as { tanpaReload: boolean }).tanpaReload = true));
  });

  let aktivitasId = '';
  await test.step('pegawai logs an activity with a photo from the camera', async () => {
    await login(page, pegawai.username);
    await expect(page.getByTestId('aktivitas-hari-ini')).toBeVisible();
    await bukaAktivitas(page);
    await screenshot(page, testInfo, 'aktivitas-phone-hari');
    await page.getByTestId('aktivitas-catat').click();
    await isiForm(page, s, uraian);
    await page.getByTestId('aktivitas-volume').fill('1');
    await page.getByTestId('aktivitas-satuan').fill('laporan');
    await page.getByTestId('aktivitas-kamera').setInputFiles({ name: 'foto-posyandu.png', mimeType: 'image/png', buffer: png() });
    await expect(page.getByTestId('aktivitas-lampiran-item')).toHaveCount(1);
    await screenshot(page, testInfo, 'aktivitas-phone-form');
    await tanpaOverflow(page, '[data-testid="aktivitas-form"]');
    await page.getByTestId('aktivitas-simpan').click();
    await expect(page.getByTestId('aktivitas-form')).toHaveCount(0);

    const item = page.getByTestId('aktivitas-item').filter({ hasText: uraian });
    await expect(item).toHaveAttribute('data-status', 'diajukan');
    await expect(item.getByTestId('aktivitas-jam')).toHaveText(`${s.mulai}–${s.selesai}`);
    await expect(item.getByTestId('bukti-foto')).toHaveCount(1);
    aktivitasId = (await item.getAttribute('data-id')) ?? '';
    expect(aktivitasId).not.toBe('');
    await tanpaOverflow(page, '[data-testid="aktivitas-saya"]');
    await screenshot(page, testInfo, 'aktivitas-phone-diajukan');
  });

  await test.step('atasan sees it appear without reloading and approves it', async () => {
    const item = atasanPage.locator(`[data-testid="aktivitas-item"][data-id="${aktivitasId}"]`);
    await expect(item).toBeVisible();
    await expect(item).toContainText(uraian);
    await expect(item.getByTestId('aktivitas-baru')).toBeVisible();
    expect(await atasanPage.evaluate(() => (globalThis as unknown as { tanpaReload?: boolean }).tanpaReload)).toBe(true);
    await screenshot(atasanPage, testInfo, 'aktivitas-phone-antrian');
    await item.getByTestId('antrian-pilih').check();
    await expect(atasanPage.getByTestId('antrian-setujui')).toHaveText(/Setujui \(1\)/);
    await atasanPage.getByTestId('antrian-setujui').click();
    await expect(item).toHaveCount(0);
  });

  await test.step('pegawai sees it disetujui (live)', async () => {
    const item = page.locator(`[data-testid="aktivitas-item"][data-id="${aktivitasId}"]`);
    await expect(item).toHaveAttribute('data-status', 'disetujui');
    await expect(item.getByTestId('aktivitas-status')).toHaveText('Disetujui');
    // approved minutes count towards the day's target
    expect(Number(await page.getByTestId('aktivitas-progres-hari').getAttribute('data-disetujui'))).toBeGreaterThanOrEqual(30);
    // approved: no edit, withdraw or delete any more
    await expect(item.getByTestId('aktivitas-ubah')).toHaveCount(0);
    await expect(item.getByTestId('aktivitas-hapus')).toHaveCount(0);
    await screenshot(page, testInfo, 'aktivitas-phone-disetujui');
  });

  await atasanContext.close();
});

test('written offline, the activity waits on the phone and syncs exactly once', async ({ page, context, request }, testInfo) => {
  const pegawai = await demoAkun(request, 'pegawai');
  const s = slot(17, 21);
  const uraian = `Kunjungan lapangan luring ${Date.now().toString(36)}`;
  const hariIni = tanggalWita(new Date());
  const jumlahDiServer = async () => {
    const res = await page.request.get(`/api/v1/aktivitas?dari=${hariIni}&sampai=${hariIni}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: Array<{ uraian: string }> };
    return body.items.filter((a) => a.uraian === uraian).length;
  };

  // requests of the API still in flight (the event stream excepted): going offline while the page is still loading
  // its lists would fail those requests, which is not what this journey tests
  const diJalan = new Set<object>();
  const api = (url: string) => url.includes('/api/v1/') && !url.includes('/stream');
  page.on('request', (r) => api(r.url()) && diJalan.add(r));
  page.on('requestfinished', (r) => diJalan.delete(r));
  page.on('requestfailed', (r) => diJalan.delete(r));

  await login(page, pegawai.username);
  await bukaAktivitas(page);

  await test.step('offline: log it, it waits as "menunggu dikirim"', async () => {
    await expect.poll(() => diJalan.size, { message: 'the page finished loading before going offline' }).toBe(0);
    await context.setOffline(true);
    await expect(page.getByTestId('aktivitas-offline')).toBeVisible();
    await page.getByTestId('aktivitas-catat').click();
    await isiForm(page, s, uraian);
    await expect(page.getByTestId('aktivitas-form-offline')).toBeVisible();
    await page.getByTestId('aktivitas-simpan').click();
    await expect(page.getByTestId('aktivitas-form')).toHaveCount(0);
    const tertunda = page.getByTestId('aktivitas-tertunda').filter({ hasText: uraian });
    await expect(tertunda).toBeVisible();
    await expect(tertunda.getByTestId('aktivitas-status')).toHaveText('Menunggu dikirim');
    await screenshot(page, testInfo, 'aktivitas-phone-luring');
  });

  await test.step('nothing reached the server while offline', async () => {
    // the API request context of the test is not the browser: it still reaches the server
    expect(await jumlahDiServer()).toBe(0);
    await context.setOffline(false);
  });

  await test.step('online again: it is sent once and shows as diajukan', async () => {
    const item = page.getByTestId('aktivitas-item').filter({ hasText: uraian });
    await expect(item).toHaveAttribute('data-status', 'diajukan');
    await expect(page.getByTestId('aktivitas-tertunda').filter({ hasText: uraian })).toHaveCount(0);
    expect(await jumlahDiServer()).toBe(1);
    // going offline and online again sends nothing twice
    await context.setOffline(true);
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByTestId('aktivitas-item').filter({ hasText: uraian })).toHaveCount(1);
    expect(await jumlahDiServer()).toBe(1);
  });
});

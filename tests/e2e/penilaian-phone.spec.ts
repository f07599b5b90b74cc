// Penilaian on phones (390×844, project "phone"; issue 6, DOMAIN.md §2.3): a staf of the demo seksi whose SKP is
// approved opens "Penilaian saya" from the menu, opens the tahunan evaluation, enters the realisasi of every indicator,
// looks at the evidence picker, writes the refleksi and submits; the atasan, on a phone too, finds the record in
// "Penilaian bawahan", judges every RHK, gives both ratings and rates it (predikat Baik). Nothing sticks out of the
// screen sideways on any of the pages. Independence: it works on the tahunan period of a staf who is not the demo
// pegawai, so the running quarter (the "siklus" journey) and the SKP journeys are untouched.
import type { Browser, Page } from '@playwright/test';
import { ConsoleWatch, demoAkun, elementsOutside, expect, horizontalOverflow, login, screenshot, test } from './support.ts';

const PHONE = { width: 390, height: 844 };

type Periode = { id: string; jenis: string; nama: string };
type Bawahan = { items: { pegawai: { pegawaiId: string; nama: string; nip: string | null }; skpId: string | null; penilaianId: string | null }[] };
type Detail = { id: string; status: string; predikat: string | null; rhk: { id: string; indikator: { id: string; targetAngka: number | null }[] }[] };

async function phoneContext(browser: Browser) {
  return browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
}

async function json<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), `GET ${url}`).toBe(200);
  return (await res.json()) as T;
}

async function pasDiLayar(page: Page): Promise<void> {
  const { scrollWidth } = await horizontalOverflow(page);
  expect(scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(PHONE.width);
  expect(await elementsOutside(page, 'main', PHONE.width), 'elements of main outside the screen').toEqual([]);
}

test('a staf submits the tahunan realisasi on a phone; the atasan rates it on a phone', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(150_000);
  const pegawaiDemo = await demoAkun(request, 'pegawai');
  const atasan = await demoAkun(request, 'atasan');
  const atasanContext = await phoneContext(browser);
  const atasanPage = await atasanContext.newPage();
  const atasanWatch = new ConsoleWatch(atasanPage);
  await login(atasanPage, atasan.username);

  const tahunan = (await json<Periode[]>(atasanPage, '/api/v1/penilaian/periode')).find((p) => p.jenis === 'tahunan')!;
  const bawahan = await json<Bawahan>(atasanPage, `/api/v1/penilaian/bawahan?periodeId=${tahunan.id}`);
  const staf = bawahan.items.find((i) => i.skpId && !i.penilaianId && i.pegawai.nip && i.pegawai.nip !== pegawaiDemo.username);
  expect(staf, 'a staf of the demo seksi with an approved SKP and no tahunan evaluation yet').toBeDefined();
  let d: Detail;

  await test.step('staf: menu → "Penilaian saya" → the tahunan period → realisasi, evidence picker, refleksi → submit', async () => {
    await login(page, staf!.pegawai.nip!);
    await page.getByTestId('nav-burger').click();
    await page.getByTestId('menu-penilaian').click();
    await expect(page).toHaveURL(/\/penilaian$/);
    const kartu = page.getByTestId('penilaian-periode').filter({ hasText: tahunan.nama });
    await expect(kartu).toBeVisible();
    await pasDiLayar(page);
    await screenshot(page, testInfo, 'penilaian-phone-01-saya');
    await kartu.getByTestId('penilaian-buka').click();
    await expect(page).toHaveURL(/\/penilaian\/[0-9a-f-]{36}$/);
    d = await json<Detail>(page, `/api/v1/penilaian/${page.url().split('/').pop()!}`);
    expect(d.status).toBe('draft');
    const pertama = d.rhk[0]!.indikator[0]!.id;
    await page.getByTestId(`bukti-pilih-${pertama}`).click();
    // the demo's aktivitas were logged before the SKP existed: none is linked to an RHK, so the picker says so
    await expect(page.getByTestId('bukti-kosong')).toBeVisible();
    await expect(page.getByTestId('bukti-simpan')).toBeDisabled();
    await screenshot(page, testInfo, 'penilaian-phone-02-bukti');
    await page.getByTestId('bukti-batal').click();
    await expect(page.getByTestId('bukti-kosong')).toHaveCount(0);
    for (const r of d.rhk) for (const k of r.indikator) await page.getByTestId(`realisasi-angka-${k.id}`).fill(String(k.targetAngka ?? 1));
    await page.getByTestId('refleksi').fill('Seluruh target tahunan tercapai; pelaporan puskesmas makin tepat waktu.');
    await pasDiLayar(page);
    await page.getByTestId('penilaian-ajukan').click();
    await expect.poll(async () => (await json<Detail>(page, `/api/v1/penilaian/${d.id}`)).status).toBe('diajukan');
    await screenshot(page, testInfo, 'penilaian-phone-03-diajukan');
  });

  await test.step('atasan: "Penilaian bawahan" → the record → judgements and ratings → rated Baik', async () => {
    await atasanPage.goto(`/penilaian-bawahan?periode=${tahunan.id}`);
    const baris = atasanPage.getByTestId('penilaian-bawahan-row').filter({ hasText: staf!.pegawai.nama });
    await expect(baris).toBeVisible();
    await pasDiLayar(atasanPage);
    await baris.getByTestId('penilaian-bawahan-buka').click();
    await expect(atasanPage).toHaveURL(new RegExp(`/penilaian-bawahan/${d.id}$`));
    for (const r of d.rhk) await atasanPage.getByTestId(`rhk-penilaian-${r.id}-sesuai`).click();
    await atasanPage.getByTestId('rating-hasil-kerja-sesuai').click();
    await atasanPage.getByTestId('rating-perilaku-kerja-sesuai').click();
    await expect(atasanPage.getByTestId('predikat-pratinjau')).toContainText('Baik');
    await pasDiLayar(atasanPage);
    await screenshot(atasanPage, testInfo, 'penilaian-phone-04-nilai');
    await atasanPage.getByTestId('penilaian-nilai').click();
    await expect.poll(async () => (await json<Detail>(atasanPage, `/api/v1/penilaian/${d.id}`)).status).toBe('dinilai');
    expect((await json<Detail>(atasanPage, `/api/v1/penilaian/${d.id}`)).predikat).toBe('baik');
    expect(atasanWatch.errors, 'atasan console errors').toEqual([]);
  });

  await test.step('staf: the result shows on the phone with the draft document link', async () => {
    await page.reload();
    await expect(page.getByTestId('penilaian-predikat')).toContainText('Baik');
    await expect(page.getByTestId('penilaian-pdf')).toBeVisible();
    await pasDiLayar(page);
    await screenshot(page, testInfo, 'penilaian-phone-05-hasil');
  });
  await atasanContext.close();
});

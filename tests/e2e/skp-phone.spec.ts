// SKP on phones (390×844, project "phone"; issue 4, DOMAIN.md §2.1): the demo pegawai (who has no SKP in the demo)
// opens "SKP saya", starts the SKP of the open period, writes one RHK utama linked to an RHK of the atasan with one
// kuantitas indicator (12 Dokumen) — the list of what blocks submission empties — and submits it. The atasan, in
// another browser, finds it in "Persetujuan SKP" and returns it with a note; the pegawai reads the note, adds a
// kualitas indicator and submits again; the atasan approves. The pegawai downloads the PDF, which carries a
// verification code that the public verification endpoint and page confirm. Statuses are checked on the badge
// (data-status) and through GET /api/v1/skp/:id. Independence: only the demo pegawai's SKP is written, and the
// e2e server seeds a fresh demo per run; no other journey touches it.
import type { Browser, Page } from '@playwright/test';
import type { z } from 'zod';
import type { SkpDetail, VerifikasiDokumen } from '../../contracts/skp.ts';
import { teksPdf } from '../../server/src/modules/dokumen/pdf-teks.ts';
import { ConsoleWatch, demoAkun, elementsOutside, expect, horizontalOverflow, login, screenshot, test } from './support.ts';

const PHONE = { width: 390, height: 844 };

async function phoneContext(browser: Browser) {
  return browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
}

async function bukaMenu(page: Page, testId: 'menu-skp' | 'menu-persetujuan-skp'): Promise<void> {
  await page.getByTestId('nav-burger').click();
  await page.getByTestId(testId).click();
}

/** The SKP as the server has it, read with the session of `page`. */
async function dariServer(page: Page, id: string): Promise<SkpDetail> {
  const res = await page.request.get(`/api/v1/skp/${id}`);
  expect(res.status(), `GET /api/v1/skp/${id}`).toBe(200);
  return (await res.json()) as SkpDetail;
}

/** Nothing sticks out of the phone screen sideways. */
async function pasDiLayar(page: Page, container: string): Promise<void> {
  const { scrollWidth } = await horizontalOverflow(page);
  expect(scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(PHONE.width);
  expect(await elementsOutside(page, container, PHONE.width), `elements of ${container} outside the screen`).toEqual([]);
}

test('pegawai writes and submits the SKP, the atasan returns it with a note, it is fixed, approved and printed with a verification code', async ({ page, browser, request }, testInfo) => {
  // two people, two browsers, four round trips and a PDF: more than the default budget of one test
  test.setTimeout(150_000);
  const pegawai = await demoAkun(request, 'pegawai');
  const atasan = await demoAkun(request, 'atasan');
  const kode = Date.now().toString(36);
  const uraianRhk = `Tersusunnya rekapitulasi laporan gizi balita bulanan ${kode}`;
  const uraianKuantitas = 'Jumlah rekapitulasi laporan gizi balita';
  const uraianKualitas = 'Persentase laporan tanpa revisi';
  const catatanAtasan = `Tambahkan indikator kualitas untuk RHK ini ${kode}`;

  const atasanContext = await phoneContext(browser);
  const atasanPage = await atasanContext.newPage();
  const atasanConsole = new ConsoleWatch(atasanPage);
  const rhk0 = page.getByTestId('rhk-0');

  let skpId = '';
  let pegawaiId = '';

  await test.step('pegawai opens "SKP saya" from the menu and starts the SKP of the open period', async () => {
    await login(page, pegawai.username);
    await bukaMenu(page, 'menu-skp');
    await expect(page).toHaveURL(/\/skp$/);
    const saya = (await (await page.request.get('/api/v1/skp/saya')).json()) as { skp: unknown[]; periodeTerbuka: Array<{ id: string; sudahAda: boolean }> };
    expect(saya.skp, 'the demo pegawai has no SKP yet').toEqual([]);
    expect(saya.periodeTerbuka.filter((p) => !p.sudahAda)).toHaveLength(1);
    await screenshot(page, testInfo, 'skp-phone-01-skp-saya');
    await page.getByTestId('skp-mulai').click();
    await expect(page).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);
    skpId = page.url().split('/').pop()!;
    await expect(page.getByTestId('skp-status')).toHaveAttribute('data-status', 'draft');
    const skp = await dariServer(page, skpId);
    expect(skp).toMatchObject({ status: 'draft', peranSaya: 'pemilik', pendekatan: 'kuantitatif', rhk: [], tanpaTautan: false });
    expect(skp.penilai?.nama).toBe(atasan.nama);
    expect(skp.masalah.map((m) => m.kode)).toContain('TANPA_RHK_UTAMA');
    pegawaiId = skp.pegawai.pegawaiId;
    // an empty SKP cannot be submitted yet: the screen says why
    await expect(page.getByTestId('skp-masalah')).toBeVisible();
    await screenshot(page, testInfo, 'skp-phone-02-draf-baru');
  });

  await test.step('pegawai writes one RHK utama linked to an RHK of the atasan, with 12 Dokumen as target', async () => {
    if ((await rhk0.count()) === 0) await page.getByTestId('skp-tambah-rhk').click();
    await expect(rhk0).toBeVisible();
    await page.getByTestId('rhk-0-jenis').selectOption('utama');
    await page.getByTestId('rhk-0-uraian').fill(uraianRhk);
    const tautan = page.getByTestId('rhk-0-tautan');
    // the first real choice: an RHK of the atasan's approved SKP (the demo atasan has one)
    const pilihan = (await tautan.locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value))).filter((v) => v !== '');
    expect(pilihan.length, 'RHK of the atasan offered for linking').toBeGreaterThan(0);
    await tautan.selectOption(pilihan[0]!);
    if ((await page.getByTestId('rhk-0-ind-0-aspek').count()) === 0) await page.getByTestId('rhk-0-tambah-indikator').click();
    await page.getByTestId('rhk-0-ind-0-aspek').selectOption('kuantitas');
    await page.getByTestId('rhk-0-ind-0-uraian').fill(uraianKuantitas);
    await page.getByTestId('rhk-0-ind-0-target-angka').fill('12');
    await page.getByTestId('rhk-0-ind-0-target-satuan').fill('Dokumen');
    // complete: nothing blocks submission any more
    await expect(page.getByTestId('skp-masalah')).toHaveCount(0);
    await pasDiLayar(page, 'main');
    await screenshot(page, testInfo, 'skp-phone-03-rhk-lengkap');
  });

  await test.step('pegawai submits (saves, then submits)', async () => {
    await page.getByTestId('skp-ajukan').click();
    await expect(page.getByTestId('skp-status')).toHaveAttribute('data-status', 'diajukan');
    const skp = await dariServer(page, skpId);
    expect(skp.status).toBe('diajukan');
    expect(skp.rhk).toHaveLength(1);
    expect(skp.rhk[0]).toMatchObject({ jenis: 'utama', uraian: uraianRhk });
    expect(skp.rhk[0]!.rhkAtasanId).not.toBeNull();
    expect(skp.rhk[0]!.rhkAtasanUraian).toBeTruthy();
    expect(skp.rhk[0]!.indikator.map((i) => [i.aspek, i.uraian, i.targetTeks])).toEqual([['kuantitas', uraianKuantitas, '12 Dokumen']]);
    expect(skp.masalah).toEqual([]);
    await screenshot(page, testInfo, 'skp-phone-04-diajukan');
  });

  await test.step('atasan finds it in "Persetujuan SKP" and opens it', async () => {
    await login(atasanPage, atasan.username);
    await bukaMenu(atasanPage, 'menu-persetujuan-skp');
    await expect(atasanPage).toHaveURL(/\/persetujuan-skp$/);
    const baris = atasanPage.getByTestId(`skp-menunggu-${pegawaiId}`);
    await expect(baris).toBeVisible();
    await expect(baris).toContainText(pegawai.nama.split(',')[0]!);
    await pasDiLayar(atasanPage, 'main');
    await screenshot(atasanPage, testInfo, 'skp-phone-05-antrian-atasan');
    await baris.click();
    await expect(atasanPage).toHaveURL(new RegExp(`/persetujuan-skp/${skpId}$`));
    await expect(atasanPage.getByTestId('skp-status')).toHaveAttribute('data-status', 'diajukan');
    await expect(atasanPage.getByTestId('tinjau-rhk-0')).toContainText(uraianRhk);
    await expect(atasanPage.getByTestId('tinjau-rhk-0')).toContainText('12 Dokumen');
    expect((await dariServer(atasanPage, skpId)).peranSaya).toBe('penilai');
    await pasDiLayar(atasanPage, 'main');
    await screenshot(atasanPage, testInfo, 'skp-phone-06-tinjau');
  });

  await test.step('atasan returns it with a note', async () => {
    await atasanPage.getByTestId('skp-kembalikan').click();
    const catatan = atasanPage.getByTestId('skp-catatan');
    await expect(catatan).toBeVisible();
    await catatan.fill(catatanAtasan);
    await screenshot(atasanPage, testInfo, 'skp-phone-07-kembalikan');
    await atasanPage.getByTestId('skp-konfirmasi').click();
    await expect(catatan).toHaveCount(0);
    // decided: back to the queue, where it no longer waits and the bawahan's row says "dikembalikan"
    await expect(atasanPage).toHaveURL(/\/persetujuan-skp$/);
    await expect(atasanPage.getByTestId(`skp-menunggu-${pegawaiId}`)).toHaveCount(0);
    await expect(atasanPage.getByTestId(`skp-bawahan-${pegawaiId}`)).toHaveAttribute('data-status', 'dikembalikan');
    expect(await dariServer(atasanPage, skpId)).toMatchObject({ status: 'dikembalikan', catatanPenilai: catatanAtasan });
    await screenshot(atasanPage, testInfo, 'skp-phone-07b-antrian-setelah-kembalikan');
  });

  await test.step('pegawai reads the note, adds a kualitas indicator and submits again', async () => {
    await page.reload();
    await expect(page.getByTestId('skp-status')).toHaveAttribute('data-status', 'dikembalikan');
    await expect(page.getByTestId('skp-catatan-penilai')).toContainText(catatanAtasan);
    await screenshot(page, testInfo, 'skp-phone-08-dikembalikan');
    await expect(page.getByTestId('rhk-0-uraian')).toHaveValue(uraianRhk);
    await page.getByTestId('rhk-0-tambah-indikator').click();
    await page.getByTestId('rhk-0-ind-1-aspek').selectOption('kualitas');
    await page.getByTestId('rhk-0-ind-1-uraian').fill(uraianKualitas);
    await page.getByTestId('rhk-0-ind-1-target-angka').fill('100');
    await page.getByTestId('rhk-0-ind-1-target-satuan').fill('%');
    await expect(page.getByTestId('skp-masalah')).toHaveCount(0);
    await pasDiLayar(page, 'main');
    await page.getByTestId('skp-ajukan').click();
    await expect(page.getByTestId('skp-status')).toHaveAttribute('data-status', 'diajukan');
    const skp = await dariServer(page, skpId);
    expect(skp.status).toBe('diajukan');
    expect(skp.rhk[0]!.indikator.map((i) => [i.aspek, i.targetTeks])).toEqual([
      ['kuantitas', '12 Dokumen'],
      ['kualitas', '100 %'],
    ]);
    await screenshot(page, testInfo, 'skp-phone-09-diajukan-lagi');
  });

  await test.step('atasan sees it back in the queue and approves it', async () => {
    // the queue is open on the atasan's phone since the return: reloading shows the resubmission
    await atasanPage.reload();
    await atasanPage.getByTestId(`skp-menunggu-${pegawaiId}`).click();
    await expect(atasanPage.getByTestId('skp-status')).toHaveAttribute('data-status', 'diajukan');
    await expect(atasanPage.getByTestId('tinjau-rhk-0')).toContainText(uraianKualitas);
    await atasanPage.getByTestId('skp-setujui').click();
    await expect(atasanPage).toHaveURL(/\/persetujuan-skp$/);
    await expect(atasanPage.getByTestId(`skp-menunggu-${pegawaiId}`)).toHaveCount(0);
    await expect(atasanPage.getByTestId(`skp-bawahan-${pegawaiId}`)).toHaveAttribute('data-status', 'disetujui');
    const skp = await dariServer(atasanPage, skpId);
    expect(skp.status).toBe('disetujui');
    expect(skp.disetujuiPada).not.toBeNull();
    await screenshot(atasanPage, testInfo, 'skp-phone-10-disetujui-atasan');
  });

  let kodeVerifikasi = '';
  await test.step('pegawai sees it approved and downloads the PDF with its verification code', async () => {
    await page.reload();
    await expect(page.getByTestId('skp-status')).toHaveAttribute('data-status', 'disetujui');
    await expect(page.getByTestId('skp-ajukan')).toHaveCount(0);
    await screenshot(page, testInfo, 'skp-phone-11-disetujui');
    const unduh = page.getByTestId('skp-unduh-pdf');
    await expect(unduh).toHaveAttribute('href', `/api/v1/skp/${skpId}/pdf`);
    // the file as the browser gets it (the page's session cookie)
    const res = await page.request.get(`/api/v1/skp/${skpId}/pdf`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/pdf/);
    const pdf = await res.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5 * 1024);
    // a cell's wrapped lines end in "·": joined again, the text reads as typed
    const teks = teksPdf(pdf).teks.replace(/·\s*/g, ' ').replace(/\s+/g, ' ');
    expect(teks).toContain(uraianRhk);
    expect(teks).toContain(`${uraianKuantitas} 12 Dokumen`);
    expect(teks).toContain(`${uraianKualitas} 100 %`);
    expect(teks).not.toContain('DRAF');
    const m = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(teks);
    expect(m, 'a verification code XXXX-XXXX-XXXX printed on the approved SKP').not.toBeNull();
    kodeVerifikasi = m![1]!;
    // the same document downloaded again carries the same code (one code per approved version)
    const lagi = teksPdf(await (await page.request.get(`/api/v1/skp/${skpId}/pdf`)).body()).teks;
    expect(lagi).toContain(kodeVerifikasi);
  });

  await test.step('the public verification confirms the code; an unknown code is refused', async () => {
    const publik = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    try {
      const res = await publik.request.get(`/api/v1/verifikasi/${kodeVerifikasi}`);
      expect(res.status()).toBe(200);
      const v = (await res.json()) as z.infer<typeof VerifikasiDokumen>;
      expect(v).toMatchObject({ jenis: 'skp', status: 'berlaku' });
      expect(v.pegawaiNama).toBe(pegawai.nama);
      expect(v.judul).toContain('SKP');
      const tidakAda = await publik.request.get('/api/v1/verifikasi/ZZZZ-ZZZZ-ZZZZ');
      expect(tidakAda.status()).toBe(404);
      expect(((await tidakAda.json()) as { code: string }).code).toBe('DOKUMEN.KODE_TIDAK_DIKENAL');

      const halaman = await publik.newPage();
      const watch = new ConsoleWatch(halaman);
      await halaman.goto(`/verifikasi/${kodeVerifikasi}`);
      await expect(halaman.getByTestId('verifikasi-hasil')).toHaveAttribute('data-status', 'berlaku');
      await expect(halaman.getByTestId('verifikasi-hasil')).toContainText(pegawai.nama);
      await pasDiLayar(halaman, 'body');
      await screenshot(halaman, testInfo, 'skp-phone-12-verifikasi');
      expect(watch.errors, 'public page console errors').toEqual([]);
    } finally {
      await publik.close();
    }
  });

  expect(atasanConsole.errors, 'atasan browser console errors').toEqual([]);
  await atasanContext.close();
});

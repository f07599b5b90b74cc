// The evaluation cycle in the browser (issue 6, DOMAIN.md §2.3–2.5, §2.7): the demo pegawai enters the realisasi of
// the running quarter and submits it; the atasan rates every RHK and both ratings (predikat Baik); the kepala dinas
// opens the calibration board of the seksi — its "Baik" kurva is broken (the demo seeds the seksi rated Baik or
// better) — tries a what-if move, then finalises with a written justification; the pegawai prints the finalised
// Dokumen Evaluasi and files a keberatan; the atasan pejabat penilai (the kepala bidang) changes both ratings; the
// pegawai sees Sangat Baik, and the re-issued PDF's code verifies as current while the first code reads superseded.
//
// Project "siklus" runs after the desktop and phone projects (playwright.config.ts): the SKP journey approves the demo
// pegawai's SKP there; run alone, this journey makes and approves one through the API first.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { teksPdf } from '../../server/src/modules/dokumen/pdf-teks.ts';
import { ConsoleWatch, demoAkun, expect, login, screenshot, test } from './support.ts';

type Periode = { id: string; jenis: string; nama: string; tanggalMulai: string; tanggalSelesai: string };
type Detail = {
  id: string;
  status: string;
  versi: number;
  predikat: string | null;
  pegawai: { nama: string; unit: string | null };
  atasanPenilai: { nip: string | null; nama: string } | null;
  rhk: { id: string; indikator: { id: string; targetAngka: number | null }[] }[];
};

const hariIniWita = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

async function konteks(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
}

async function json<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), `GET ${url}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

async function kirim(page: Page, method: 'post' | 'put', url: string, data: unknown): Promise<Record<string, unknown>> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  const res = await page.request[method](url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(res.status(), `${method.toUpperCase()} ${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

/** The demo pegawai's SKP of this year approved (made through the API when the SKP journey has not done it). */
async function pastikanSkpDisetujui(pegawaiPage: Page, atasanPage: Page): Promise<void> {
  const saya = await json<{ skp: { id: string; status: string }[]; periodeTerbuka: { id: string }[] }>(pegawaiPage, '/api/v1/skp/saya');
  if (saya.skp.some((s) => s.status === 'disetujui')) return;
  expect(saya.skp, 'the demo pegawai has no SKP yet (or an approved one)').toEqual([]);
  const skp = await kirim(pegawaiPage, 'post', '/api/v1/skp', { periodeId: saya.periodeTerbuka[0]!.id });
  const tautan = await json<{ rhkAtasan: { id: string }[] }>(pegawaiPage, `/api/v1/skp/${skp.id as string}/rhk-atasan`);
  const isi = await kirim(pegawaiPage, 'put', `/api/v1/skp/${skp.id as string}`, {
    versi: skp.versi,
    pendekatan: 'kuantitatif',
    rhk: [{ jenis: 'utama', uraian: 'Tersusunnya rekapitulasi laporan gizi balita bulanan', rhkAtasanId: tautan.rhkAtasan[0]!.id, indikator: [{ aspek: 'kuantitas', uraian: 'Jumlah rekapitulasi', targetAngka: 12, targetSatuan: 'Dokumen' }] }],
  });
  const ajukan = await kirim(pegawaiPage, 'post', `/api/v1/skp/${skp.id as string}/aksi`, { aksi: 'ajukan', versi: isi.versi });
  await kirim(atasanPage, 'post', `/api/v1/skp/${skp.id as string}/aksi`, { aksi: 'setujui', versi: ajukan.versi });
}

/** The Dokumen Evaluasi as printed now, and the verification code on it. */
async function unduhDokumen(page: Page, id: string): Promise<{ teks: string; kode: string }> {
  const res = await page.request.get(`/api/v1/penilaian/${id}/pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/pdf/);
  const teks = teksPdf(await res.body()).teks.replace(/·\s*/g, ' ').replace(/\s+/g, ' ');
  const m = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(teks);
  expect(m, 'a verification code on the finalised evaluation document').not.toBeNull();
  return { teks, kode: m![1]! };
}

test('the evaluation cycle: realisasi, rating, calibration with a justification, keberatan, a changed predikat and a re-issued document', async ({ page, browser, request }, testInfo) => {
  // five people, five browsers, two PDFs
  test.setTimeout(240_000);
  const pegawai = await demoAkun(request, 'pegawai');
  const atasan = await demoAkun(request, 'atasan');
  const pimpinan = await demoAkun(request, 'pimpinan_opd');
  const pegawaiWatch = new ConsoleWatch(page);

  const atasanContext = await konteks(browser);
  const atasanPage = await atasanContext.newPage();
  await login(page, pegawai.username);
  await login(atasanPage, atasan.username);
  await pastikanSkpDisetujui(page, atasanPage);

  const periode = (await json<Periode[]>(page, '/api/v1/penilaian/periode')).find((p) => p.jenis === 'triwulanan' && p.tanggalMulai <= hariIniWita() && hariIniWita() <= p.tanggalSelesai)!;
  expect(periode, 'the running quarter is an evaluation period of the demo').toBeDefined();
  let d: Detail;

  await test.step('pegawai: "Penilaian saya" → the running quarter → realisasi on every indicator → submit', async () => {
    await page.getByTestId('menu-penilaian').click();
    await expect(page).toHaveURL(/\/penilaian$/);
    const kartu = page.getByTestId('penilaian-periode').filter({ hasText: periode.nama });
    await expect(kartu).toBeVisible();
    await screenshot(page, testInfo, 'penilaian-01-saya');
    await kartu.getByTestId('penilaian-buka').click();
    await expect(page).toHaveURL(/\/penilaian\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    d = await json<Detail>(page, `/api/v1/penilaian/${id}`);
    expect(d.status).toBe('draft');
    for (const r of d.rhk) for (const k of r.indikator) await page.getByTestId(`realisasi-angka-${k.id}`).fill(String(k.targetAngka ?? 1));
    await page.getByTestId('refleksi').fill('Rekapitulasi selesai tepat waktu; dua puskesmas terlambat melapor.');
    await page.getByTestId('penilaian-simpan').click();
    await expect.poll(async () => (await json<Detail>(page, `/api/v1/penilaian/${id}`)).versi).toBeGreaterThan(d.versi);
    await page.getByTestId('penilaian-ajukan').click();
    await expect.poll(async () => (await json<Detail>(page, `/api/v1/penilaian/${id}`)).status).toBe('diajukan');
    await screenshot(page, testInfo, 'penilaian-02-diajukan');
  });

  await test.step('atasan: "Penilaian bawahan" → rates each RHK and both ratings Sesuai → predikat Baik', async () => {
    await atasanPage.goto(`/penilaian-bawahan?periode=${periode.id}`);
    const baris = atasanPage.getByTestId('penilaian-bawahan-row').filter({ hasText: pegawai.nama });
    await expect(baris).toBeVisible();
    await baris.getByTestId('penilaian-bawahan-buka').click();
    await expect(atasanPage).toHaveURL(new RegExp(`/penilaian-bawahan/${d.id}$`));
    for (const r of d.rhk) {
      await atasanPage.getByTestId(`rhk-penilaian-${r.id}-sesuai`).click();
      await atasanPage.getByTestId(`rhk-umpan-balik-${r.id}`).fill('Rekap tepat waktu dan lengkap.');
    }
    await expect(atasanPage.getByTestId('usulan-rating')).toContainText(/Sesuai/i);
    await atasanPage.getByTestId('rating-hasil-kerja-sesuai').click();
    await atasanPage.getByTestId('rating-perilaku-kerja-sesuai').click();
    await expect(atasanPage.getByTestId('predikat-pratinjau')).toContainText('Baik');
    await atasanPage.getByTestId('penilaian-simpan').click();
    await expect.poll(async () => (await json<Detail>(atasanPage, `/api/v1/penilaian/${d.id}`)).versi).toBeGreaterThan(d.versi + 2);
    await atasanPage.getByTestId('penilaian-nilai').click();
    await expect.poll(async () => (await json<Detail>(atasanPage, `/api/v1/penilaian/${d.id}`)).status).toBe('dinilai');
    expect((await json<Detail>(atasanPage, `/api/v1/penilaian/${d.id}`)).predikat).toBe('baik');
    await screenshot(atasanPage, testInfo, 'penilaian-03-dinilai');
  });

  await test.step('kepala dinas: the seksi\'s board deviates from "Baik"; a what-if move; penetapan needs and gets a justification', async () => {
    const ctx = await konteks(browser);
    const p = await ctx.newPage();
    const watch = new ConsoleWatch(p);
    await login(p, pimpinan.username);
    await p.getByTestId('menu-kalibrasi').click();
    await expect(p).toHaveURL(/\/kalibrasi/);
    const daftar = await json<{ units: { unit: { id: string; nama: string } }[] }>(p, `/api/v1/kalibrasi?periodeId=${periode.id}`);
    const seksi = daftar.units.find((u) => u.unit.nama === d.pegawai.unit);
    expect(seksi, `the kepala dinas calibrates ${d.pegawai.unit}`).toBeDefined();
    await p.goto(`/kalibrasi?periode=${periode.id}`);
    await expect(p.getByTestId(`kalibrasi-unit-${seksi!.unit.id}`)).toBeVisible();
    await screenshot(p, testInfo, 'penilaian-04-kalibrasi');
    await p.getByTestId(`kalibrasi-buka-${seksi!.unit.id}`).click();
    await expect(p).toHaveURL(new RegExp(`/kalibrasi/${periode.id}/${seksi!.unit.id}$`));

    const papan = await json<{ kurva: { n: number; sesuai: boolean } | null; perluJustifikasi: boolean; items: { penilaianId: string; predikat: string | null }[] }>(p, `/api/v1/kalibrasi/${periode.id}/unit/${seksi!.unit.id}`);
    expect(papan.kurva).toMatchObject({ n: 5, sesuai: false });
    expect(papan.perluJustifikasi).toBe(true);
    await expect(p.getByTestId('kurva-chart')).toBeVisible();
    await expect(p.getByTestId('kurva-batas').and(p.locator('[data-terpenuhi="false"]')).first()).toBeVisible();
    await screenshot(p, testInfo, 'penilaian-05-papan-menyimpang');

    // what-if: one Baik moved to Butuh Perbaikan meets both bounds of "Baik" (Baik ≤ 3 of 5, at least one below)
    const baik = papan.items.find((i) => i.predikat === 'baik' && i.penilaianId !== d.id)!;
    await p.getByTestId(`whatif-${baik.penilaianId}`).selectOption('butuh_perbaikan');
    await expect(p.getByTestId('whatif-label')).toBeVisible();
    await expect(p.locator('[data-testid="kurva-batas"][data-terpenuhi="false"]')).toHaveCount(0);
    await screenshot(p, testInfo, 'penilaian-06-whatif');
    await p.getByTestId('whatif-reset').click();
    await expect(p.locator('[data-testid="kurva-batas"][data-terpenuhi="false"]').first()).toBeVisible();

    await p.getByTestId('penetapan-justifikasi').fill('Seluruh pegawai seksi mencapai target triwulan dengan bukti dukung lengkap; tidak ada yang layak dinilai di bawah ekspektasi.');
    await p.getByTestId('penetapan-tetapkan').click();
    await p.getByTestId('penetapan-konfirmasi').click();
    await expect(p.getByTestId('kalibrasi-status')).toContainText(/Ditetapkan/i);
    expect((await json<Detail>(p, `/api/v1/penilaian/${d.id}`)).status).toBe('ditetapkan');
    await screenshot(p, testInfo, 'penilaian-07-ditetapkan');
    expect(watch.errors, 'kalibrasi console errors').toEqual([]);
    await ctx.close();
  });

  let kodePertama = '';
  await test.step('pegawai: sees Baik, prints the document, files a keberatan within the deadline', async () => {
    await page.goto(`/penilaian/${d.id}`);
    await expect(page.getByTestId('penilaian-predikat')).toContainText('Baik');
    await expect(page.getByTestId('penilaian-pdf')).toHaveAttribute('href', `/api/v1/penilaian/${d.id}/pdf`);
    const dok = await unduhDokumen(page, d.id);
    expect(dok.teks).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
    kodePertama = dok.kode;
    await expect(page.getByTestId('keberatan-batas')).toBeVisible();
    await page.getByTestId('keberatan-ajukan-buka').click();
    await page.getByTestId('keberatan-alasan').fill('Realisasi rekapitulasi melampaui target: 14 dokumen dari target 12, ditambah pendampingan kelas ibu hamil.');
    await page.getByTestId('keberatan-kirim').click();
    await expect(page.getByTestId('keberatan-status')).toBeVisible();
    await screenshot(page, testInfo, 'penilaian-08-keberatan');
  });

  await test.step('atasan pejabat penilai: decides "ubah" — Di Atas on both ratings → Sangat Baik', async () => {
    const atasanPenilai = (await json<Detail>(page, `/api/v1/penilaian/${d.id}`)).atasanPenilai;
    expect(atasanPenilai?.nip, 'the kepala bidang is the atasan pejabat penilai').toBeTruthy();
    const ctx = await konteks(browser);
    const p = await ctx.newPage();
    await login(p, atasanPenilai!.nip!);
    await p.getByTestId('menu-keberatan').click();
    const baris = p.getByTestId('keberatan-row').filter({ hasText: pegawai.nama });
    await expect(baris).toBeVisible();
    await baris.getByTestId('keberatan-buka').click();
    await expect(p).toHaveURL(/\/keberatan\/[0-9a-f-]{36}$/);
    await p.getByTestId('keberatan-keputusan-ubah').click();
    await p.getByTestId('keberatan-rating-hasil-di_atas').click();
    await p.getByTestId('keberatan-rating-perilaku-di_atas').click();
    await expect(p.getByTestId('keberatan-predikat-baru')).toContainText('Sangat Baik');
    await p.getByTestId('keberatan-alasan-keputusan').fill('Bukti dukung menunjukkan realisasi melampaui target dan inisiatif pendampingan kelas ibu hamil.');
    await p.getByTestId('keberatan-putus').click();
    await expect.poll(async () => (await json<Detail>(p, `/api/v1/penilaian/${d.id}`)).predikat).toBe('sangat_baik');
    await screenshot(p, testInfo, 'penilaian-09-keberatan-diputus');
    await ctx.close();
  });

  await test.step('pegawai: Sangat Baik; the re-issued document verifies as current, the first one as superseded', async () => {
    await page.goto(`/penilaian/${d.id}`);
    await expect(page.getByTestId('penilaian-predikat')).toContainText('Sangat Baik');
    await expect(page.getByTestId('keberatan-keputusan')).toBeVisible();
    const dok = await unduhDokumen(page, d.id);
    expect(dok.kode).not.toBe(kodePertama);
    const publik = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    try {
      expect(((await (await publik.request.get(`/api/v1/verifikasi/${dok.kode}`)).json()) as { status: string }).status).toBe('berlaku');
      expect(((await (await publik.request.get(`/api/v1/verifikasi/${kodePertama}`)).json()) as { status: string }).status).toBe('diganti');
      const halaman = await publik.newPage();
      await halaman.goto(`/verifikasi/${dok.kode}`);
      await expect(halaman.getByTestId('verifikasi-hasil')).toHaveAttribute('data-status', 'berlaku');
      await expect(halaman.getByTestId('verifikasi-hasil')).toContainText(pegawai.nama);
      await screenshot(halaman, testInfo, 'penilaian-10-verifikasi');
    } finally {
      await publik.close();
    }
    expect(pegawaiWatch.errors, 'pegawai console errors').toEqual([]);
  });
  await atasanContext.close();
});

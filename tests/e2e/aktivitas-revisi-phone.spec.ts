// Revision round-trip of one activity on phones (390×844, project "phone"): the pegawai logs an activity today; the
// atasan, in another browser, leaves an umpan balik on it and returns it with a required note ("Kembalikan"); the
// pegawai sees "perlu revisi" with the note, reads and answers the umpan balik, edits the uraian and submits again;
// the atasan sees it back in the queue, reads the reply, looks at the pegawai's month calendar (today is filled)
// and approves; the pegawai sees it disetujui. Statuses are checked on the cards (data-status) and through
// GET /api/v1/aktivitas/:id. Independence: its own random slot late in the evening (21:00–24:00; the other phone
// journeys use 13–16 and 17–21) and a unique text; nothing needs cleaning up.
import type { Browser, Page } from '@playwright/test';
import type { StatusAktivitas } from '../../domain/aktivitas.ts';
import { tanggalWita } from '../../domain/kalender.ts';
import { ConsoleWatch, demoAkun, expect, login, screenshot, test } from './support.ts';

const PHONE = { width: 390, height: 844 };

const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A 30-minute slot inside [fromHour, toHour) of today, on a 5-minute grid, random per run. */
function slot(fromHour: number, toHour: number): { mulai: string; selesai: string } {
  const steps = ((toHour - fromHour) * 60 - 30) / 5;
  const start = fromHour * 60 + 5 * Math.floor(Math.random() * (steps + 1));
  return { mulai: jam(start), selesai: jam(start + 30) };
}

async function phoneContext(browser: Browser) {
  return browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
}

async function bukaMenu(page: Page, testId: 'menu-aktivitas' | 'menu-antrian'): Promise<void> {
  await page.getByTestId('nav-burger').click();
  await page.getByTestId(testId).click();
}

type AktivitasApi = { id: string; status: StatusAktivitas; uraian: string; catatanPenilai: string | null; versi: number; jumlahUmpanBalik: number };

/** The activity as the server has it, read with the pegawai's own session. */
async function dariServer(page: Page, id: string): Promise<AktivitasApi> {
  const res = await page.request.get(`/api/v1/aktivitas/${id}`);
  expect(res.status(), `GET /api/v1/aktivitas/${id}`).toBe(200);
  return (await res.json()) as AktivitasApi;
}

test('atasan returns an activity with a note, the pegawai revises it, the atasan approves it', async ({ page, browser, request }, testInfo) => {
  const pegawai = await demoAkun(request, 'pegawai');
  const atasan = await demoAkun(request, 'atasan');
  const s = slot(21, 24);
  const kode = Date.now().toString(36);
  const uraian = `Rekap kunjungan rumah ${kode}`;
  const uraianRevisi = `Rekap kunjungan rumah ${kode} — 12 KK, daftar hadir terlampir`;
  const catatanAtasan = `Sebutkan jumlah KK yang dikunjungi ${kode}`;
  const umpanBalikAtasan = `Bagus, mohon lengkapi datanya ${kode}`;
  const balasanPegawai = `Baik Pak, sudah saya lengkapi ${kode}`;
  const hariIni = tanggalWita(new Date());

  const atasanContext = await phoneContext(browser);
  const atasanPage = await atasanContext.newPage();
  const atasanConsole = new ConsoleWatch(atasanPage);
  const kartuPegawai = (id: string) => page.locator(`[data-testid="aktivitas-item"][data-id="${id}"]`);
  const kartuAtasan = (id: string) => atasanPage.locator(`[data-testid="aktivitas-item"][data-id="${id}"]`);

  let id = '';
  await test.step('pegawai logs an activity today and submits it', async () => {
    await login(page, pegawai.username);
    await bukaMenu(page, 'menu-aktivitas');
    await expect(page).toHaveURL(/\/aktivitas$/);
    await page.getByTestId('aktivitas-catat').click();
    const form = page.getByTestId('aktivitas-form');
    await expect(form.getByTestId('aktivitas-tanggal')).toHaveValue(hariIni);
    await form.getByTestId('aktivitas-jam-mulai').fill(s.mulai);
    await form.getByTestId('aktivitas-jam-selesai').fill(s.selesai);
    await form.getByTestId('aktivitas-uraian').fill(uraian);
    await form.getByTestId('aktivitas-simpan').click();
    await expect(form).toHaveCount(0);
    const item = page.getByTestId('aktivitas-item').filter({ hasText: uraian });
    await expect(item).toHaveAttribute('data-status', 'diajukan');
    id = (await item.getAttribute('data-id')) ?? '';
    expect(id).not.toBe('');
    expect(await dariServer(page, id)).toMatchObject({ status: 'diajukan', uraian, catatanPenilai: null, jumlahUmpanBalik: 0 });
  });

  await test.step('atasan finds it in the queue and leaves an umpan balik', async () => {
    await login(atasanPage, atasan.username);
    await bukaMenu(atasanPage, 'menu-antrian');
    await expect(atasanPage).toHaveURL(/\/aktivitas\/antrian$/);
    await expect(atasanPage.getByTestId('antrian-live')).toHaveAttribute('data-status', 'terhubung');
    const item = kartuAtasan(id);
    await expect(item).toHaveAttribute('data-status', 'diajukan');
    await expect(item.getByTestId('aktivitas-uraian-teks')).toHaveText(uraian);
    await expect(item.getByTestId('aktivitas-jam')).toHaveText(`${s.mulai}–${s.selesai}`);
    await item.getByTestId('umpan-balik-buka').click();
    await expect(item.getByTestId('umpan-balik-kosong')).toBeVisible();
    await item.getByTestId('umpan-balik-isi').fill(umpanBalikAtasan);
    await item.getByTestId('umpan-balik-kirim').click();
    const pesan = item.getByTestId('umpan-balik-item');
    await expect(pesan).toHaveCount(1);
    await expect(pesan).toContainText(umpanBalikAtasan);
    await expect(pesan).toContainText('Saya');
    await expect(item.getByTestId('umpan-balik-isi')).toHaveValue('');
  });

  await test.step('atasan chooses "Kembalikan": a note is required, then it is sent', async () => {
    const item = kartuAtasan(id);
    await item.getByTestId('antrian-kembalikan').click();
    const dialog = atasanPage.getByRole('dialog', { name: 'Kembalikan untuk revisi' });
    await expect(dialog).toBeVisible();
    const form = dialog.getByTestId('keputusan-form');
    await expect(form).toContainText(uraian);
    // without a note: the required-note message, and nothing is decided
    await form.getByTestId('keputusan-kirim').click();
    await expect(form.getByText(/catatan wajib diisi/i)).toBeVisible();
    await expect(form.getByTestId('keputusan-catatan')).toHaveAttribute('aria-invalid', 'true');
    expect((await dariServer(page, id)).status).toBe('diajukan');
    await screenshot(atasanPage, testInfo, 'aktivitas-revisi-phone-catatan-wajib');
    // typing clears the message; sending returns the activity
    await form.getByTestId('keputusan-catatan').fill(catatanAtasan);
    await expect(form.getByText(/catatan wajib diisi/i)).toHaveCount(0);
    await form.getByTestId('keputusan-kirim').click();
    await expect(dialog).toHaveCount(0);
    await expect(item).toHaveCount(0);
    expect(await dariServer(page, id)).toMatchObject({ status: 'perlu_revisi', catatanPenilai: catatanAtasan, uraian });
  });

  await test.step('pegawai sees "perlu revisi" with the note and answers the umpan balik', async () => {
    const item = kartuPegawai(id);
    await expect(item).toHaveAttribute('data-status', 'perlu_revisi');
    await expect(item.getByTestId('aktivitas-status')).toHaveText('Perlu revisi');
    await expect(item.getByTestId('aktivitas-catatan')).toContainText(catatanAtasan);
    await expect(item.getByTestId('umpan-balik-buka')).toHaveText('1 umpan balik');
    await item.getByTestId('umpan-balik-buka').click();
    const pesan = item.getByTestId('umpan-balik-item');
    await expect(pesan).toHaveCount(1);
    await expect(pesan.first()).toContainText(umpanBalikAtasan);
    await expect(pesan.first()).toContainText(atasan.nama);
    await item.getByTestId('umpan-balik-isi').fill(balasanPegawai);
    await item.getByTestId('umpan-balik-kirim').click();
    await expect(pesan).toHaveCount(2);
    await expect(pesan.nth(1)).toContainText(balasanPegawai);
    await expect(pesan.nth(1)).toContainText('Saya');
    expect((await dariServer(page, id)).jumlahUmpanBalik).toBe(2);
    await screenshot(page, testInfo, 'aktivitas-revisi-phone-perlu-revisi');
  });

  await test.step('pegawai edits the uraian and submits it again', async () => {
    const item = kartuPegawai(id);
    await item.getByTestId('aktivitas-ubah').click();
    const form = page.getByTestId('aktivitas-form');
    await expect(form.getByTestId('aktivitas-uraian')).toHaveValue(uraian);
    await form.getByTestId('aktivitas-uraian').fill(uraianRevisi);
    await form.getByTestId('aktivitas-simpan').click();
    await expect(form).toHaveCount(0);
    // saved, still to be submitted
    await expect(item.getByTestId('aktivitas-uraian-teks')).toHaveText(uraianRevisi);
    await expect(item).toHaveAttribute('data-status', 'perlu_revisi');
    expect(await dariServer(page, id)).toMatchObject({ status: 'perlu_revisi', uraian: uraianRevisi });
    await item.getByTestId('aktivitas-ajukan').click();
    await expect(item).toHaveAttribute('data-status', 'diajukan');
    await expect(item.getByTestId('aktivitas-status')).toHaveText('Diajukan');
    expect(await dariServer(page, id)).toMatchObject({ status: 'diajukan', uraian: uraianRevisi });
  });

  await test.step('atasan sees it back (live), with the reply, and today filled on the pegawai\'s calendar', async () => {
    const item = kartuAtasan(id);
    await expect(item).toHaveAttribute('data-status', 'diajukan');
    await expect(item.getByTestId('aktivitas-uraian-teks')).toHaveText(uraianRevisi);
    await expect(item.getByTestId('umpan-balik-buka')).toHaveText('2 umpan balik');
    await item.getByTestId('umpan-balik-buka').click();
    const thread = item.getByTestId('umpan-balik-item');
    // KNOWN BUG (web/src/features/aktivitas/components/antrian-view.tsx, onPeristiwa of useAktivitasStream): the
    // queue only refetches its list on a stream event, so the atasan's cached thread (staleTime 10 s) is not
    // invalidated — the card says "2 umpan balik" while the opened thread still shows 1 message. The pegawai's
    // screen invalidates every aktivitas query and is right. Asserted softly so the rest of the journey still runs.
    await expect.soft(thread, 'the opened thread matches its "2 umpan balik" header without a reload').toHaveCount(2);
    if ((await thread.count()) !== 2) {
      await atasanPage.reload();
      await expect(item.getByTestId('umpan-balik-buka')).toHaveText('2 umpan balik');
      await item.getByTestId('umpan-balik-buka').click();
    }
    await expect(thread).toHaveCount(2);
    await expect(thread.nth(1)).toContainText(balasanPegawai);
    await expect(thread.nth(1)).toContainText(pegawai.nama);

    const pegawaiId = (await item.getByTestId('antrian-pegawai').getAttribute('data-pegawai-id')) ?? '';
    expect(pegawaiId).not.toBe('');
    const rekapRes = await atasanPage.request.get(`/api/v1/aktivitas/rekap?bulan=${hariIni.slice(0, 7)}&pegawaiId=${pegawaiId}`);
    expect(rekapRes.status()).toBe(200);
    const rekap = (await rekapRes.json()) as { hari: Array<{ tanggal: string; jumlah: number; hariKerja: boolean; menitBelumDisetujui: number }> };
    const hari = rekap.hari.find((h) => h.tanggal === hariIni);
    expect(hari?.jumlah, 'activities of today in the rekap').toBeGreaterThanOrEqual(1);
    expect(hari?.menitBelumDisetujui, 'waiting minutes of today').toBeGreaterThanOrEqual(30);

    await item.getByTestId('antrian-pegawai').click();
    const kalender = atasanPage.getByRole('dialog', { name: new RegExp(pegawai.nama.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect(kalender).toBeVisible();
    await expect(kalender.getByTestId('kalender-bulan')).toHaveAttribute('data-bulan', hariIni.slice(0, 7));
    const sel = kalender.locator(`[data-testid="kalender-hari"][data-tanggal="${hariIni}"]`);
    await expect(sel).toHaveAttribute('aria-current', 'date');
    // filled: not an empty working day (waiting for approval, or already at target from the demo's entries)
    await expect(sel).toHaveAttribute('data-keadaan', hari?.hariKerja ? /^(menunggu|cukup)$/ : 'libur');
    await expect(sel).toContainText(/\d/);
    await screenshot(atasanPage, testInfo, 'aktivitas-revisi-phone-kalender');
    await atasanPage.keyboard.press('Escape');
    await expect(kalender).toHaveCount(0);
  });

  await test.step('atasan approves it; the pegawai sees it disetujui', async () => {
    const item = kartuAtasan(id);
    await item.getByTestId('antrian-setujui-satu').click();
    await expect(item).toHaveCount(0);
    const kartu = kartuPegawai(id);
    await expect(kartu).toHaveAttribute('data-status', 'disetujui');
    await expect(kartu.getByTestId('aktivitas-status')).toHaveText('Disetujui');
    await expect(kartu.getByTestId('aktivitas-uraian-teks')).toHaveText(uraianRevisi);
    await expect(kartu.getByTestId('aktivitas-ubah')).toHaveCount(0);
    await expect(kartu.getByTestId('aktivitas-ajukan')).toHaveCount(0);
    expect(await dariServer(page, id)).toMatchObject({ status: 'disetujui', uraian: uraianRevisi });
    await screenshot(page, testInfo, 'aktivitas-revisi-phone-disetujui');
  });

  expect(atasanConsole.errors, 'atasan browser console errors').toEqual([]);
  await atasanContext.close();
});

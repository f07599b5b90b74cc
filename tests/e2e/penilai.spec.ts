// "Penilai & Plt" (kepegawaian issue, penilai chain): the admin BKPPD sees pegawai evaluated past a vacant post,
// appoints a Plt for that post (the pegawai's chain is whole again at once), revokes it, and sets a penilai khusus
// with a reason. The auditor sees the same lists without any button; a plain pegawai is refused.
// Independence: every change made here is revoked before the test ends, and no demo account is touched (neither
// as the pegawai evaluated nor as Plt/penilai), so the other journeys see the demo chain as seeded.
import type { Locator, Page } from '@playwright/test';
import { tambahHari, tanggalWita } from '../../domain/kalender.ts';
import { demoAkun, elementsOutside, expect, horizontalOverflow, login, logout, publicInfo, screenshot, test } from './support.ts';

const PHONE = { width: 390, height: 844 };

function baris(page: Page, pegawaiId: string): Locator {
  return page.locator(`[data-testid="tanpa-penilai-item"][data-pegawai-id="${pegawaiId}"]`);
}

async function jumlahEskalasi(page: Page): Promise<number> {
  return Number(await page.getByTestId('tanpa-penilai-jumlah-eskalasi').textContent());
}

/** Types the NIP into a pegawai picker and takes the match with that id. */
async function pilihPegawai(page: Page, testId: string, nip: string, pegawaiId: string): Promise<void> {
  await page.getByTestId(testId).fill(nip);
  const opsi = page.locator(`[data-testid="pegawai-opsi"][data-id="${pegawaiId}"]`);
  await expect(opsi).toBeVisible();
  await opsi.click();
  await expect(page.getByTestId(`${testId}-terpilih`)).toHaveAttribute('data-id', pegawaiId);
}

async function tanpaOverflow(page: Page, container: string): Promise<void> {
  const { scrollWidth } = await horizontalOverflow(page);
  expect(scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(PHONE.width);
  expect(await elementsOutside(page, container, PHONE.width), `elements of ${container} outside the screen`).toEqual([]);
}

test('admin_bkppd: Plt for a vacant post, revoke it, penilai khusus with a reason', async ({ page, request }, testInfo) => {
  const info = await publicInfo(request);
  const admin = info.akunDemo.find((a) => a.peran === 'admin_bkppd')!;
  const demoNip = new Set(info.akunDemo.map((a) => a.username));
  const hariIni = tanggalWita(new Date());

  // X: the first pegawai evaluated past a vacant post; Y: a colleague under the same vacant post who becomes its Plt
  // (the usual choice: a teacher acting as head of school). Neither is a demo account.
  let x = { id: '', nama: '' };
  let y = { id: '', nip: '', nama: '' };
  let lowongan = { id: '', nama: '' };

  await test.step('open Penilai & Plt from the menu: eskalasi rows', async () => {
    await login(page, admin.username);
    await page.getByTestId('menu-penilai').click();
    await expect(page).toHaveURL(/\/penilai$/);
    await expect(page.getByTestId('page-title')).toHaveText('Penilai & Plt');
    await expect(page.getByTestId('tanpa-penilai-tanggal')).toHaveValue(hariIni);
    await page.getByTestId('tanpa-penilai-saring-eskalasi').click();
    await expect(page.getByTestId('tanpa-penilai-saring-eskalasi')).toHaveAttribute('aria-pressed', 'true');
    const rows = page.locator('[data-testid="tanpa-penilai-item"][data-masalah="eskalasi"]');
    await expect(rows.first()).toBeVisible();
    expect(await jumlahEskalasi(page)).toBeGreaterThan(0);

    const all: Array<{ id: string; lowongan: string; nama: string; nip: string }> = [];
    for (const row of await rows.all()) {
      all.push({
        id: (await row.getAttribute('data-pegawai-id')) ?? '',
        lowongan: (await row.getAttribute('data-lowongan-id')) ?? '',
        nama: (await row.getByTestId('tanpa-penilai-lihat').textContent()) ?? '',
        nip: (await row.getAttribute('data-nip')) ?? '',
      });
    }
    const bebas = all.filter((r) => r.nip && !demoNip.has(r.nip));
    const pair = bebas.flatMap((a) => bebas.filter((b) => b.id !== a.id && b.lowongan === a.lowongan).map((b) => [a, b] as const))[0];
    expect(pair, 'two non-demo pegawai under the same vacant post on page 1').toBeTruthy();
    const [a, b] = pair!;
    x = { id: a.id, nama: a.nama };
    y = { id: b.id, nip: b.nip, nama: b.nama };
    await expect(baris(page, x.id).getByTestId('tanpa-penilai-keterangan')).toContainText('Jabatan atasan kosong');
    await screenshot(page, testInfo, 'penilai-tanpa-penilai');
  });

  await test.step("the row links to X's penilai card: escalated past the vacant post", async () => {
    await baris(page, x.id).getByTestId('tanpa-penilai-lihat').click();
    await expect(page).toHaveURL(new RegExp(`/penilai/pegawai/${x.id}`));
    await expect(page.getByTestId('penilai-pegawai-nama')).toHaveText(x.nama);
    await expect(page.getByTestId('penilai-pejabat')).toHaveAttribute('data-sumber', 'struktur');
    await expect(page.getByTestId('penilai-pejabat-sumber')).toHaveText('Struktur');
    const skipped = page.getByTestId('penilai-lowongan-item').first();
    lowongan = { id: (await skipped.getAttribute('data-jabatan-id')) ?? '', nama: (await skipped.textContent()) ?? '' };
    expect(lowongan.id).not.toBe('');
    await screenshot(page, testInfo, 'penilai-kartu-sebelum');
    await page.getByTestId('kembali').click();
    await expect(page).toHaveURL(/\/penilai$/);
  });

  let sebelum = 0;
  await test.step('assign a Plt for the vacant post to Y, found with the picker', async () => {
    await page.getByTestId('tanpa-penilai-saring-eskalasi').click();
    sebelum = await jumlahEskalasi(page);
    await baris(page, x.id).getByTestId('tetapkan-plt').click();
    const form = page.getByTestId('plt-form');
    await expect(form).toBeVisible();
    await expect(form.getByTestId('plt-jabatan')).toHaveAttribute('data-jabatan-id', lowongan.id);
    await expect(form.getByTestId('plt-jabatan')).toContainText(lowongan.nama);
    await expect(form.getByTestId('plt-mulai')).toHaveValue(hariIni);
    await pilihPegawai(page, 'plt-pegawai', y.nip, y.id);
    await form.getByTestId('plt-jenis-plt').click();
    await form.getByTestId('plt-selesai').fill(tambahHari(hariIni, 90));
    await form.getByTestId('plt-nomor-sk').fill('800/E2E/BKPPD/2026');
    await screenshot(page, testInfo, 'penilai-form-plt');
    await form.getByTestId('plt-simpan').click();
    await expect(form).toBeHidden();
  });

  await test.step("X's row leaves the eskalasi list; the card now names the Plt", async () => {
    await expect(baris(page, x.id)).toHaveCount(0);
    await expect.poll(() => jumlahEskalasi(page)).toBeLessThan(sebelum);
    await page.goto(`/penilai/pegawai/${x.id}`);
    await expect(page.getByTestId('penilai-pejabat')).toHaveAttribute('data-sumber', 'plt');
    await expect(page.getByTestId('penilai-pejabat')).toHaveAttribute('data-pegawai-id', y.id);
    await expect(page.getByTestId('penilai-pejabat-sumber')).toHaveText('Plt');
    await expect(page.getByTestId('penilai-lowongan')).toHaveCount(0);
    // the day before the Plt starts, the chain still skips the vacant post
    await page.getByTestId('penilai-tanggal').fill(tambahHari(hariIni, -1));
    await expect(page.getByTestId('penilai-pejabat')).toHaveAttribute('data-sumber', 'struktur');
    await expect(page.getByTestId('penilai-lowongan')).toBeVisible();
  });

  await test.step('the Plt tab lists it; revoke with confirmation', async () => {
    await page.goto('/penilai');
    await page.getByTestId('penilai-tab-plt').click();
    await expect(page).toHaveURL(/tab=plt/);
    const item = page.locator(`[data-testid="plt-item"][data-jabatan-id="${lowongan.id}"][data-pegawai-id="${y.id}"]`);
    await expect(item).toHaveAttribute('data-status', 'aktif');
    // the list names the pegawai without academic titles
    expect(y.nama).toContain((await item.getByRole('link').first().textContent())?.trim() || '—');
    await expect(item).toContainText('800/E2E/BKPPD/2026');
    await screenshot(page, testInfo, 'penilai-plt');
    await item.getByTestId('plt-cabut').click();
    await expect(page.getByTestId('cabut-konfirmasi')).toContainText(lowongan.nama);
    await page.getByTestId('cabut-konfirmasi-ya').click();
    await expect(page.getByTestId('cabut-konfirmasi')).toBeHidden();
    await expect(item).toHaveCount(0); // gone from "Berlaku"
    await page.getByTestId('plt-saring-semua').click();
    await expect(item).toHaveAttribute('data-status', 'dicabut');
  });

  await test.step('the vacant post is skipped again: X is back in the eskalasi list', async () => {
    await page.getByTestId('penilai-tab-tanpa-penilai').click();
    await expect(baris(page, x.id)).toHaveAttribute('data-masalah', 'eskalasi');
  });

  await test.step('penilai khusus for X: a too-short reason is refused in the form, then saved', async () => {
    await baris(page, x.id).getByTestId('tetapkan-khusus').click();
    const form = page.getByTestId('override-form');
    await expect(form.getByTestId('override-pegawai')).toHaveAttribute('data-id', x.id);
    await pilihPegawai(page, 'override-penilai', y.nip, y.id);
    await form.getByTestId('override-alasan').fill('Singkat');
    await form.getByTestId('override-simpan').click();
    await expect(form).toContainText('Alasan wajib diisi, minimal 10 karakter.');
    await expect(form.getByTestId('override-alasan')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, testInfo, 'penilai-form-khusus-galat');

    await form.getByTestId('override-alasan').fill('Kepala sekolah definitif belum dilantik; penilaian sementara oleh guru senior (uji E2E).');
    await expect(form.getByTestId('override-alasan')).not.toHaveAttribute('aria-invalid', 'true');
    await form.getByTestId('override-simpan').click();
    await expect(form).toBeHidden();
    await expect(baris(page, x.id)).toHaveCount(0);
  });

  await test.step('the Penilai khusus tab lists it; revoke it again (leave the demo chain as seeded)', async () => {
    await page.getByTestId('penilai-tab-khusus').click();
    const item = page.locator(`[data-testid="override-item"][data-pegawai-id="${x.id}"][data-penilai-id="${y.id}"]`);
    await expect(item).toHaveAttribute('data-status', 'aktif');
    await expect(item).toContainText('Kepala sekolah definitif belum dilantik');
    await screenshot(page, testInfo, 'penilai-khusus');
    await item.getByTestId('override-cabut').click();
    await page.getByTestId('cabut-konfirmasi-ya').click();
    await expect(page.getByTestId('cabut-konfirmasi')).toBeHidden();
    await expect(item).toHaveCount(0);
    await page.getByTestId('penilai-tab-tanpa-penilai').click();
    await expect(baris(page, x.id)).toHaveAttribute('data-masalah', 'eskalasi');
  });

  await test.step('phone width: cards, no horizontal overflow', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/penilai');
    await expect(page.getByTestId('tanpa-penilai-item').first()).toBeVisible();
    await tanpaOverflow(page, '[data-testid="tanpa-penilai"]');
    await screenshot(page, testInfo, 'penilai-phone-tanpa-penilai');
    await page.getByTestId('penilai-tab-plt').click();
    await page.getByTestId('plt-saring-semua').click();
    await expect(page.getByTestId('plt-item').first()).toBeVisible();
    await tanpaOverflow(page, 'main');
    await screenshot(page, testInfo, 'penilai-phone-plt');
    await page.goto(`/penilai/pegawai/${x.id}`);
    await expect(page.getByTestId('penilai-pejabat')).toBeVisible();
    await tanpaOverflow(page, '[data-testid="penilai-pegawai"]');
    await screenshot(page, testInfo, 'penilai-phone-kartu');
  });

  await logout(page);
});

test('auditor reads Penilai & Plt without buttons; a pegawai is refused', async ({ page, request }, testInfo) => {
  const auditor = await demoAkun(request, 'auditor');
  const pegawai = await demoAkun(request, 'pegawai');

  await login(page, auditor.username);
  await page.getByTestId('menu-penilai').click();
  await expect(page.getByTestId('penilai-hanya-baca')).toBeVisible();
  await expect(page.getByTestId('tanpa-penilai-item').first()).toBeVisible();
  await expect(page.getByTestId('tetapkan-plt')).toHaveCount(0);
  await expect(page.getByTestId('tetapkan-khusus')).toHaveCount(0);
  await page.getByTestId('penilai-tab-plt').click();
  await expect(page.getByTestId('plt-cabut')).toHaveCount(0);
  await page.getByTestId('penilai-tab-khusus').click();
  await expect(page.getByTestId('override-cabut')).toHaveCount(0);
  await screenshot(page, testInfo, 'penilai-auditor');
  await logout(page);

  await login(page, pegawai.username);
  await expect(page.getByTestId('menu-penilai')).toHaveCount(0);
  await page.goto('/penilai');
  await expect(page.getByTestId('status-ditolak')).toBeVisible();
  await logout(page);
});

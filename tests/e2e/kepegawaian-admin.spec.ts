// The admin BKPPD keeps the master data right without a developer (kepegawaian issue): a new unit under an OPD, a
// jabatan in it, a new pegawai whose NIP is first typed wrong (the message names the wrong part) then right, and an
// existing pegawai moved into the new jabatan with the move visible in the riwayat jabatan.
//
// The server (and its database) is shared with the other journeys, which run after this file: the moved pegawai is
// a plain staff member chosen at run time, never a demo account or someone the demo accounts meet in the hierarchy.
import type { Page } from '@playwright/test';
import type { PegawaiPage } from '../../contracts/kepegawaian.ts';
import { demoAkun, digits, expect, login, publicInfo, screenshot, test } from './support.ts';

/** Picks an option of a Mantine Select/Autocomplete: open it (typing narrows a searchable one), click the option. */
async function pilih(page: Page, testId: string, option: string | RegExp, ketik?: string) {
  const input = page.getByTestId(testId);
  await input.click();
  if (ketik !== undefined) await input.fill(ketik);
  await page.getByRole('option', { name: option }).first().click();
}

const SUFFIX = String(Date.now()).slice(-5);
const UNIT = { nama: `Bidang Uji Otomatis ${SUFFIX}`, kode: `DINKES.UJI${SUFFIX}` };
const JABATAN = `Analis Data Uji ${SUFFIX}`;

test('admin: unit under an OPD, jabatan in it, a new pegawai (NIP wrong then right), mutasi into the jabatan', async ({ page, request }, testInfo) => {
  const admin = await demoAkun(request, 'admin_bkppd');
  const info = await publicInfo(request);
  await login(page, admin.username);

  await test.step('create a unit under Dinas Kesehatan', async () => {
    await page.getByTestId('menu-unit-kerja').click();
    await expect(page).toHaveURL(/\/unit-kerja$/);
    await expect(page.getByTestId('page-title')).toHaveText('Unit kerja');
    await page.getByTestId('unit-kerja-cari').fill('Dinas Kesehatan');
    const opd = page.locator('[data-testid="unit-node"][data-kode="DINKES"]');
    await expect(opd).toBeVisible();
    await opd.getByTestId('unit-aksi').click();
    await page.getByTestId('unit-aksi-tambah').click();
    const form = page.getByTestId('unit-form');
    await expect(form).toBeVisible();
    await expect(form.getByTestId('unit-form-induk')).toContainText('Dinas Kesehatan');
    await form.getByTestId('unit-nama').fill(UNIT.nama);
    await expect(form.getByTestId('unit-kode')).toHaveValue('DINKES.');
    await form.getByTestId('unit-kode').fill(UNIT.kode.toLowerCase()); // typed in lower case, stored upper case
    await expect(form.getByTestId('unit-jenis')).toHaveValue('Bidang');
    await form.getByTestId('unit-simpan').click();
    await expect(form).toHaveCount(0);

    await page.getByTestId('unit-kerja-cari').fill(SUFFIX);
    const node = page.locator(`[data-testid="unit-node"][data-kode="${UNIT.kode}"]`);
    await expect(node).toBeVisible();
    await expect(node).toContainText(UNIT.nama);
    await expect(node.getByTestId('unit-jumlah')).toHaveText('0 pegawai');
    await screenshot(page, testInfo, 'unit-kerja-baru');
  });

  await test.step('create a jabatan in the new unit, under the kepala dinas', async () => {
    await page.getByTestId('menu-jabatan').click();
    await expect(page).toHaveURL(/\/jabatan$/);
    await page.getByTestId('jabatan-tambah').click();
    const form = page.getByTestId('jabatan-form');
    await expect(form).toBeVisible();
    await form.getByTestId('jabatan-nama').fill(JABATAN);
    // the schema's rules run before anything is sent: the missing fields are named
    await form.getByTestId('jabatan-simpan').click();
    await expect(form.getByText('Wajib diisi.').first()).toBeVisible();
    await pilih(page, 'jabatan-jenis', 'Pelaksana');
    await form.getByTestId('jabatan-kelas').fill('7');
    await pilih(page, 'jabatan-unit', new RegExp(UNIT.nama), UNIT.nama);
    await pilih(page, 'jabatan-atasan', /^Kepala Dinas Kesehatan/, 'Kepala Dinas Kesehatan');
    await form.getByTestId('jabatan-simpan').click();
    await expect(form).toHaveCount(0);

    await page.getByTestId('jabatan-cari').fill(JABATAN);
    const row = page.getByTestId('jabatan-item').filter({ hasText: JABATAN });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(UNIT.nama);
    await expect(row).toContainText('Kepala Dinas Kesehatan');
    await expect(row.getByTestId('jabatan-lowong')).toBeVisible();
  });

  let nipBaru = '';
  await test.step('add a pegawai: the NIP typed wrong names the wrong part, then typed right', async () => {
    // a NIP the demo data does not use (checked through the API, as the form's duplicate check would refuse it)
    for (let urut = 901; !nipBaru; urut++) {
      const candidate = `198609262015121${urut}`;
      const res = await page.request.get(`/api/v1/pegawai?q=${candidate}`);
      if (((await res.json()) as PegawaiPage).total === 0) nipBaru = candidate;
    }
    await page.getByTestId('menu-data-pegawai').click();
    await page.getByTestId('pegawai-tambah').click();
    await expect(page).toHaveURL(/\/pegawai\/baru$/);
    const form = page.getByTestId('pegawai-form');

    // digits 13–14 of a PNS NIP are the TMT month: 13 does not exist
    await form.getByTestId('pegawai-nip').fill(`19860926 201513 1 ${nipBaru.slice(15)}`);
    const error = form.getByTestId('pegawai-nip-error');
    await expect(error).toHaveText('Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada');
    await screenshot(page, testInfo, 'pegawai-nip-salah');
    // a letter is named by its position
    await form.getByTestId('pegawai-nip').fill('19860926201512190O');
    await expect(error).toHaveText("NIP hanya boleh berisi angka: karakter ke-18 ('O') bukan angka");

    await form.getByTestId('pegawai-nip').fill(nipBaru);
    await expect(error).toHaveCount(0);
    await expect(form.getByTestId('pegawai-nip-info')).toContainText('19860926 201512 1');
    await expect(form.getByTestId('pegawai-nip-info')).toContainText('26 September 1986');
    await form.getByTestId('pegawai-nama').fill('Yosef Uji Otomatis');
    await form.getByTestId('pegawai-gelar-belakang').fill('S.Kom.');
    await pilih(page, 'pegawai-jabatan', new RegExp(JABATAN), JABATAN);
    await form.getByTestId('pegawai-simpan').click();

    await expect(page).toHaveURL(/\/pegawai\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('profil-nama')).toHaveText('Yosef Uji Otomatis, S.Kom.');
    expect(digits(await page.getByTestId('profil-nip').textContent())).toBe(nipBaru);
    await expect(page.getByTestId('profil-jabatan')).toHaveText(JABATAN);
    await expect(page.getByTestId('profil-pejabat-penilai')).toContainText('Kepala Dinas Kesehatan');
  });

  await test.step('mutasi an existing pegawai into the new jabatan; the riwayat shows it', async () => {
    // a plain pelaksana outside the demo accounts (no one is evaluated by them)
    const demoNip = new Set(info.akunDemo.map((a) => a.username));
    const res = await page.request.get('/api/v1/pegawai?pageSize=100&status=aktif&jenisJabatan=pelaksana&jenisAsn=PNS');
    const list = (await res.json()) as PegawaiPage;
    const target = list.items.find((p) => p.nip && !demoNip.has(p.nip) && p.nip !== nipBaru);
    if (!target) throw new Error('no pelaksana to move');

    await page.goto(`/pegawai/${target.id}`);
    await expect(page.getByTestId('profil-nama')).toHaveText(target.namaLengkap);
    await page.getByTestId('pegawai-aksi-mutasi').click();
    const form = page.getByTestId('mutasi-form');
    await expect(form).toBeVisible();
    await pilih(page, 'mutasi-jabatan', new RegExp(JABATAN), JABATAN);
    const tanggal = await form.getByTestId('mutasi-tanggal').inputValue();
    expect(tanggal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByTestId('mutasi-nomor-sk').fill('800/E2E/BKPPD/2026');
    await form.getByTestId('mutasi-simpan').click();
    await expect(form).toHaveCount(0);
    await expect(page.getByTestId('profil-jabatan')).toHaveText(JABATAN);

    await page.getByTestId('pegawai-tab-riwayat').click();
    await expect(page).toHaveURL(/[?&]tab=riwayat/);
    const items = page.getByTestId('riwayat-item');
    await expect(items.first()).toContainText(JABATAN);
    await expect(items.first()).toContainText(UNIT.nama);
    await expect(items.first()).toContainText('Sekarang');
    await expect(items.first()).toContainText('SK 800/E2E/BKPPD/2026');
    await expect(items.first()).toHaveAttribute('data-jenis', 'mutasi');
    // the previous post ended the day before
    await expect(items.nth(1)).toHaveAttribute('data-selesai', /^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${tanggal}T00:00:00Z`).getTime() - new Date(`${await items.nth(1).getAttribute('data-selesai')}T00:00:00Z`).getTime()).toBe(86_400_000);
    await screenshot(page, testInfo, 'pegawai-riwayat-mutasi');
  });
});

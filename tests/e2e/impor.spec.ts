// The admin BKPPD imports pegawai from Excel (kepegawaian issue): a file with one bad row shows the Indonesian error
// on that row and cannot be applied; the fixed file is applied (all rows at once), the summary is shown, and the new
// pegawai is found in Data pegawai. The posts used are read from the app's own pegawai export (downloaded through
// the "Ekspor pegawai" button), so nothing of the demo data is hard-coded. Files are built here with exceljs.
import ExcelJS from 'exceljs';
import { KOLOM_IMPOR } from '../../contracts/impor.ts';
import { demoAkun, expect, login, screenshot, test } from './support.ts';

type Baris = Record<string, string | null>;

async function xlsx(rows: Baris[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(KOLOM_IMPOR.map((k) => k.judul));
  for (const r of rows) ws.addRow(KOLOM_IMPOR.map((k) => r[k.kunci] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('admin: import with one bad row → Indonesian error on that row → fixed file applied → pegawai findable', async ({ page, request }, testInfo) => {
  const admin = await demoAkun(request, 'admin_bkppd');
  await login(page, admin.username);

  await test.step('open "Impor & ekspor" from the menu', async () => {
    await page.getByTestId('menu-impor').click();
    await expect(page).toHaveURL(/\/impor$/);
    await expect(page.getByTestId('page-title')).toHaveText('Impor & ekspor');
    await expect(page.getByTestId('impor-templat-xlsx')).toBeVisible();
    await expect(page.getByTestId('impor-terapkan')).toHaveCount(0);
  });

  // a pelaksana post held by someone, with its unit kode and the penilai's NIP, from the export
  const post = { jabatan: '', jenisJabatan: '', unitKerja: '', nipAtasan: '' };
  const nipAda = new Set<string>();
  await test.step('download the pegawai export and take a post from it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ekspor-pegawai').click()]);
    expect(download.suggestedFilename()).toMatch(/^data-pegawai-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    wb.getWorksheet('Pegawai')!.eachRow((r, i) => {
      const v = r.values as (string | undefined)[];
      if (i === 1 || !v[1]) return;
      nipAda.add(v[1]);
      if (!post.jabatan && v[8] === 'Pelaksana' && v[10] && v[13] === 'aktif') Object.assign(post, { jabatan: v[7], jenisJabatan: v[8], unitKerja: v[9], nipAtasan: v[10] });
    });
    expect(nipAda.size).toBeGreaterThan(7000);
    expect(post.jabatan).not.toBe('');
  });

  // two new PNS (NIPs not in the city); the bad one has month 13 in digits 9–14 (TMT CPNS)
  const suffix = Number(String(Date.now()).slice(-3));
  const nipA = `19990131202201${2}${String(suffix).padStart(3, '0')}`;
  const nipB = `19990228202201${1}${String(suffix).padStart(3, '0')}`;
  const nipBSalah = `${nipB.slice(0, 12)}13${nipB.slice(14)}`;
  expect(nipAda.has(nipA) || nipAda.has(nipB)).toBe(false);
  const baris = (nip: string, nama: string): Baris => ({ nip, nama, gelarBelakang: 'S.Kom.', jenisAsn: 'PNS', golongan: 'III/a', ...post });

  await test.step('upload a file with one bad row: the row shows the Indonesian error, apply is disabled', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'pegawai-baru.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx([baris(nipA, 'Imelda Fanggidae'), baris(nipBSalah, 'Yeremias Ndoen')]) });
    await page.getByTestId('impor-kirim').click();
    const isi = page.getByTestId('impor-pratinjau-isi');
    await expect(isi).toBeVisible();
    await expect(page).toHaveURL(/\/impor\?id=/);
    await expect(page.getByTestId('impor-jumlah-baru')).toHaveAttribute('data-nilai', '1');
    await expect(page.getByTestId('impor-jumlah-galat')).toHaveAttribute('data-nilai', '1');
    await expect(page.getByTestId('impor-masih-galat')).toBeVisible();
    await expect(page.getByTestId('impor-terapkan')).toBeDisabled();
    // "only rows with errors" is on: the bad row (row 3 of the sheet) alone, with the message naming the part
    const rows = page.getByTestId('impor-baris');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-baris', '3');
    await expect(rows.first().getByTestId('impor-galat')).toHaveText('NIP: Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada.');
    await screenshot(page, testInfo, 'impor-galat');
    await page.getByTestId('impor-hanya-galat').click();
    await expect(rows).toHaveCount(2);
  });

  await test.step('upload the fixed file and apply it', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'pegawai-baru-perbaikan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx([baris(nipA, 'Imelda Fanggidae'), baris(nipB, 'Yeremias Ndoen')]) });
    await page.getByTestId('impor-kirim').click();
    await expect(page.getByTestId('impor-pratinjau-isi')).toContainText('pegawai-baru-perbaikan.xlsx');
    await expect(page.getByTestId('impor-jumlah-galat')).toHaveAttribute('data-nilai', '0');
    await expect(page.getByTestId('impor-jumlah-baru')).toHaveAttribute('data-nilai', '2');
    await expect(page.getByTestId('impor-baris')).toHaveCount(2);
    await page.getByTestId('impor-terapkan').click();
    await expect(page.getByTestId('impor-konfirmasi')).toContainText('Pegawai baru: 2');
    await page.getByTestId('impor-konfirmasi-ya').click();
    const hasil = page.getByTestId('impor-hasil');
    await expect(hasil).toBeVisible();
    await expect(page.getByTestId('impor-hasil-ringkas')).toHaveText('Pegawai baru: 2, diubah: 0, mutasi: 0, tetap: 0.');
    await expect(hasil).toContainText('Akun dibuat untuk 2 pegawai baru');
    await expect(page.getByTestId('impor-terapkan')).toHaveCount(0);
    await screenshot(page, testInfo, 'impor-diterapkan');
  });

  await test.step('the new pegawai is found in Data pegawai', async () => {
    await page.getByTestId('impor-ke-data-pegawai').click();
    await expect(page).toHaveURL(/\/pegawai$/);
    await page.getByTestId('pegawai-cari').fill(nipB);
    const item = page.getByTestId('pegawai-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Yeremias Ndoen, S.Kom.');
  });
});

// SKP screens on a desktop (1366×768; issue 4, DOMAIN.md §2.1) over the demo SKP year (server/src/modules/skp/
// demo-skp.ts): the admin BKPPD sees the open period of this year in "Periode SKP"; "Monitoring SKP" shows Dinas
// Kesehatan with approved and submitted SKPs and drills down into its units; the kepala dinas (pimpinan OPD) reads
// the matriks peran hasil: their RHK (from the Perjanjian Kinerja) with the kepala bidang's RHK hanging off them.
// Read-only: nothing is changed, so the phone journey (which writes the demo pegawai's SKP) is unaffected.
import type { z } from 'zod';
import type { AntrianSkp, MatriksPeranHasil, MonitoringSkp, SkpPeriode } from '../../contracts/skp.ts';
import { tanggalWita } from '../../domain/kalender.ts';
import { demoAkun, expect, login, screenshot, test } from './support.ts';

type Json<T extends z.ZodType> = z.infer<T>;

const tahunIni = () => Number(tanggalWita(new Date()).slice(0, 4));

test('admin_bkppd: "Periode SKP" shows this year\'s open period', async ({ page, request }, testInfo) => {
  const admin = await demoAkun(request, 'admin_bkppd');
  const tahun = tahunIni();
  await login(page, admin.username);
  await page.getByTestId('menu-periode-skp').click();
  await expect(page).toHaveURL(/\/periode-skp$/);
  const res = await page.request.get('/api/v1/skp/periode');
  expect(res.status()).toBe(200);
  const periode = ((await res.json()) as Json<typeof SkpPeriode>[]).find((p) => p.tahun === tahun);
  expect(periode).toMatchObject({ status: 'buka', pendekatanBawaan: 'kuantitatif', unitIds: null, tanggalMulai: `${tahun}-01-01`, tanggalSelesai: `${tahun}-12-31` });
  const kartu = page.getByTestId(`periode-${tahun}`);
  await expect(kartu).toBeVisible();
  await expect(kartu).toHaveAttribute('data-status', 'buka');
  await expect(kartu).toContainText(String(tahun));
  // an open period offers closing, not opening
  await expect(page.getByTestId(`periode-${tahun}-tutup`)).toBeVisible();
  await expect(page.getByTestId(`periode-${tahun}-buka`)).toHaveCount(0);
  await screenshot(page, testInfo, 'skp-desktop-01-periode');
});

test('admin_bkppd: "Monitoring SKP" shows Dinas Kesehatan with approved and submitted SKPs and drills down', async ({ page, request }, testInfo) => {
  const admin = await demoAkun(request, 'admin_bkppd');
  await login(page, admin.username);
  await page.getByTestId('menu-monitoring-skp').click();
  await expect(page).toHaveURL(/\/monitoring-skp$/);

  const atas = (await (await page.request.get('/api/v1/skp/monitoring')).json()) as Json<typeof MonitoringSkp>;
  expect(atas.periode?.tahun).toBe(tahunIni());
  const dinkes = atas.units.find((u) => u.unit === 'Dinas Kesehatan');
  expect(dinkes, 'Dinas Kesehatan among the monitored units').toBeDefined();
  expect(dinkes!.disetujui).toBeGreaterThan(0);
  expect(dinkes!.diajukan).toBeGreaterThan(0);
  expect(dinkes!.adaSubunit).toBe(true);

  const baris = page.getByTestId(`monitoring-skp-${dinkes!.unitId}`);
  // the first render draws a chart of every OPD: on a busy CI machine it may take longer than one expect period
  await expect(baris).toBeVisible({ timeout: 30_000 });
  await expect(baris).toContainText('Dinas Kesehatan');
  // the table's cells, in column order: unit, pegawai, draft, diajukan, dikembalikan, disetujui, belum ada, %
  const sel = baris.locator('td');
  await expect(sel.nth(3)).toHaveText(String(dinkes!.diajukan));
  await expect(sel.nth(5)).toHaveText(String(dinkes!.disetujui));
  await screenshot(page, testInfo, 'skp-desktop-02-monitoring');

  await page.getByTestId(`monitoring-skp-buka-${dinkes!.unitId}`).click();
  await expect(page).toHaveURL(new RegExp(`/monitoring-skp\\?.*unit=${dinkes!.unitId}`));
  const bawah = (await (await page.request.get(`/api/v1/skp/monitoring?unitId=${dinkes!.unitId}`)).json()) as Json<typeof MonitoringSkp>;
  expect(bawah.induk?.unit).toBe('Dinas Kesehatan');
  const kesmas = bawah.units.find((u) => u.unit === 'Bidang Kesehatan Masyarakat');
  expect(kesmas, 'Bidang Kesehatan Masyarakat under Dinas Kesehatan').toBeDefined();
  expect(kesmas!.disetujui + kesmas!.diajukan).toBeGreaterThan(0);
  await expect(page.getByTestId(`monitoring-skp-${kesmas!.unitId}`)).toContainText('Bidang Kesehatan Masyarakat');
  await expect(page.getByTestId('monitoring-skp-jejak')).toContainText('Dinas Kesehatan');
  // one row per unit the server reports below Dinas Kesehatan (the Dinas itself included for its own pegawai when it has any)
  await expect(page.getByTestId('monitoring-skp-tabel').locator('tbody tr')).toHaveCount(bawah.units.length);
  expect(bawah.units.length).toBeGreaterThan(5);
  await screenshot(page, testInfo, 'skp-desktop-03-monitoring-dinkes');
});

test('pimpinan_opd: the matriks peran hasil shows their RHK and the bawahan linked to them', async ({ page, request }, testInfo) => {
  const kepala = await demoAkun(request, 'pimpinan_opd');
  await login(page, kepala.username);
  await page.getByTestId('menu-persetujuan-skp').click();
  await expect(page).toHaveURL(/\/persetujuan-skp$/);

  const antrian = (await (await page.request.get('/api/v1/skp/antrian')).json()) as Json<typeof AntrianSkp>;
  expect(antrian.skpSayaId, 'the kepala dinas has an SKP this year').not.toBeNull();
  const matriksRes = await page.request.get(`/api/v1/skp/${antrian.skpSayaId}/matriks`);
  expect(matriksRes.status()).toBe(200);
  const matriks = (await matriksRes.json()) as Json<typeof MatriksPeranHasil>;
  expect(matriks.rhk.length).toBeGreaterThanOrEqual(3);
  const terhubung = matriks.rhk.filter((r) => r.bawahan.length > 0);
  expect(terhubung.length, 'RHK of the kepala dinas with a kepala bidang\'s RHK linked').toBeGreaterThan(0);

  await page.getByTestId('skp-tab-matriks').click();
  for (const r of matriks.rhk) {
    const kartu = page.getByTestId(`matriks-rhk-${r.id}`);
    await expect(kartu).toBeVisible();
    await expect(kartu).toContainText(r.uraian);
    for (const b of r.bawahan) {
      await expect(kartu).toContainText(b.nama);
      await expect(kartu).toContainText(b.uraian);
    }
  }
  // the puskesmas heads and others without a linked RHK are listed apart
  expect(matriks.tanpaTautan.length).toBeGreaterThan(0);
  await expect(page.getByTestId('matriks-tanpa-tautan')).toBeVisible();
  await screenshot(page, testInfo, 'skp-desktop-04-matriks');
});

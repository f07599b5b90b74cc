// The login page's unhappy and cross-cutting paths: wrong password, the DEMO notice, deep links, language, the
// admin's password reset followed by the forced change, and the audit chain verification.
//
// All tests share one server (and its database) but not one account state: the password reset targets a plain
// pegawai account that no other test logs in with, chosen at run time from the admin's account list.
import type { AkunPage } from '../../contracts/akun.ts';
import { PASSWORD_DEMO, demoAkun, digits, expect, login, logout, publicInfo, screenshot, submitLogin, test } from './support.ts';

test('wrong password: Indonesian message, stays on the login page', async ({ page, request, consoleWatch }, testInfo) => {
  const pegawai = await demoAkun(request, 'pegawai');
  consoleWatch.expectFailedRequest(401, /\/api\/v1\/auth\/login$/);

  await page.goto('/masuk');
  await submitLogin(page, pegawai.username, 'Salah-Sandi-123');
  const error = page.getByTestId('login-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('data-code', 'AUTH.KREDENSIAL_SALAH');
  await expect(error).toContainText('NIP/nama akun atau kata sandi salah.');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByTestId('logout-button')).toHaveCount(0);
  // the NIP stays filled in, so the user only retypes the password
  await expect(page.getByTestId('login-username')).toHaveValue(pegawai.username);
  await screenshot(page, testInfo, 'login-salah');

  // typing the right password afterwards logs in
  await page.getByTestId('login-password').fill(PASSWORD_DEMO);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('beranda')).toBeVisible();
  await expect(page.getByTestId('login-error')).toHaveCount(0);
  await logout(page);
});

test('empty form: field messages, no request', async ({ page }) => {
  let loginRequests = 0;
  page.on('request', (req) => {
    if (req.url().endsWith('/api/v1/auth/login')) loginRequests += 1;
  });
  await page.goto('/masuk');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-username')).toHaveAttribute('aria-invalid', 'true');
  // Mantine's PasswordInput marks its inner input with data-invalid only (no aria-invalid); the message is tied
  // to the field through aria-describedby in both cases
  await expect(page.getByTestId('login-password')).toHaveAttribute('data-invalid', 'true');
  for (const id of ['login-username', 'login-password']) {
    const describedBy = await page.getByTestId(id).getAttribute('aria-describedby');
    expect(describedBy, `${id} aria-describedby`).toBeTruthy();
    await expect(page.locator(`[id="${describedBy!.split(' ').find((x) => x.endsWith('-error'))}"]`)).toHaveText('Wajib diisi.');
  }
  await expect(page.getByTestId('login-form').getByText('Wajib diisi.')).toHaveCount(2);
  await expect(page.getByTestId('login-error')).toHaveCount(0);
  expect(loginRequests).toBe(0);
  // typing clears the field's message
  await page.getByTestId('login-username').fill('1992');
  await expect(page.getByTestId('login-username')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('login-password')).toHaveAttribute('data-invalid', 'true');
  await expect(page.getByTestId('login-form').getByText('Wajib diisi.')).toHaveCount(1);
});

test('the DEMO notice and the demo accounts are shown; picking one fills the form', async ({ page, request }, testInfo) => {
  const info = await publicInfo(request);
  await page.goto('/masuk');
  await expect(page).toHaveTitle(/^Masuk — Kinerja/);
  const banner = page.getByTestId('demo-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('DEMO');
  await expect(banner).toContainText(info.nama);
  await expect(page.getByTestId('demo-password')).toHaveText(PASSWORD_DEMO);
  for (const akun of info.akunDemo) {
    await expect(page.getByTestId(`demo-akun-${akun.username}`)).toContainText(akun.nama);
  }
  await screenshot(page, testInfo, 'login-desktop');

  const atasan = info.akunDemo.find((a) => a.peran === 'atasan')!;
  await page.getByTestId(`demo-akun-${atasan.username}`).click();
  await expect(page.getByTestId('login-username')).toHaveValue(atasan.username);
  await expect(page.getByTestId('login-password')).toHaveValue(PASSWORD_DEMO);
  await expect(page.getByTestId('login-submit')).toBeFocused();
});

test('deep link without a session: /profil → /masuk → back on /profil after login', async ({ page, request }) => {
  const pegawai = await demoAkun(request, 'pegawai');
  await page.goto('/profil');
  await expect(page).toHaveURL(/\/masuk\?ke=%2Fprofil$/);
  await submitLogin(page, pegawai.username, PASSWORD_DEMO);
  await expect(page).toHaveURL(/\/profil$/);
  await expect(page.getByTestId('profil-nama')).toHaveText(pegawai.nama);
  expect(digits(await page.getByTestId('profil-nip').textContent())).toBe(pegawai.username);
  await logout(page);
});

test('language: English survives a reload and the login; Indonesian comes back', async ({ page, request }, testInfo) => {
  const pegawai = await demoAkun(request, 'pegawai');
  await page.goto('/masuk');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Masuk ke Kinerja');
  await expect(page.getByTestId('login-submit')).toHaveText('Masuk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  await page.getByTestId('bahasa-en').click();
  await expect(heading).toHaveText('Log in to Kinerja');
  await expect(page.getByTestId('login-submit')).toHaveText('Log in');
  await expect(page.getByTestId('demo-banner')).toContainText('DEMO version');
  await expect(page.getByText('NIP or account name')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^Log in — Kinerja/);

  await page.reload();
  await expect(heading).toHaveText('Log in to Kinerja');
  await expect(page.getByTestId('login-submit')).toHaveText('Log in');
  await screenshot(page, testInfo, 'login-english');

  // signed in, the app stays English
  await submitLogin(page, pegawai.username, PASSWORD_DEMO);
  await expect(page.getByTestId('menu-profil')).toHaveText('My profile');
  await expect(page.getByTestId('logout-button')).toHaveText('Log out');
  await page.getByTestId('menu-profil').click();
  await expect(page.getByTestId('page-title')).toHaveText('My profile');
  await screenshot(page, testInfo, 'profil-english');

  // and back to Indonesian, also after a reload
  await page.getByTestId('bahasa-id').click();
  await expect(page.getByTestId('page-title')).toHaveText('Profil saya');
  await expect(page.getByTestId('menu-profil')).toHaveText('Profil saya');
  await page.reload();
  await expect(page.getByTestId('page-title')).toHaveText('Profil saya');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await logout(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masuk ke Kinerja');
});

test('admin resets a password; the pegawai must change it before anything else', async ({ page, request, consoleWatch }, testInfo) => {
  const admin = await demoAkun(request, 'admin_bkppd');
  const info = await publicInfo(request);
  const demoUsernames = new Set(info.akunDemo.map((a) => a.username));

  await login(page, admin.username);

  // An account that no other test logs in with: not a demo account, no stored role but pegawai, an 18-digit NIP.
  const res = await page.request.get('/api/v1/akun?pageSize=100');
  expect(res.status()).toBe(200);
  const akunList = (await res.json()) as AkunPage;
  const target = akunList.items.find(
    (a) => a.aktif && !a.terkunci && !demoUsernames.has(a.username) && /^\d{18}$/.test(a.username) && a.peran.length === 1 && a.peran[0] === 'pegawai',
  );
  if (!target) throw new Error('no plain pegawai account to reset in the first 100 accounts');

  let temporary = '';
  await test.step('admin: find the account and reset its password', async () => {
    await page.getByTestId('menu-akun').click();
    await expect(page).toHaveURL(/\/akun$/);
    await page.getByTestId('akun-cari').fill(target.username);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${target.username}`));
    const rows = page.getByTestId('akun-item');
    await expect(rows).toHaveCount(1);
    const row = page.locator(`[data-testid="akun-item"][data-username="${target.username}"]`);
    await expect(row).toContainText(target.namaTampilan);
    await expect(row.getByTestId('akun-harus-ganti')).toHaveCount(0);

    await row.getByTestId(`akun-reset-${target.username}`).click();
    const confirm = page.getByTestId('reset-konfirmasi');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText(target.namaTampilan);
    await page.getByTestId('reset-konfirmasi-ya').click();

    await expect(page.getByTestId('reset-hasil')).toBeVisible();
    temporary = (await page.getByTestId('reset-password-sementara').textContent())?.trim() ?? '';
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    expect(temporary).not.toBe(PASSWORD_DEMO);
    await screenshot(page, testInfo, 'akun-reset-hasil');
    await page.getByTestId('reset-tutup').click();
    await expect(page.getByTestId('reset-hasil')).toHaveCount(0);
    // the list now says the account must change its password
    await expect(row.getByTestId('akun-harus-ganti')).toBeVisible();
    await logout(page);
  });

  const baru = 'Kupang-Baru-2026!';
  await test.step('pegawai: the temporary password leads to the forced change', async () => {
    await submitLogin(page, target.username, temporary);
    await expect(page).toHaveURL(/\/ganti-kata-sandi$/);
    await expect(page.getByTestId('ganti-password-wajib')).toBeVisible();
    // nothing else is reachable: no menu, and a deep link comes back here
    await expect(page.getByTestId('menu')).toHaveCount(0);
    await page.goto('/profil');
    await expect(page).toHaveURL(/\/ganti-kata-sandi$/);
    await expect(page.getByTestId('ganti-password-wajib')).toBeVisible();
    await screenshot(page, testInfo, 'ganti-password-wajib');

    await page.getByTestId('password-lama').fill(temporary);
    await page.getByTestId('password-baru').fill(baru);
    await page.getByTestId('password-konfirmasi').fill(baru);
    await page.getByTestId('ganti-password-submit').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('beranda')).toBeVisible();
    await expect(page.getByText('Kata sandi berhasil diganti.')).toBeVisible();

    await page.getByTestId('menu-profil').click();
    await expect(page).toHaveURL(/\/profil$/);
    await expect(page.getByTestId('profil-nama')).toHaveText(target.namaTampilan);
    expect(digits(await page.getByTestId('profil-nip').textContent())).toBe(target.username);
    await logout(page);
  });

  await test.step('pegawai: the temporary password no longer works, the new one does', async () => {
    consoleWatch.expectFailedRequest(401, /\/api\/v1\/auth\/login$/);
    await submitLogin(page, target.username, temporary);
    await expect(page.getByTestId('login-error')).toHaveAttribute('data-code', 'AUTH.KREDENSIAL_SALAH');
    await login(page, target.username, baru);
    await expect(page.getByTestId('ganti-password-wajib')).toHaveCount(0);
    await expect(page.getByTestId('menu-profil')).toBeVisible();
    await logout(page);
  });
});

test('auditor verifies the audit chain: intact', async ({ page, request }, testInfo) => {
  const auditor = await demoAkun(request, 'auditor');
  await login(page, auditor.username);
  await page.getByTestId('menu-audit').click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByTestId('page-title')).toHaveText('Log audit');
  await expect(page.getByTestId('audit-item').first()).toBeVisible();

  await page.getByTestId('audit-verifikasi-button').click();
  const hasil = page.getByTestId('audit-verifikasi-hasil');
  await expect(hasil).toBeVisible();
  await expect(hasil).toHaveAttribute('data-status', 'utuh');
  await screenshot(page, testInfo, 'audit-verifikasi');
  await logout(page);
});

// On a phone (390×844, project "phone"): the pegawai logs in, opens the burger menu, reaches "Profil saya"; no
// screen scrolls sideways.
import { PASSWORD_DEMO, demoAkun, digits, elementsOutside, expect, horizontalOverflow, logout, screenshot, submitLogin, test } from './support.ts';

const WIDTH = 390;

test('pegawai on a phone: login, burger menu, profil saya without horizontal overflow', async ({ page, request }, testInfo) => {
  expect(page.viewportSize()?.width).toBe(WIDTH);
  const pegawai = await demoAkun(request, 'pegawai');
  const atasan = await demoAkun(request, 'atasan');

  await test.step('login page', async () => {
    await page.goto('/masuk');
    await expect(page.getByTestId('login-form')).toBeVisible();
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    // on phones the form comes before the demo accounts
    const formBox = await page.getByTestId('login-form').boundingBox();
    const demoBox = await page.getByTestId('demo-akun').boundingBox();
    expect(formBox && demoBox && formBox.y < demoBox.y, 'login form above the demo accounts').toBe(true);
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, testInfo, 'phone-login');
  });

  await test.step('log in', async () => {
    await submitLogin(page, pegawai.username, PASSWORD_DEMO);
    await expect(page.getByTestId('beranda')).toBeVisible();
    // the menu sits in the closed drawer
    await expect(page.getByTestId('menu-profil')).not.toBeInViewport();
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(WIDTH);
    await screenshot(page, testInfo, 'phone-beranda');
  });

  await test.step('burger menu → Profil saya', async () => {
    const burger = page.getByTestId('nav-burger');
    await expect(burger).toBeVisible();
    await burger.click();
    await expect(page.getByTestId('menu-profil')).toBeInViewport();
    await expect(page.getByTestId('user-nama')).toHaveText(pegawai.nama);
    await expect(page.getByTestId('peran-pegawai')).toBeVisible();
    await expect(page.getByTestId('menu-akun')).toHaveCount(0);
    await screenshot(page, testInfo, 'phone-menu');

    await page.getByTestId('menu-profil').click();
    await expect(page).toHaveURL(/\/profil$/);
    // the drawer closes after choosing
    await expect(page.getByTestId('menu-profil')).not.toBeInViewport();
    await expect(page.getByTestId('profil-nama')).toHaveText(pegawai.nama);
    expect(digits(await page.getByTestId('profil-nip').textContent())).toBe(pegawai.username);
    await expect(page.getByTestId('profil-pejabat-penilai')).toContainText(atasan.nama);
  });

  await test.step('no horizontal overflow on the profile', async () => {
    const { scrollWidth, clientWidth } = await horizontalOverflow(page);
    expect(clientWidth).toBe(WIDTH);
    expect(scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(WIDTH);
    // nothing inside the profile is wider than the screen either (e.g. a NIP that does not wrap)
    const tooWide = await elementsOutside(page, '[data-testid="profil"]', WIDTH);
    expect(tooWide, 'elements of the profile outside the screen').toEqual([]);
    await screenshot(page, testInfo, 'phone-profil');
  });

  await logout(page);
});

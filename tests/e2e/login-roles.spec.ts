// Each of the six demo roles logs in through the form, is offered exactly the menu of web/src/app/menu.ts, opens
// "Profil saya" (own NIP, name and pejabat penilai) and logs out again.
import type { PegawaiProfil } from '../../contracts/kepegawaian.ts';
import type { Peran } from '../../contracts/common.ts';
import { MENU_TEST_IDS, digits, expect, login, logout, publicInfo, screenshot, test, type DemoAkun, type MenuTestId } from './support.ts';

type RoleCase = {
  /** Menu entries this role must be offered; every other entry of MENU_TEST_IDS must be absent. */
  menu: MenuTestId[];
  /** A role-bound screen this role must not reach by URL ("Akses ditolak"). */
  ditolak?: string;
};

// Menu rules (menu.ts): beranda, profil and ganti kata sandi for everyone; dasbor for walikota; bawahan for
// atasan (derived from the structure: whoever holds a jabatan with subordinates, so also the kepala dinas, the
// kepala bidang and the wali kota); pegawai OPD for pimpinan_opd; data pegawai and akun for admin_bkppd; audit for
// admin_bkppd and auditor.
// Aktivitas for every account with a pegawai record (all but the wali kota, a pejabat negara), Persetujuan aktivitas for
// atasan, Monitoring aktivitas for pimpinan_opd. SKP saya for pegawai; Persetujuan SKP for atasan; Monitoring SKP and
// Perjanjian Kinerja for pimpinan_opd and admin_bkppd; Periode SKP for admin_bkppd.
const ALWAYS: MenuTestId[] = ['menu-beranda', 'menu-profil', 'menu-ganti-password'];
const ROLES: Record<Peran, RoleCase> = {
  pegawai: { menu: [...ALWAYS, 'menu-aktivitas', 'menu-skp', 'menu-penilaian'], ditolak: '/akun' },
  atasan: { menu: [...ALWAYS, 'menu-aktivitas', 'menu-skp', 'menu-penilaian', 'menu-antrian', 'menu-persetujuan-skp', 'menu-penilaian-bawahan', 'menu-keberatan', 'menu-tindak-lanjut', 'menu-bawahan'], ditolak: '/pegawai-opd' },
  pimpinan_opd: { menu: [...ALWAYS, 'menu-aktivitas', 'menu-skp', 'menu-penilaian', 'menu-antrian', 'menu-persetujuan-skp', 'menu-penilaian-bawahan', 'menu-keberatan', 'menu-monitoring-aktivitas', 'menu-monitoring-skp', 'menu-perjanjian-kinerja', 'menu-kalibrasi', 'menu-tindak-lanjut', 'menu-bawahan', 'menu-pegawai-opd', 'menu-struktur-opd'], ditolak: '/audit' },
  admin_bkppd: { menu: [...ALWAYS, 'menu-aktivitas', 'menu-skp', 'menu-penilaian', 'menu-antrian', 'menu-persetujuan-skp', 'menu-penilaian-bawahan', 'menu-keberatan', 'menu-monitoring-skp', 'menu-perjanjian-kinerja', 'menu-kalibrasi', 'menu-tindak-lanjut', 'menu-bawahan', 'menu-data-pegawai', 'menu-unit-kerja', 'menu-jabatan', 'menu-impor', 'menu-periode-skp', 'menu-periode-penilaian', 'menu-pengaturan-aktivitas', 'menu-akun', 'menu-penilai', 'menu-audit'] },
  auditor: { menu: [...ALWAYS, 'menu-aktivitas', 'menu-skp', 'menu-penilaian', 'menu-kalibrasi', 'menu-penilai', 'menu-audit'], ditolak: '/akun' },
  walikota: { menu: [...ALWAYS, 'menu-dasbor', 'menu-antrian', 'menu-persetujuan-skp', 'menu-penilaian-bawahan', 'menu-keberatan', 'menu-kalibrasi', 'menu-tindak-lanjut', 'menu-bawahan'], ditolak: '/akun' },
};

test.describe('login per demo role', () => {
  for (const [peran, role] of Object.entries(ROLES) as Array<[Peran, RoleCase]>) {
    test(`${peran}: menu, profil saya, logout`, async ({ page, request }, testInfo) => {
      const info = await publicInfo(request);
      expect(info.akunDemo.map((a) => a.peran).sort()).toEqual(Object.keys(ROLES).sort());
      const byPeran = (p: Peran): DemoAkun => info.akunDemo.find((a) => a.peran === p)!;
      const akun = byPeran(peran);

      await test.step('log in through the form', async () => {
        await login(page, akun.username);
        await expect(page).toHaveURL(/\/$/);
        await expect(page.getByTestId('beranda')).toBeVisible();
        await expect(page.getByTestId('user-nama')).toHaveText(akun.nama);
        await expect(page.getByTestId(`peran-${peran}`)).toBeVisible();
      });

      await test.step('the menu of the role', async () => {
        const menu = page.getByTestId('menu');
        await expect(menu).toBeVisible();
        for (const id of MENU_TEST_IDS) {
          if (role.menu.includes(id)) await expect(menu.getByTestId(id), `${peran} sees ${id}`).toBeVisible();
          else await expect(menu.getByTestId(id), `${peran} must not see ${id}`).toHaveCount(0);
        }
        await expect(menu.getByRole('link')).toHaveCount(role.menu.length);
        await expect(page.getByTestId('demo-badge')).toBeVisible();
      });

      if (role.ditolak) {
        await test.step(`${role.ditolak} by URL is refused`, async () => {
          await page.goto(role.ditolak!);
          await expect(page.getByTestId('status-ditolak')).toBeVisible();
        });
      }

      await test.step('profil saya', async () => {
        // what the server says about this account, to compare with the screen
        const res = await page.request.get('/api/v1/pegawai/saya');
        expect(res.status()).toBe(200);
        const profil = (await res.json()) as PegawaiProfil;

        await page.getByTestId('menu-profil').click();
        await expect(page).toHaveURL(/\/profil$/);
        await expect(page.getByTestId('menu-profil')).toHaveAttribute('data-active', 'true');
        await expect(page.getByTestId('page-title')).toHaveText('Profil saya');
        await expect(page.getByTestId('profil-nama')).toHaveText(akun.nama);
        const nip = page.getByTestId('profil-nip');
        if (/^\d+$/.test(akun.username)) {
          await expect(nip).toHaveText(/^[\d ]+$/);
          expect(digits(await nip.textContent())).toBe(akun.username);
        } else {
          // the wali kota is a pejabat negara without NIP
          await expect(nip).toHaveText('Tanpa NIP');
        }

        const penilai = page.getByTestId('profil-pejabat-penilai');
        const atasanPenilai = page.getByTestId('profil-atasan-pejabat-penilai');
        // nobody above the Wali Kota (PPK) is the top of the chain, not missing data
        const kosong = profil.jenisAsn === 'PEJABAT_NEGARA' ? 'Tidak ada — puncak rantai penilaian (Pejabat Pembina Kepegawaian)' : 'Belum ditetapkan';
        if (profil.pejabatPenilai) await expect(penilai).toContainText(profil.pejabatPenilai.namaLengkap);
        else await expect(penilai).toHaveText(kosong);
        if (profil.atasanPejabatPenilai) await expect(atasanPenilai).toContainText(profil.atasanPejabatPenilai.namaLengkap);
        else await expect(atasanPenilai).toHaveText(kosong);

        // the demo accounts are chosen so that they meet each other in the hierarchy
        if (peran === 'pegawai') await expect(penilai).toContainText(byPeran('atasan').nama);
        if (peran === 'pimpinan_opd') await expect(atasanPenilai).toContainText(byPeran('walikota').nama);
        if (peran === 'walikota') await expect(penilai).toHaveText(/puncak rantai penilaian/);

        await screenshot(page, testInfo, `profil-${peran}`);
      });

      await test.step('log out', async () => {
        await logout(page);
        await page.goto('/profil');
        await expect(page).toHaveURL(/\/masuk\?ke=%2Fprofil$/);
        await expect(page.getByTestId('login-form')).toBeVisible();
      });
    });
  }
});

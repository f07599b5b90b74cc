// What each role finds in the menu (DESIGN "Users and their main screens"). The server checks every request
// again; this only decides what is offered. testIds are stable for the browser tests.
import {
  IconBuildingSkyscraper,
  IconChartHistogram,
  IconHome,
  IconKey,
  IconLock,
  IconShieldCheck,
  IconUser,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { Peran } from '../../../contracts/common.ts';
import { hasPeran } from '../lib/authorization.ts';
import { paths } from './paths.ts';

export type MenuEntry = { key: string; href: string; label: string; icon: Icon; testId: string; exact?: boolean };

export function buildMenu(peran: readonly Peran[], t: TFunction): MenuEntry[] {
  const entries: Array<MenuEntry | false> = [
    { key: 'beranda', href: paths.beranda.getHref(), label: t('menu.beranda'), icon: IconHome, testId: 'menu-beranda', exact: true },
    hasPeran(peran, 'walikota') && { key: 'dasbor', href: paths.dasbor.getHref(), label: t('menu.dasbor'), icon: IconChartHistogram, testId: 'menu-dasbor' },
    { key: 'profil', href: paths.profil.getHref(), label: t('menu.profil'), icon: IconUser, testId: 'menu-profil' },
    hasPeran(peran, 'atasan') && { key: 'bawahan', href: paths.bawahan.getHref(), label: t('menu.bawahan'), icon: IconUsers, testId: 'menu-bawahan' },
    hasPeran(peran, 'pimpinan_opd') && { key: 'pegawai-opd', href: paths.pegawaiOpd.getHref(), label: t('menu.pegawaiOpd'), icon: IconBuildingSkyscraper, testId: 'menu-pegawai-opd' },
    hasPeran(peran, 'admin_bkppd') && { key: 'data-pegawai', href: paths.dataPegawai.getHref(), label: t('menu.dataPegawai'), icon: IconUsersGroup, testId: 'menu-data-pegawai' },
    hasPeran(peran, 'admin_bkppd') && { key: 'akun', href: paths.akun.getHref(), label: t('menu.akun'), icon: IconKey, testId: 'menu-akun' },
    hasPeran(peran, 'admin_bkppd', 'auditor') && { key: 'audit', href: paths.audit.getHref(), label: t('menu.audit'), icon: IconShieldCheck, testId: 'menu-audit' },
    { key: 'ganti-password', href: paths.gantiPassword.getHref(), label: t('menu.gantiPassword'), icon: IconLock, testId: 'menu-ganti-password' },
  ];
  return entries.filter((e): e is MenuEntry => e !== false);
}

/** Who may open each role-bound screen (route guards). */
export const ROUTE_PERAN = {
  bawahan: ['atasan'],
  pegawaiOpd: ['pimpinan_opd'],
  dataPegawai: ['admin_bkppd', 'auditor', 'walikota'],
  akun: ['admin_bkppd'],
  audit: ['admin_bkppd', 'auditor'],
  dasbor: ['walikota', 'admin_bkppd'],
} as const satisfies Record<string, readonly Peran[]>;

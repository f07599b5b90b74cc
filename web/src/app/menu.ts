// What each role finds in the menu (DESIGN "Users and their main screens"). The server checks every request
// again; this only decides what is offered. testIds are stable for the browser tests.
import {
  IconAward,
  IconBriefcase,
  IconCalendarTime,
  IconChartDots,
  IconHeartHandshake,
  IconScale,
  IconStars,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconFileCertificate,
  IconTargetArrow,
  IconCalendarStats,
  IconListCheck,
  IconReportAnalytics,
  IconBuildingSkyscraper,
  IconChartHistogram,
  IconFileImport,
  IconHome,
  IconKey,
  IconLock,
  IconShieldCheck,
  IconSettings,
  IconSitemap,
  IconUser,
  IconUserCheck,
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
    // the daily log comes first: every pegawai opens it every working day
    hasPeran(peran, 'pegawai') && { key: 'aktivitas', href: paths.aktivitas.getHref(), label: t('aktivitas.menu'), icon: IconClipboardList, testId: 'menu-aktivitas', exact: true },
    hasPeran(peran, 'pegawai') && { key: 'skp', href: paths.skp.getHref(), label: t('skp.menu'), icon: IconTargetArrow, testId: 'menu-skp' },
    hasPeran(peran, 'pegawai') && { key: 'penilaian', href: paths.penilaian.getHref(), label: t('penilaian.menu'), icon: IconAward, testId: 'menu-penilaian' },
    { key: 'beranda', href: paths.beranda.getHref(), label: t('menu.beranda'), icon: IconHome, testId: 'menu-beranda', exact: true },
    hasPeran(peran, 'walikota') && { key: 'dasbor', href: paths.dasbor.getHref(), label: t('menu.dasbor'), icon: IconChartHistogram, testId: 'menu-dasbor' },
    { key: 'profil', href: paths.profil.getHref(), label: t('menu.profil'), icon: IconUser, testId: 'menu-profil' },
    hasPeran(peran, 'atasan') && { key: 'antrian', href: paths.aktivitasAntrian.getHref(), label: t('aktivitas.antrian.menu'), icon: IconChecklist, testId: 'menu-antrian' },
    hasPeran(peran, 'atasan') && { key: 'persetujuan-skp', href: paths.skpPersetujuan.getHref(), label: t('skpPersetujuan.menu'), icon: IconListCheck, testId: 'menu-persetujuan-skp' },
    hasPeran(peran, 'atasan') && { key: 'penilaian-bawahan', href: paths.penilaianBawahan.getHref(), label: t('penilaianPenilai.menu'), icon: IconStars, testId: 'menu-penilaian-bawahan' },
    hasPeran(peran, 'atasan') && { key: 'keberatan', href: paths.keberatan.getHref(), label: t('keberatan.menu'), icon: IconScale, testId: 'menu-keberatan' },
    hasPeran(peran, 'pimpinan_opd') && { key: 'monitoring-aktivitas', href: paths.aktivitasMonitoring.getHref(), label: t('aktivitas.monitoring.menu'), icon: IconChartBar, testId: 'menu-monitoring-aktivitas' },
    hasPeran(peran, 'pimpinan_opd', 'admin_bkppd') && { key: 'monitoring-skp', href: paths.skpMonitoring.getHref(), label: t('skpAdmin.monitoring.menu'), icon: IconReportAnalytics, testId: 'menu-monitoring-skp' },
    hasPeran(peran, 'pimpinan_opd', 'admin_bkppd') && { key: 'perjanjian-kinerja', href: paths.perjanjianKinerja.getHref(), label: t('skpAdmin.pk.menu'), icon: IconFileCertificate, testId: 'menu-perjanjian-kinerja' },
    hasPeran(peran, 'pimpinan_opd', 'walikota', 'admin_bkppd', 'auditor') && { key: 'kalibrasi', href: paths.kalibrasi.getHref(), label: t('kalibrasi.menu'), icon: IconChartDots, testId: 'menu-kalibrasi' },
    hasPeran(peran, 'atasan', 'pimpinan_opd', 'walikota', 'admin_bkppd') && { key: 'tindak-lanjut', href: paths.tindakLanjut.getHref(), label: t('tindakLanjut.menu'), icon: IconHeartHandshake, testId: 'menu-tindak-lanjut' },
    hasPeran(peran, 'atasan') && { key: 'bawahan', href: paths.bawahan.getHref(), label: t('menu.bawahan'), icon: IconUsers, testId: 'menu-bawahan' },
    hasPeran(peran, 'pimpinan_opd') && { key: 'pegawai-opd', href: paths.pegawaiOpd.getHref(), label: t('menu.pegawaiOpd'), icon: IconBuildingSkyscraper, testId: 'menu-pegawai-opd' },
    hasPeran(peran, 'pimpinan_opd') && { key: 'struktur-opd', href: paths.strukturOpd.getHref(), label: t('unitKerja.menuStruktur'), icon: IconSitemap, testId: 'menu-struktur-opd' },
    hasPeran(peran, 'admin_bkppd') && { key: 'data-pegawai', href: paths.dataPegawai.getHref(), label: t('menu.dataPegawai'), icon: IconUsersGroup, testId: 'menu-data-pegawai' },
    hasPeran(peran, 'admin_bkppd') && { key: 'unit-kerja', href: paths.unitKerja.getHref(), label: t('unitKerja.menu'), icon: IconSitemap, testId: 'menu-unit-kerja' },
    hasPeran(peran, 'admin_bkppd') && { key: 'jabatan', href: paths.jabatan.getHref(), label: t('jabatan.menu'), icon: IconBriefcase, testId: 'menu-jabatan' },
    hasPeran(peran, 'admin_bkppd') && { key: 'impor', href: paths.impor.getHref(), label: t('impor.menu'), icon: IconFileImport, testId: 'menu-impor' },
    hasPeran(peran, 'admin_bkppd') && { key: 'periode-skp', href: paths.skpPeriode.getHref(), label: t('skpAdmin.periode.menu'), icon: IconCalendarStats, testId: 'menu-periode-skp' },
    hasPeran(peran, 'admin_bkppd') && { key: 'periode-penilaian', href: paths.periodePenilaian.getHref(), label: t('penilaianPenilai.periodeMenu'), icon: IconCalendarTime, testId: 'menu-periode-penilaian' },
    hasPeran(peran, 'admin_bkppd') && { key: 'pengaturan-aktivitas', href: paths.aktivitasPengaturan.getHref(), label: t('aktivitas.pengaturan.menu'), icon: IconSettings, testId: 'menu-pengaturan-aktivitas' },
    hasPeran(peran, 'admin_bkppd') && { key: 'akun', href: paths.akun.getHref(), label: t('menu.akun'), icon: IconKey, testId: 'menu-akun' },
    hasPeran(peran, 'admin_bkppd', 'auditor') && { key: 'penilai', href: paths.penilai.getHref(), label: t('penilai.menu'), icon: IconUserCheck, testId: 'menu-penilai' },
    hasPeran(peran, 'admin_bkppd', 'auditor') && { key: 'audit', href: paths.audit.getHref(), label: t('menu.audit'), icon: IconShieldCheck, testId: 'menu-audit' },
    { key: 'ganti-password', href: paths.gantiPassword.getHref(), label: t('menu.gantiPassword'), icon: IconLock, testId: 'menu-ganti-password' },
  ];
  return entries.filter((e): e is MenuEntry => e !== false);
}

/** Who may open each role-bound screen (route guards). */
export const ROUTE_PERAN = {
  aktivitas: ['pegawai'],
  aktivitasAntrian: ['atasan'],
  aktivitasMonitoring: ['pimpinan_opd'],
  // admin BKPPD sets the rules; the auditor reads them by URL
  aktivitasPengaturan: ['admin_bkppd', 'auditor'],
  bawahan: ['atasan'],
  pegawaiOpd: ['pimpinan_opd'],
  dataPegawai: ['admin_bkppd', 'auditor', 'walikota'],
  akun: ['admin_bkppd'],
  audit: ['admin_bkppd', 'auditor'],
  dasbor: ['walikota', 'admin_bkppd'],
  impor: ['admin_bkppd'],
  // the tree and the jabatan list: managed by the admin, readable (by URL) by the instansi-wide read roles
  unitKerja: ['admin_bkppd', 'auditor', 'walikota'],
  strukturOpd: ['pimpinan_opd'],
  jabatan: ['admin_bkppd', 'auditor', 'walikota'],
  pegawaiBaru: ['admin_bkppd'],
  penilai: ['admin_bkppd', 'auditor'],
  skp: ['pegawai'],
  // reading an SKP by link: its owner, penilai or someone who may see the pegawai (the server decides)
  skpDetail: ['pegawai', 'atasan', 'pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota'],
  skpPersetujuan: ['atasan'],
  skpPeriode: ['admin_bkppd', 'auditor'],
  skpMonitoring: ['pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota'],
  perjanjianKinerja: ['pimpinan_opd', 'admin_bkppd', 'auditor'],
  penilaian: ['pegawai'],
  // reading one evaluation by link: its pegawai, penilai, atasan penilai, or someone who may see the pegawai (the server decides)
  penilaianDetail: ['pegawai', 'atasan', 'pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota'],
  penilaianBawahan: ['atasan'],
  penilaianNilai: ['atasan'],
  periodePenilaian: ['admin_bkppd', 'auditor'],
  // a kepala bidang calibrates the seksi below them (the list explains when someone leads no unit with units below)
  kalibrasi: ['atasan', 'pimpinan_opd', 'walikota', 'admin_bkppd', 'auditor'],
  kalibrasiPapan: ['atasan', 'pimpinan_opd', 'walikota', 'admin_bkppd', 'auditor'],
  // the atasan pejabat penilai decides; the pegawai follows their own keberatan by link from their evaluation
  keberatan: ['atasan'],
  keberatanDetail: ['pegawai', 'atasan', 'admin_bkppd', 'auditor', 'walikota'],
  // pimpinan above record penghargaan; a penilai (atasan) also plans pembinaan for their bawahan
  tindakLanjut: ['atasan', 'pimpinan_opd', 'admin_bkppd', 'walikota', 'auditor'],
} as const satisfies Record<string, readonly Peran[]>;

// i18next setup: Bahasa Indonesia is the default, English the second language. The user's choice is kept
// in localStorage so it survives reloads and the login page.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ErrorCode } from '../../../contracts/errors.ts';
import idUmum from './id.json';
import enUmum from './en.json';
import skpId from './fitur/skp.id.json';
import skpEn from './fitur/skp.en.json';
import skpPersetujuanId from './fitur/skp-persetujuan.id.json';
import skpPersetujuanEn from './fitur/skp-persetujuan.en.json';
import skpAdminId from './fitur/skp-admin.id.json';
import skpAdminEn from './fitur/skp-admin.en.json';
import verifikasiId from './fitur/verifikasi.id.json';
import verifikasiEn from './fitur/verifikasi.en.json';
import penilaianId from './fitur/penilaian.id.json';
import penilaianEn from './fitur/penilaian.en.json';
import penilaianPenilaiId from './fitur/penilaian-penilai.id.json';
import penilaianPenilaiEn from './fitur/penilaian-penilai.en.json';
import keberatanId from './fitur/keberatan.id.json';
import keberatanEn from './fitur/keberatan.en.json';
import kalibrasiId from './fitur/kalibrasi.id.json';
import kalibrasiEn from './fitur/kalibrasi.en.json';
import tindakLanjutId from './fitur/tindak-lanjut.id.json';
import tindakLanjutEn from './fitur/tindak-lanjut.en.json';
import riwayatId from './fitur/riwayat.id.json';
import riwayatEn from './fitur/riwayat.en.json';
import rekanId from './fitur/rekan.id.json';
import rekanEn from './fitur/rekan.en.json';
import angkaKreditId from './fitur/angka-kredit.id.json';
import angkaKreditEn from './fitur/angka-kredit.en.json';

export const BAHASA = ['id', 'en'] as const;
export type Bahasa = (typeof BAHASA)[number];
const STORAGE_KEY = 'kinerja.bahasa';

// One file per feature under fitur/ (each with its own top-level key) beside the common id.json/en.json, so that
// features can be worked on side by side without editing one large file.
export const id = { ...idUmum, ...skpId, ...skpPersetujuanId, ...skpAdminId, ...verifikasiId, ...penilaianId, ...penilaianPenilaiId, ...keberatanId, ...kalibrasiId, ...tindakLanjutId, ...riwayatId, ...rekanId, ...angkaKreditId };
// every English file must hold every key of its Indonesian file (extra plural forms are allowed)
const english: typeof id = { ...(enUmum satisfies typeof idUmum), ...(skpEn satisfies typeof skpId), ...(skpPersetujuanEn satisfies typeof skpPersetujuanId), ...(skpAdminEn satisfies typeof skpAdminId), ...(verifikasiEn satisfies typeof verifikasiId), ...(penilaianEn satisfies typeof penilaianId), ...(penilaianPenilaiEn satisfies typeof penilaianPenilaiId), ...(keberatanEn satisfies typeof keberatanId), ...(kalibrasiEn satisfies typeof kalibrasiId), ...(tindakLanjutEn satisfies typeof tindakLanjutId), ...(riwayatEn satisfies typeof riwayatId), ...(rekanEn satisfies typeof rekanId), ...(angkaKreditEn satisfies typeof angkaKreditId) };

// Every error code the API can send must have a translation (a missing one fails the typecheck).
type Errors = typeof id.errors;
type MissingCode = {
  [C in ErrorCode]: C extends `${infer A}.${infer B}` ? (A extends keyof Errors ? (B extends keyof Errors[A] ? never : C) : C) : C;
}[ErrorCode];
const everyCodeTranslated: [MissingCode] extends [never] ? true : MissingCode = true;
void everyCodeTranslated;

export function isBahasa(value: unknown): value is Bahasa {
  return typeof value === 'string' && (BAHASA as readonly string[]).includes(value);
}

function storedBahasa(): Bahasa | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isBahasa(value) ? value : null;
  } catch {
    return null;
  }
}

/** True when the user picked a language on this device (then it wins over the account's preference). */
export function hasStoredBahasa(): boolean {
  return storedBahasa() !== null;
}

export function setBahasa(bahasa: Bahasa, remember = true): void {
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, bahasa);
    } catch {
      // Private mode or full storage: the choice then lasts for this page only.
    }
  }
  void i18n.changeLanguage(bahasa);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: english } },
  lng: storedBahasa() ?? 'id',
  fallbackLng: 'id',
  supportedLngs: BAHASA,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export { i18n };

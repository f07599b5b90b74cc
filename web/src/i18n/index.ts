// i18next setup: Bahasa Indonesia is the default, English the second language. The user's choice is kept
// in localStorage so it survives reloads and the login page.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ErrorCode } from '../../../contracts/errors.ts';
import id from './id.json';
import en from './en.json';

export const BAHASA = ['id', 'en'] as const;
export type Bahasa = (typeof BAHASA)[number];
const STORAGE_KEY = 'kinerja.bahasa';

// en.json must hold every key of id.json (extra plural forms are allowed).
const english: typeof id = en;

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

// The row notes of the import are written once in contracts/impor.ts (the server's Indonesian sentences) and
// translated by the web (i18n impor.catatan.<kode>): both files must know every code, with the same Indonesian text
// and the same placeholders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOLOM_IMPOR, PESAN_CATATAN } from '../../../../contracts/impor.ts';

const web = (f: string) => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../web/src/i18n', f), 'utf8')) as { impor: { catatan: Record<string, string>; kolom: Record<string, string> } };
const id = web('id.json').impor;
const en = web('en.json').impor;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((p) => p !== 'detailEn' && p !== 'detail').sort();

describe('import note codes', () => {
  it.each(Object.entries(PESAN_CATATAN))('%s: same Indonesian text in the web, an English text with the same values', (kode, teks) => {
    expect(id.catatan[kode]).toBe(teks);
    expect(en.catatan[kode]).toBeTruthy();
    expect(placeholders(en.catatan[kode]!)).toEqual(placeholders(teks));
  });
  it('no translation of a code the server does not send', () => {
    expect(Object.keys(id.catatan).sort()).toEqual(Object.keys(PESAN_CATATAN).sort());
  });
  it('every column has its title in both languages (Indonesian = the template title)', () => {
    for (const k of KOLOM_IMPOR) {
      expect(id.kolom[k.kunci]).toBe(k.judul);
      expect(en.kolom[k.kunci]).toBeTruthy();
    }
  });
});

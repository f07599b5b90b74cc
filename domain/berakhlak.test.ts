import { describe, expect, it } from 'vitest';
import { BERAKHLAK, NILAI_BERAKHLAK } from './berakhlak.ts';

// UU 20/2023 Pasal 4 ayat (2), SE MenPANRB 20/2021; DOMAIN.md §2.1 (perilaku kerja: 7 values, 3 panduan each)
describe('BerAKHLAK core values', () => {
  it('7 values in the order of the acronym, one entry per code', () => {
    expect(BERAKHLAK.map((n) => n.kode)).toEqual([...NILAI_BERAKHLAK]);
    expect(BERAKHLAK.map((n) => n.nama)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
    expect(new Set(BERAKHLAK.map((n) => n.kode)).size).toBe(7);
  });

  it.each(BERAKHLAK.map((n) => [n.nama, n] as const))('%s has a definition and 3 distinct, non-empty panduan perilaku', (_n, nilai) => {
    expect(nilai.definisi.trim()).not.toBe('');
    expect(nilai.panduan).toHaveLength(3);
    for (const p of nilai.panduan) expect(p.trim()).toBe(p);
    for (const p of nilai.panduan) expect(p).not.toBe('');
    expect(new Set(nilai.panduan).size).toBe(3);
  });

  it.each([
    ['berorientasi_pelayanan', 0, 'Memahami dan memenuhi kebutuhan masyarakat'],
    ['akuntabel', 2, 'Tidak menyalahgunakan kewenangan jabatan'],
    ['kompeten', 1, 'Membantu orang lain belajar'],
    ['harmonis', 1, 'Suka menolong orang lain'],
    ['loyal', 2, 'Menjaga rahasia jabatan dan negara'],
    ['adaptif', 0, 'Cepat menyesuaikan diri menghadapi perubahan'],
    ['kolaboratif', 0, 'Memberi kesempatan kepada berbagai pihak untuk berkontribusi'],
  ] as const)('%s panduan %i reads "%s"', (kode, i, teks) => {
    expect(BERAKHLAK.find((n) => n.kode === kode)?.panduan[i]).toBe(teks);
  });

  it('Adaptif (c) is "Bertindak proaktif" as in the UU text (a public seeder misquotes it as "Bertindak positif")', () => {
    const adaptif = BERAKHLAK.find((n) => n.kode === 'adaptif');
    expect(adaptif?.panduan[2]).toBe('Bertindak proaktif');
  });
});

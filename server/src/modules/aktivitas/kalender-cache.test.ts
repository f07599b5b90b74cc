import { describe, expect, it } from 'vitest';
import { ATURAN_BAWAAN } from './aktivitas.aturan.ts';
import { KalenderCache, type KalenderInstansi } from './kalender-cache.ts';

const kal = (nama: string): KalenderInstansi => ({ aturan: ATURAN_BAWAAN, mingguEnam: new Set(), libur: [{ tanggal: '2026-12-25', nama, unitId: null }] });

/** A load the test finishes by hand, counting how often the cache asked for one. */
function pemuat() {
  const selesai: ((k: KalenderInstansi) => void)[] = [];
  const gagal: ((e: Error) => void)[] = [];
  return {
    muat: () =>
      new Promise<KalenderInstansi>((res, rej) => {
        selesai.push(res);
        gagal.push(rej);
      }),
    get kali() {
      return selesai.length;
    },
    selesai: (i: number, k: KalenderInstansi) => selesai[i]!(k),
    gagal: (i: number) => gagal[i]!(new Error('database down')),
  };
}
const nama = async (p: Promise<KalenderInstansi>) => (await p).libur[0]!.nama;

describe('KalenderCache', () => {
  it('serves one load to concurrent misses and keeps it until the TTL, then loads again', async () => {
    let now = 1_000;
    const c = new KalenderCache(30_000, () => now);
    const m = pemuat();
    const a = c.get('i1', m.muat);
    const b = c.get('i1', m.muat);
    expect(m.kali).toBe(1);
    m.selesai(0, kal('Natal'));
    expect([await nama(a), await nama(b)]).toEqual(['Natal', 'Natal']);
    now += 30_000;
    expect(await nama(c.get('i1', m.muat))).toBe('Natal');
    expect(m.kali).toBe(1);
    now += 1;
    const lagi = c.get('i1', m.muat);
    expect(m.kali).toBe(2);
    m.selesai(1, kal('Natal (baru)'));
    expect(await nama(lagi)).toBe('Natal (baru)');
  });

  it('lupakan() drops that instansi only; the next read loads the committed rows', async () => {
    const c = new KalenderCache(30_000, () => 0);
    const m = pemuat();
    const i1 = c.get('i1', m.muat);
    const i2 = c.get('i2', m.muat);
    m.selesai(0, kal('lama'));
    m.selesai(1, kal('lain'));
    await Promise.all([i1, i2]);
    c.lupakan('i1');
    const baru = c.get('i1', m.muat);
    expect(m.kali).toBe(3);
    m.selesai(2, kal('baru'));
    expect(await nama(baru)).toBe('baru');
    expect(await nama(c.get('i2', m.muat))).toBe('lain');
    expect(m.kali).toBe(3);
  });

  it('a load that raced with a change is served to its waiters but not kept', async () => {
    const c = new KalenderCache(30_000, () => 0);
    const m = pemuat();
    const lama = c.get('i1', m.muat); // started before the change committed: may hold the old rows
    c.lupakan('i1');
    const sesudah = c.get('i1', m.muat); // started after: must not get the old load
    expect(m.kali).toBe(2);
    m.selesai(0, kal('lama'));
    m.selesai(1, kal('baru'));
    expect(await nama(lama)).toBe('lama');
    expect(await nama(sesudah)).toBe('baru');
    expect(await nama(c.get('i1', m.muat))).toBe('baru');

    // the same when the change lands while the only load is still running
    const d = new KalenderCache(30_000, () => 0);
    const n = pemuat();
    const berjalan = d.get('i1', n.muat);
    d.lupakan('i2'); // any change bumps the epoch
    n.selesai(0, kal('mungkin lama'));
    await berjalan;
    d.get('i1', n.muat);
    expect(n.kali).toBe(2);
  });

  it('a failed load is not kept: the next read tries again', async () => {
    const c = new KalenderCache(30_000, () => 0);
    const m = pemuat();
    const a = c.get('i1', m.muat);
    m.gagal(0);
    await expect(a).rejects.toThrow('database down');
    const b = c.get('i1', m.muat);
    expect(m.kali).toBe(2);
    m.selesai(1, kal('pulih'));
    expect(await nama(b)).toBe('pulih');
  });

  it('never serves an entry stored "in the future" (a clock that went back)', async () => {
    let now = 10_000;
    const c = new KalenderCache(30_000, () => now);
    const m = pemuat();
    const a = c.get('i1', m.muat);
    m.selesai(0, kal('x'));
    await a;
    now = 9_999;
    c.get('i1', m.muat);
    expect(m.kali).toBe(2);
  });
});

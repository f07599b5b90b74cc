// A shared path for the API tests of penilaian phase 2 (kalibrasi, keberatan, rekan kerja, tindak lanjut, dokumen):
// the 2026 SKP period with its evaluation periods, approved SKPs made through the SKP API, and evaluations taken to
// `dinilai` through the penilaian API with the ratings a test asks for. Everything goes through HTTP, so a test of a
// later step starts from the same state a user would have reached.
//
// Chain in the "Kota Uji" fixture: Kabid P2P ← Kasi Surveilans ← Staf A, Staf B (Seksi Surveilans); Staf C sits in
// Seksi Imunisasi whose kepala post is vacant, so Staf C's penilai is the Kabid. The test clock (Sunday 29 Nov 2026,
// 10:00 WITA) lies in Triwulan IV 2026, so Q4 and the tahunan period are open for realisasi and rating.
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './factories.ts';
import { login, type Client, type TestApp } from './test-app.ts';

export type Siapa = keyof Fixture['p'];
export type RatingUji = 'di_atas' | 'sesuai' | 'di_bawah';

export interface PeriodeUji {
  id: string;
  jenis: string;
  nomor: number;
  nama: string;
  versi: number;
  tanggalMulai: string;
  tanggalSelesai: string;
  batasRealisasi: string;
  batasPenilaian: string;
}

export interface SkpUji {
  id: string;
  versi: number;
  status: string;
  rhk: { id: string; jenis: string; indikator: { id: string }[] }[];
}

export interface PenilaianUji {
  id: string;
  status: string;
  versi: number;
  predikat: string | null;
  ratingHasilKerja: string | null;
  ratingPerilakuKerja: string | null;
  rhk: { id: string; jenis: string; indikator: { id: string }[] }[];
  [k: string]: unknown;
}

export interface RhkUji {
  jenis?: 'utama' | 'tambahan';
  uraian: string;
  rhkAtasanId?: string | null;
}

export interface AlurPenilaian {
  /** a logged-in client per fixture person (cached; `lupakanSesi` drops them after a clock jump) */
  as(who: Siapa): Promise<Client>;
  lupakanSesi(): void;
  skpPeriodeId: string;
  periode: Record<'q1' | 'q2' | 'q3' | 'q4' | 'tahunan', PeriodeUji>;
  /** The Kabid's SKP, left in draft: its RHK is what the Kasi's RHK link to. */
  rhkKabidId: string;
  /** Start, fill, submit and have `penilai` approve an SKP (one indicator per RHK, target 12 Laporan). */
  skpDisetujui(who: Siapa, penilai: Siapa, rhk: RhkUji[]): Promise<SkpUji>;
  /** Open `who`'s evaluation of a period (one approved SKP segment expected) and return it. */
  buka(who: Siapa, periodeId: string): Promise<PenilaianUji>;
  lihat(who: Siapa, penilaianId: string): Promise<PenilaianUji>;
  /**
   * Open, fill every indicator's realisasi, submit, and have `penilai` judge every RHK `hasil` and rate (hasil, perilaku)
   * with a reason when the proposal differs. Returns the record in `dinilai`.
   */
  sampaiDinilai(who: Siapa, penilai: Siapa, periodeId: string, hasil: RatingUji, perilaku: RatingUji): Promise<PenilaianUji>;
  /**
   * Finalises rated records directly in the database, as penetapan leaves a row (status ditetapkan,
   * ditetapkan_pada/oleh, versi + 1; `ubah` more columns), for tests of what comes after it: the real penetapan is
   * the calibration board's (kalibrasi.api.test.ts) and needs every record of the unit rated.
   */
  tetapkanLangsung(ids: string | readonly string[], pada: string, oleh: Siapa, ubah?: { atasan_penilai_id?: null }): Promise<void>;
}

const indikator = (uraian: string) => ({ aspek: 'kuantitas', uraian, targetAngka: 12, targetSatuan: 'Laporan' });

export async function siapkanPenilaian(t: TestApp): Promise<AlurPenilaian> {
  const clients: Partial<Record<Siapa, Client>> = {};
  const as = async (who: Siapa) => (clients[who] ??= await login(t.app, t.fx.u[who]!));
  const lupakanSesi = () => (Object.keys(clients) as Siapa[]).forEach((k) => delete clients[k]);
  const put = async (who: Siapa, url: string, payload: unknown) => (await as(who)).request({ method: 'PUT', url, payload: payload as object });

  const sp = await (await as('analis')).post('/api/v1/skp/periode', { tahun: 2026 });
  expect(sp.statusCode, sp.body).toBe(201);
  const skpPeriodeId = sp.json().id as string;
  const susun = await (await as('analis')).post('/api/v1/penilaian/periode', { skpPeriodeId });
  expect(susun.statusCode, susun.body).toBe(201);
  const [q1, q2, q3, q4, tahunan] = susun.json() as PeriodeUji[];
  const periode = { q1: q1!, q2: q2!, q3: q3!, q4: q4!, tahunan: tahunan! };

  const kabid = (await (await as('kabidP2p')).post('/api/v1/skp', { periodeId: skpPeriodeId })).json() as SkpUji;
  const kabidIsi = await put('kabidP2p', `/api/v1/skp/${kabid.id}`, { versi: kabid.versi, pendekatan: 'kuantitatif', rhk: [{ jenis: 'utama', uraian: 'Terkendalinya penyakit menular', indikator: [indikator('Kasus tertangani')] }] });
  expect(kabidIsi.statusCode, kabidIsi.body).toBe(200);
  const rhkKabidId = (kabidIsi.json() as SkpUji).rhk[0]!.id;

  async function skpDisetujui(who: Siapa, penilai: Siapa, rhk: RhkUji[]): Promise<SkpUji> {
    const mulai = await (await as(who)).post('/api/v1/skp', { periodeId: skpPeriodeId });
    expect(mulai.statusCode, mulai.body).toBe(201);
    const s = mulai.json() as SkpUji;
    const isi = await put(who, `/api/v1/skp/${s.id}`, {
      versi: s.versi,
      pendekatan: 'kuantitatif',
      rhk: rhk.map((r, i) => ({ jenis: r.jenis ?? 'utama', uraian: r.uraian, rhkAtasanId: r.rhkAtasanId ?? null, indikator: [indikator(`Indikator ${i + 1}`)] })),
    });
    expect(isi.statusCode, isi.body).toBe(200);
    const ajukan = await (await as(who)).post(`/api/v1/skp/${s.id}/aksi`, { aksi: 'ajukan', versi: isi.json().versi });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    const setuju = await (await as(penilai)).post(`/api/v1/skp/${s.id}/aksi`, { aksi: 'setujui', versi: ajukan.json().versi });
    expect(setuju.statusCode, setuju.body).toBe(200);
    return setuju.json() as SkpUji;
  }

  async function buka(who: Siapa, periodeId: string): Promise<PenilaianUji> {
    const res = await (await as(who)).post('/api/v1/penilaian', { periodeId });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().penilaian as { id: string }[];
    expect(list).toHaveLength(1);
    return lihat(who, list[0]!.id);
  }

  async function lihat(who: Siapa, penilaianId: string): Promise<PenilaianUji> {
    const res = await (await as(who)).get(`/api/v1/penilaian/${penilaianId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PenilaianUji;
  }

  async function sampaiDinilai(who: Siapa, penilai: Siapa, periodeId: string, hasil: RatingUji, perilaku: RatingUji): Promise<PenilaianUji> {
    const d = await buka(who, periodeId);
    const isi = await put(who, `/api/v1/penilaian/${d.id}/realisasi`, {
      versi: d.versi,
      refleksi: 'Target tercapai sesuai rencana.',
      indikator: d.rhk.flatMap((r) => r.indikator.map((k) => ({ indikatorId: k.id, realisasiAngka: 12, catatan: 'Sesuai rencana', aktivitasIds: [] }))),
    });
    expect(isi.statusCode, isi.body).toBe(200);
    const ajukan = await (await as(who)).post(`/api/v1/penilaian/${d.id}/aksi`, { aksi: 'ajukan', versi: isi.json().versi });
    expect(ajukan.statusCode, ajukan.body).toBe(200);
    const diajukan = ajukan.json() as PenilaianUji & { kepalaUnit: boolean; ratingHasilOrganisasi: string | null };
    // a kepala unit whose unit already has a predikat organisasi gets that rating, no reason can lift it
    const ratingHasil = (diajukan.ratingHasilOrganisasi as RatingUji | null) ?? hasil;
    const nilai = await put(penilai, `/api/v1/penilaian/${d.id}/penilaian`, {
      versi: diajukan.versi,
      rhk: d.rhk.map((r) => ({ rhkId: r.id, penilaian: ratingHasil, umpanBalik: 'Umpan balik penilai' })),
      perilaku: [{ nilai: 'berorientasi_pelayanan', umpanBalik: 'Ramah dan cepat melayani' }],
      ratingHasilKerja: ratingHasil,
      alasanRatingHasilKerja: 'Sesuai hasil pemantauan pejabat penilai',
      ratingPerilakuKerja: perilaku,
    });
    expect(nilai.statusCode, nilai.body).toBe(200);
    const selesai = await (await as(penilai)).post(`/api/v1/penilaian/${d.id}/aksi`, { aksi: 'nilai', versi: nilai.json().versi });
    expect(selesai.statusCode, selesai.body).toBe(200);
    const hasilAkhir = selesai.json() as PenilaianUji;
    expect(hasilAkhir.status).toBe('dinilai');
    return hasilAkhir;
  }

  async function tetapkanLangsung(ids: string | readonly string[], pada: string, oleh: Siapa, ubah: { atasan_penilai_id?: null } = {}) {
    await t.ctx.db
      .updateTable('penilaian')
      .set({ status: 'ditetapkan', ditetapkan_pada: pada, ditetapkan_oleh: t.fx.p[oleh], versi: sql<number>`versi + 1`, ...ubah })
      .where('id', 'in', typeof ids === 'string' ? [ids] : ids)
      .execute();
  }

  return { as, lupakanSesi, skpPeriodeId, periode, rhkKabidId, skpDisetujui, buka, lihat, sampaiDinilai, tetapkanLangsung };
}

// Penilaian kinerja pegawai — the evaluation cycle (DOMAIN.md §2.3, Permenpan-RB 6/2022): the evaluation periods of
// an SKP year (periodik: triwulanan by default or bulanan, and the tahunan one) with their deadlines, the state machine
// of one evaluation, what must be filled in before each step, and the checks on the penilai's rating hasil kerja.
// The rating rules themselves (matrix, proposal) live in predikat.ts. Pure; dates are WITA 'YYYY-MM-DD'.
//
//   draft ──ajukan──▶ diajukan ──nilai──▶ dinilai ──tetapkan (pimpinan, calibration phase)──▶ ditetapkan
//     ▲  ◀───tarik────┘  │  ▲                │
//     │                  │  └──buka_nilai─────┘
//     │      kembalikan (catatan)
//     │                  ▼
//     └────────────── dikembalikan ──ajukan──▶ diajukan
import { tambahHari, tanggalWita } from './kalender.ts';
import { type AlasanUsulan, type PenilaianRhk, type Rating, usulanRatingHasilKerja } from './predikat.ts';
import { skpBerlaku, type StatusSkp } from './skp.ts';

// ——— Evaluation periods ———

export const JENIS_PERIODIK = ['triwulanan', 'bulanan'] as const;
export type JenisPeriodik = (typeof JENIS_PERIODIK)[number];
export const JENIS_PERIODE_PENILAIAN = ['triwulanan', 'bulanan', 'tahunan'] as const;
export type JenisPeriodePenilaian = (typeof JENIS_PERIODE_PENILAIAN)[number];

/** Defaults of the deadlines, in calendar days after the period's last day (settings per generation). */
export const HARI_BATAS_BAWAAN = { realisasi: 10, penilaian: 20 } as const;

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAWI = ['I', 'II', 'III', 'IV'];

export interface RencanaPeriode {
  jenis: JenisPeriodePenilaian;
  /** triwulan 1–4, month 1–12; 1 for the tahunan period */
  nomor: number;
  tanggalMulai: string;
  tanggalSelesai: string;
  /** last WITA day the pegawai may submit realisasi */
  batasRealisasi: string;
  /** last WITA day the penilai may rate */
  batasPenilaian: string;
}

/** "Triwulan III 2026", "Maret 2026", "Tahunan 2026". */
export function namaPeriode(jenis: JenisPeriodePenilaian, nomor: number, tahun: number): string {
  if (jenis === 'triwulanan') return `Triwulan ${ROMAWI[nomor - 1] ?? nomor} ${tahun}`;
  if (jenis === 'bulanan') return `${BULAN[nomor - 1] ?? nomor} ${tahun}`;
  return `Tahunan ${tahun}`;
}

const akhirBulan = (tahun: number, bulan: number): string => new Date(Date.UTC(tahun, bulan, 0)).toISOString().slice(0, 10);
const dua = (n: number): string => String(n).padStart(2, '0');

/**
 * The evaluation periods of an SKP period [mulai, selesai] (one calendar year): the calendar quarters or months of
 * that year clipped to the SKP period (those entirely outside it are left out), then the tahunan period over the whole
 * SKP period. Deadlines: `hari.realisasi` / `hari.penilaian` calendar days after each period's last day.
 */
export function susunPeriodePenilaian(mulai: string, selesai: string, jenis: JenisPeriodik, hari: { realisasi: number; penilaian: number } = HARI_BATAS_BAWAAN): RencanaPeriode[] {
  const tahun = Number(mulai.slice(0, 4));
  const panjang = jenis === 'triwulanan' ? 3 : 1;
  const out: RencanaPeriode[] = [];
  const dengan = (p: Omit<RencanaPeriode, 'batasRealisasi' | 'batasPenilaian'>): RencanaPeriode => ({ ...p, batasRealisasi: tambahHari(p.tanggalSelesai, hari.realisasi), batasPenilaian: tambahHari(p.tanggalSelesai, hari.penilaian) });
  for (let nomor = 1; nomor * panjang <= 12; nomor++) {
    const bulanAwal = (nomor - 1) * panjang + 1;
    const awal = `${tahun}-${dua(bulanAwal)}-01`;
    const akhir = akhirBulan(tahun, bulanAwal + panjang - 1);
    const irisan = irisanTanggal(awal, akhir, mulai, selesai);
    if (irisan) out.push(dengan({ jenis, nomor, tanggalMulai: irisan.mulai, tanggalSelesai: irisan.selesai }));
  }
  out.push(dengan({ jenis: 'tahunan', nomor: 1, tanggalMulai: mulai, tanggalSelesai: selesai }));
  return out;
}

/** The days two inclusive date ranges share, or null. */
export function irisanTanggal(aMulai: string, aSelesai: string, bMulai: string, bSelesai: string): { mulai: string; selesai: string } | null {
  const mulai = aMulai > bMulai ? aMulai : bMulai;
  const selesai = aSelesai < bSelesai ? aSelesai : bSelesai;
  return mulai <= selesai ? { mulai, selesai } : null;
}

export type MasalahTanggalPeriode = 'MULAI_SETELAH_SELESAI' | 'DI_LUAR_PERIODE_SKP' | 'BATAS_REALISASI_SEBELUM_SELESAI' | 'BATAS_PENILAIAN_SEBELUM_BATAS_REALISASI';

/** An edited evaluation period must lie in its SKP period, and its deadlines follow its end in order. */
export function masalahTanggalPeriode(p: Pick<RencanaPeriode, 'tanggalMulai' | 'tanggalSelesai' | 'batasRealisasi' | 'batasPenilaian'>, skp: { mulai: string; selesai: string }): { kode: MasalahTanggalPeriode; path: string }[] {
  const out: { kode: MasalahTanggalPeriode; path: string }[] = [];
  if (p.tanggalMulai > p.tanggalSelesai) out.push({ kode: 'MULAI_SETELAH_SELESAI', path: 'tanggalSelesai' });
  if (p.tanggalMulai < skp.mulai || p.tanggalMulai > skp.selesai) out.push({ kode: 'DI_LUAR_PERIODE_SKP', path: 'tanggalMulai' });
  if (p.tanggalSelesai < skp.mulai || p.tanggalSelesai > skp.selesai) out.push({ kode: 'DI_LUAR_PERIODE_SKP', path: 'tanggalSelesai' });
  if (p.batasRealisasi < p.tanggalSelesai) out.push({ kode: 'BATAS_REALISASI_SEBELUM_SELESAI', path: 'batasRealisasi' });
  if (p.batasPenilaian < p.batasRealisasi) out.push({ kode: 'BATAS_PENILAIAN_SEBELUM_BATAS_REALISASI', path: 'batasPenilaian' });
  return out;
}

/**
 * Which SKP segments are evaluated: an approved plan (also while a reopening is asked), or a segment that was closed
 * by a mid-year mutasi while it was approved (its work up to the split is evaluated in its own record).
 */
export function skpDinilai(status: StatusSkp, disetujuiPada: string | null): boolean {
  return skpBerlaku(status) || (status === 'ditutup' && disetujuiPada !== null);
}

// ——— The state machine ———

export const STATUS_PENILAIAN = ['draft', 'diajukan', 'dikembalikan', 'dinilai', 'ditetapkan'] as const;
export type StatusPenilaian = (typeof STATUS_PENILAIAN)[number];

export const AKSI_PENILAIAN = ['isi_realisasi', 'ajukan', 'tarik', 'kembalikan', 'isi_penilaian', 'nilai', 'buka_nilai', 'tetapkan'] as const;
export type AksiPenilaian = (typeof AKSI_PENILAIAN)[number];

export type PelakuPenilaian = 'pegawai' | 'penilai' | 'pimpinan';

/** The pegawai fills in realisasi; the pejabat penilai judges and rates; the pimpinan finalises (calibration phase). */
export const PELAKU_AKSI_PENILAIAN: Record<AksiPenilaian, PelakuPenilaian> = {
  isi_realisasi: 'pegawai',
  ajukan: 'pegawai',
  tarik: 'pegawai',
  kembalikan: 'penilai',
  isi_penilaian: 'penilai',
  nilai: 'penilai',
  // the penilai takes their rating back before penetapan to correct it
  buka_nilai: 'penilai',
  tetapkan: 'pimpinan',
};

const TRANSISI: Record<StatusPenilaian, Partial<Record<AksiPenilaian, StatusPenilaian>>> = {
  draft: { isi_realisasi: 'draft', ajukan: 'diajukan' },
  diajukan: { tarik: 'draft', kembalikan: 'dikembalikan', isi_penilaian: 'diajukan', nilai: 'dinilai' },
  dikembalikan: { isi_realisasi: 'dikembalikan', ajukan: 'diajukan' },
  dinilai: { buka_nilai: 'diajukan', tetapkan: 'ditetapkan' },
  // after penetapan only a keberatan changes the result (DOMAIN.md §2.5; later phase)
  ditetapkan: {},
};

export function transisiPenilaian(status: StatusPenilaian, aksi: AksiPenilaian): StatusPenilaian | null {
  return TRANSISI[status][aksi] ?? null;
}

export const AKSI_PENILAIAN_WAJIB_CATATAN: ReadonlySet<AksiPenilaian> = new Set(['kembalikan']);

export type PeranPenilaian = 'pemilik' | 'penilai' | 'pengamat';

export function peranBolehAksiPenilaian(peran: PeranPenilaian, aksi: AksiPenilaian): boolean {
  const p = PELAKU_AKSI_PENILAIAN[aksi];
  return (p === 'pegawai' && peran === 'pemilik') || (p === 'penilai' && peran === 'penilai');
}

// ——— Deadlines (WITA calendar days, the last day included) ———

export type Tenggat = 'BELUM_MULAI' | 'BATAS_REALISASI' | 'BATAS_PENILAIAN';

export interface JadwalPeriode {
  tanggalMulai: string;
  batasRealisasi: string;
  batasPenilaian: string;
}

/**
 * Whether the period's dates allow an action now (null) or which limit stops it. The pegawai works from the period's
 * first day until the batas realisasi; a realisasi the penilai returned may be corrected and resubmitted until the
 * batas penilaian (the penilai asked for it), withdrawing a submission only until the batas realisasi (the draft could
 * not be submitted again). The penilai acts until the batas penilaian. Penetapan follows its own calendar.
 */
export function periksaTenggat(aksi: AksiPenilaian, status: StatusPenilaian, jadwal: JadwalPeriode, sekarang: Date): Tenggat | null {
  const hariIni = tanggalWita(sekarang);
  const pelaku = PELAKU_AKSI_PENILAIAN[aksi];
  if (pelaku === 'pimpinan') return null;
  if (pelaku === 'pegawai') {
    if (hariIni < jadwal.tanggalMulai) return 'BELUM_MULAI';
    if (status === 'dikembalikan') return hariIni > jadwal.batasPenilaian ? 'BATAS_PENILAIAN' : null;
    return hariIni > jadwal.batasRealisasi ? 'BATAS_REALISASI' : null;
  }
  return hariIni > jadwal.batasPenilaian ? 'BATAS_PENILAIAN' : null;
}

/** Opening (creating) one's evaluation: from the period's first day until the batas realisasi. */
export function periksaTenggatBuka(jadwal: JadwalPeriode, sekarang: Date): Tenggat | null {
  return periksaTenggat('isi_realisasi', 'draft', jadwal, sekarang);
}

/** The actions `peran` may take now: allowed by the machine and by the deadlines. */
export function aksiPenilaianTersedia(peran: PeranPenilaian, status: StatusPenilaian, jadwal: JadwalPeriode, sekarang: Date): AksiPenilaian[] {
  return AKSI_PENILAIAN.filter((a) => peranBolehAksiPenilaian(peran, a) && transisiPenilaian(status, a) !== null && periksaTenggat(a, status, jadwal, sekarang) === null);
}

// ——— What each step needs ———

export interface RealisasiIndikator {
  indikatorId: string;
  realisasiAngka: number | null;
  realisasiNarasi: string | null;
}

/** Submission needs a realisasi (a number or a narrative) on every indicator of the SKP: the ids still empty. */
export function indikatorTanpaRealisasi(indikatorIds: readonly string[], realisasi: readonly RealisasiIndikator[]): string[] {
  const terisi = new Set(realisasi.filter((r) => r.realisasiAngka !== null || Boolean(r.realisasiNarasi?.trim())).map((r) => r.indikatorId));
  return indikatorIds.filter((id) => !terisi.has(id));
}

export type KodeMasalahPenilaian = 'RHK_BELUM_DINILAI' | 'RATING_HASIL_KERJA_KOSONG' | 'RATING_PERILAKU_KERJA_KOSONG';

/** Finalising a rating needs a judgement on every RHK and both ratings. */
export function masalahPenilaian(rhk: readonly { rhkId: string; penilaian: Rating | null }[], ratingHasilKerja: Rating | null, ratingPerilakuKerja: Rating | null): { kode: KodeMasalahPenilaian; rhkId?: string }[] {
  const out: { kode: KodeMasalahPenilaian; rhkId?: string }[] = rhk.filter((r) => r.penilaian === null).map((r) => ({ kode: 'RHK_BELUM_DINILAI', rhkId: r.rhkId }));
  if (!ratingHasilKerja) out.push({ kode: 'RATING_HASIL_KERJA_KOSONG' });
  if (!ratingPerilakuKerja) out.push({ kode: 'RATING_PERILAKU_KERJA_KOSONG' });
  return out;
}

export type AlasanUsulanPenilaian = AlasanUsulan | 'CAPAIAN_KINERJA_ORGANISASI';

/**
 * The rating hasil kerja the system proposes: for the pimpinan of a unit, the unit's capaian kinerja organisasi when
 * it is known (DOMAIN.md §2.3: it IS their rating hasil kerja); otherwise the proposal from the judged RHK.
 */
export function usulanHasilKerja(rhk: readonly { jenis: 'utama' | 'tambahan'; penilaian: Rating | null }[], ratingOrganisasi: Rating | null): { rating: Rating; alasan: AlasanUsulanPenilaian } {
  if (ratingOrganisasi) return { rating: ratingOrganisasi, alasan: 'CAPAIAN_KINERJA_ORGANISASI' };
  return usulanRatingHasilKerja(rhk.filter((r): r is PenilaianRhk => r.penilaian !== null));
}

/**
 * The penilai's rating hasil kerja against the proposal: when the unit's capaian kinerja organisasi is known it must
 * be that rating (no reason lifts it); otherwise a rating other than the proposal needs a written reason.
 */
export function periksaRatingHasilKerja(rating: Rating, usulan: Rating, alasan: string | null, ratingOrganisasi: Rating | null): 'RATING_ORGANISASI' | 'ALASAN_WAJIB' | null {
  if (ratingOrganisasi) return rating === ratingOrganisasi ? null : 'RATING_ORGANISASI';
  return rating !== usulan && !alasan?.trim() ? 'ALASAN_WAJIB' : null;
}

// NIP (Nomor Induk Pegawai, PNS) and NI PPPK (Nomor Induk PPPK): parse, validate and format the 18-digit number.
// Rules: DOMAIN.md §1 "NIP (PNS)" / "NI PPPK"; sources in research/domain.md §4 (Peraturan Kepala BKN 22/2007 for the
// PNS layout; the NI PPPK layout is PARTIAL there). Pure: no I/O, no clock, imports nothing.
//
// PNS     19860926 201505 1 001     1–8 tanggal lahir YYYYMMDD · 9–14 TMT CPNS YYYYMM · 15 jenis kelamin · 16–18 urut
// NI PPPK 19900913 2025 24 2 014    1–8 tanggal lahir · 9–12 tahun pengangkatan · 13–14 kode · 15 jenis kelamin · 16–18 urut
//
// The kind of number is never inferred from its digits (DOMAIN.md §1: jenis ASN is stored): the caller says which
// layout applies. In particular positions 13–14 of an NI PPPK are a code (21 PPPK, 24 PPPK paruh waktu observed) and
// are never read as a month — `199009132025242014` is valid as PPPK and invalid as PNS (month 24).

export type JenisAsnBernomor = 'PNS' | 'PPPK' | 'PPPK_PARUH_WAKTU';

export type NipErrorCode =
  | 'NIP.BUKAN_ANGKA'
  | 'NIP.PANJANG'
  | 'NIP.TANGGAL_LAHIR'
  | 'NIP.TMT'
  | 'NIP.TMT_USIA'
  | 'NIP.TAHUN_PENGANGKATAN'
  | 'NIP.JENIS_KELAMIN'
  | 'NIP.NOMOR_URUT';

/** Digit positions (1-based, inclusive) of the part that is wrong, so a form can highlight them. */
export interface BagianNip {
  dari: number;
  sampai: number;
}

export interface NipValid {
  ok: true;
  /** 18 digits, whitespace removed — the stored form. */
  nip: string;
  /** 'YYYY-MM-DD' */
  tanggalLahir: string;
  jenisKelamin: 'L' | 'P';
  /** PNS only: 'YYYY-MM' (the TMT day is always the 1st). */
  tmtCpns?: string;
  /** NI PPPK only: year of first appointment as calon PPPK. */
  tahunPengangkatan?: number;
  /** NI PPPK only: positions 13–14 as written (meaning UNVERIFIED, research/domain.md §7 item 7). */
  kodePppk?: string;
  /** 1–999 */
  nomorUrut: number;
}

export interface NipTidakValid {
  ok: false;
  code: NipErrorCode;
  bagian: BagianNip;
  /** Indonesian, names the wrong part, e.g. "Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan 13 tidak ada". */
  pesan: string;
  /** The same in English. */
  message: string;
}

export type HasilValidasiNip = NipValid | NipTidakValid;

export interface OpsiValidasiNip {
  /**
   * Earliest plausible year of appointment in an NI PPPK. Soft bound, hence a setting: PPPK exists since PP 49/2018
   * (Manajemen PPPK, in force 28 Nov 2018) and the first PPPK were appointed in 2019. Pass a lower year (e.g. 0) to
   * accept older numbers if a source ever shows one; the hard rule "not before age 18" always applies.
   */
  tahunPppkPalingAwal?: number;
}

export const PANJANG_NIP = 18;
export const TAHUN_PPPK_PALING_AWAL = 2019;
/** DOMAIN.md §1: TMT year ≥ birth year + 18 (nobody is appointed before adulthood). */
export const USIA_PENGANGKATAN_MINIMAL = 18;
/** Sanity bound on birth years: no serving or retired ASN was born before 1900. */
const TAHUN_LAHIR_PALING_AWAL = 1900;

const BULAN_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const BULAN_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The stored form: all whitespace removed (people type `19860926 201505 1 001`). */
export function normalisasiNip(input: string): string {
  return input.replace(/\s+/g, '');
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function gagal(code: NipErrorCode, dari: number, sampai: number, pesan: string, message: string): NipTidakValid {
  return { ok: false, code, bagian: { dari, sampai }, pesan, message };
}

function labelNomor(jenisAsn: JenisAsnBernomor): string {
  return jenisAsn === 'PNS' ? 'NIP' : 'NI PPPK';
}

/** Validates an NIP (PNS) or NI PPPK for the jenis ASN the caller states; returns its parts or the first wrong part. */
export function validateNip(input: string, jenisAsn: JenisAsnBernomor, opsi: OpsiValidasiNip = {}): HasilValidasiNip {
  const nip = normalisasiNip(input);
  const label = labelNomor(jenisAsn);

  const bad = nip.search(/\D/);
  if (bad >= 0) {
    const pos = bad + 1;
    const ch = String.fromCodePoint(nip.codePointAt(bad) ?? 0);
    return gagal(
      'NIP.BUKAN_ANGKA', pos, pos,
      `${label} hanya boleh berisi angka: karakter ke-${pos} ('${ch}') bukan angka`,
      `${label} may contain digits only: character ${pos} ('${ch}') is not a digit`,
    );
  }
  if (nip.length !== PANJANG_NIP) {
    return gagal(
      'NIP.PANJANG', 1, PANJANG_NIP,
      `${label} harus ${PANJANG_NIP} digit, yang dimasukkan ${nip.length} digit`,
      `${label} must have ${PANJANG_NIP} digits, ${nip.length} were entered`,
    );
  }

  // 1–8: tanggal lahir YYYYMMDD (both layouts).
  const ly = Number(nip.slice(0, 4));
  const lm = Number(nip.slice(4, 6));
  const ld = Number(nip.slice(6, 8));
  const lahirId = 'Digit 1–8 (tanggal lahir) harus tanggal yang valid (TTTTBBHH)';
  const lahirEn = 'Digits 1–8 (date of birth) must be a valid date (YYYYMMDD)';
  if (ly < TAHUN_LAHIR_PALING_AWAL) {
    return gagal('NIP.TANGGAL_LAHIR', 1, 8, `${lahirId}: tahun ${nip.slice(0, 4)} tidak masuk akal`, `${lahirEn}: year ${nip.slice(0, 4)} is not plausible`);
  }
  if (lm < 1 || lm > 12) {
    return gagal('NIP.TANGGAL_LAHIR', 1, 8, `${lahirId}: bulan ${nip.slice(4, 6)} tidak ada`, `${lahirEn}: there is no month ${nip.slice(4, 6)}`);
  }
  if (ld < 1 || ld > daysInMonth(ly, lm)) {
    return gagal(
      'NIP.TANGGAL_LAHIR', 1, 8,
      `${lahirId}: tanggal ${nip.slice(6, 8)} tidak ada pada bulan ${BULAN_ID[lm - 1]} ${ly}`,
      `${lahirEn}: ${BULAN_EN[lm - 1]} ${ly} has no day ${nip.slice(6, 8)}`,
    );
  }
  const tanggalLahir = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const palingAwal = ly + USIA_PENGANGKATAN_MINIMAL;

  let tmtCpns: string | undefined;
  let tahunPengangkatan: number | undefined;
  let kodePppk: string | undefined;

  if (jenisAsn === 'PNS') {
    // 9–14: TMT CPNS YYYYMM; month 01–12, year ≥ birth year + 18 (DOMAIN.md §1).
    const ty = Number(nip.slice(8, 12));
    const tm = nip.slice(12, 14);
    if (Number(tm) < 1 || Number(tm) > 12) {
      return gagal(
        'NIP.TMT', 9, 14,
        `Digit 9–14 (TMT CPNS) harus tahun dan bulan yang valid: bulan ${tm} tidak ada`,
        `Digits 9–14 (TMT CPNS) must be a valid year and month: there is no month ${tm}`,
      );
    }
    if (ty < palingAwal) {
      return gagal(
        'NIP.TMT_USIA', 9, 14,
        `Digit 9–14 (TMT CPNS) tidak mungkin: tahun ${ty} kurang dari ${USIA_PENGANGKATAN_MINIMAL} tahun setelah tahun lahir ${ly} (paling awal ${palingAwal})`,
        `Digits 9–14 (TMT CPNS) are not possible: ${ty} is less than ${USIA_PENGANGKATAN_MINIMAL} years after the birth year ${ly} (earliest ${palingAwal})`,
      );
    }
    tmtCpns = `${nip.slice(8, 12)}-${tm}`;
  } else {
    // 9–12: tahun pengangkatan; 13–14: a code, deliberately not checked (never a month — DOMAIN.md §1).
    const ty = Number(nip.slice(8, 12));
    const minimum = opsi.tahunPppkPalingAwal ?? TAHUN_PPPK_PALING_AWAL;
    if (ty < palingAwal) {
      return gagal(
        'NIP.TMT_USIA', 9, 12,
        `Digit 9–12 (tahun pengangkatan PPPK) tidak mungkin: tahun ${ty} kurang dari ${USIA_PENGANGKATAN_MINIMAL} tahun setelah tahun lahir ${ly} (paling awal ${palingAwal})`,
        `Digits 9–12 (PPPK appointment year) are not possible: ${ty} is less than ${USIA_PENGANGKATAN_MINIMAL} years after the birth year ${ly} (earliest ${palingAwal})`,
      );
    }
    if (ty < minimum) {
      return gagal(
        'NIP.TAHUN_PENGANGKATAN', 9, 12,
        `Digit 9–12 (tahun pengangkatan PPPK) tidak mungkin: PPPK baru diangkat sejak ${minimum} (PP 49/2018), bukan ${ty}`,
        `Digits 9–12 (PPPK appointment year) are not possible: PPPK have only been appointed since ${minimum} (PP 49/2018), not ${ty}`,
      );
    }
    tahunPengangkatan = ty;
    kodePppk = nip.slice(12, 14);
  }

  // 15: jenis kelamin, 1 laki-laki / 2 perempuan.
  const g = nip.charAt(14);
  if (g !== '1' && g !== '2') {
    return gagal(
      'NIP.JENIS_KELAMIN', 15, 15,
      `Digit 15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan ${g}`,
      `Digit 15 (sex) must be 1 (male) or 2 (female), not ${g}`,
    );
  }

  // 16–18: nomor urut, starting at 001.
  const urut = Number(nip.slice(15, 18));
  if (urut === 0) {
    return gagal(
      'NIP.NOMOR_URUT', 16, 18,
      'Digit 16–18 (nomor urut) tidak boleh 000: nomor urut dimulai dari 001',
      'Digits 16–18 (sequence number) cannot be 000: numbering starts at 001',
    );
  }

  const hasil: NipValid = { ok: true, nip, tanggalLahir, jenisKelamin: g === '1' ? 'L' : 'P', nomorUrut: urut };
  if (tmtCpns !== undefined) hasil.tmtCpns = tmtCpns;
  if (tahunPengangkatan !== undefined) hasil.tahunPengangkatan = tahunPengangkatan;
  if (kodePppk !== undefined) hasil.kodePppk = kodePppk;
  return hasil;
}

/**
 * The written form with spaces (research/domain.md §4.1, EYD practice):
 *   PNS      `19860926 201505 1 001`      (lahir · TMT CPNS · jenis kelamin · urut)
 *   NI PPPK  `19900913 2025 24 2 014`     (lahir · tahun · kode · jenis kelamin · urut) — the same groups as the PNS
 *            form, with the 6-digit TMT split into year and code so the code is never mistaken for a month.
 * Anything that is not 18 digits after removing whitespace is returned unchanged (trimmed): formatting never hides
 * a wrong number, validation reports it.
 */
export function formatNip(input: string, jenisAsn: JenisAsnBernomor = 'PNS'): string {
  const nip = normalisasiNip(input);
  if (!/^\d{18}$/.test(nip)) return input.trim();
  if (jenisAsn === 'PNS') return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
  return `${nip.slice(0, 8)} ${nip.slice(8, 12)} ${nip.slice(12, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

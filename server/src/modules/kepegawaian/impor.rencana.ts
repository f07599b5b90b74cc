// What an import would do, row by row, against the organisation as it is: new pegawai, changed fields, mutasi to
// another post, unchanged, or an error that names the column. Pure: the service loads everything once (units,
// posts, pegawai, the penilai structure) and the same plan runs at preview and again inside the commit transaction,
// so what is applied is what the admin saw — or the commit is refused.
import type { BarisImpor, CatatanImpor, JumlahImpor, KunciKolom, PerubahanImpor } from '../../../../contracts/impor.ts';
import { LABEL_JENIS_ASN, LABEL_JENIS_JABATAN } from '../../../../contracts/impor.ts';
import { type LookupsPadaTanggal, naikSampaiTerisi, penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import { STATUS_TANPA_AKSES } from '../../../../domain/status-pegawai.ts';
import { type BarisNormal, catatan, jarakEdit, kunciNama } from './impor.normalisasi.ts';

export interface UnitRef {
  id: string;
  kode: string;
  nama: string;
  ditutup_pada: string | null;
}
export interface JabatanRef {
  id: string;
  unit_id: string;
  nama: string;
  jenis: string;
}
export interface PegawaiRef {
  id: string;
  nip: string | null;
  nama: string;
  gelar_depan: string | null;
  gelar_belakang: string | null;
  jenis_asn: string;
  golongan: string | null;
  jabatan_id: string | null;
  status: string;
  versi: number;
}

export interface DataRencana {
  /** WITA date of the import: TMT where the cell is empty, and "today" for the future-date rule */
  tanggalImpor: string;
  /** columns present in the file; an absent optional column leaves its field unchanged */
  kolom: ReadonlySet<KunciKolom>;
  unit: readonly UnitRef[];
  jabatan: readonly JabatanRef[];
  /** every pegawai of the instansi (NIP match, and names of penilai in warnings) */
  pegawai: readonly PegawaiRef[];
  /** NIPs of this file already used as an account name (usernames are unique across the installation) */
  akunTerpakai: ReadonlySet<string>;
  /** start of each pegawai's open jabatan history row */
  mulaiJabatan: ReadonlyMap<string, string>;
  /** the penilai structure on tanggalImpor, before the import (domain/penilai.ts) */
  struktur: LookupsPadaTanggal;
}

export type FieldUbah = 'nama' | 'gelar_depan' | 'gelar_belakang' | 'golongan';

export type Terap =
  | { jenis: 'baru'; jabatanId: string; tmt: string }
  | {
      jenis: 'ubah';
      pegawaiId: string;
      versi: number;
      set: Partial<Record<FieldUbah, string | null>>;
      sebelum: Partial<Record<FieldUbah, string | null>>;
      mutasi: { jabatanId: string; tmt: string } | null;
    };

export interface RencanaBaris {
  laporan: BarisImpor;
  /** null for 'tetap' and 'galat' */
  terap: Terap | null;
  normal: BarisNormal;
  /** the pegawai's id, or `baru:<row>` for one the import would create */
  pegawaiId: string;
}

const FIELD: { kunci: KunciKolom; kolom: FieldUbah; dari: (p: PegawaiRef) => string | null; ke: (r: BarisNormal) => string | null }[] = [
  { kunci: 'nama', kolom: 'nama', dari: (p) => p.nama, ke: (r) => r.nama },
  { kunci: 'gelarDepan', kolom: 'gelar_depan', dari: (p) => p.gelar_depan, ke: (r) => r.gelarDepan },
  { kunci: 'gelarBelakang', kolom: 'gelar_belakang', dari: (p) => p.gelar_belakang, ke: (r) => r.gelarBelakang },
  { kunci: 'golongan', kolom: 'golongan', dari: (p) => p.golongan, ke: (r) => r.golongan },
];

const namaLengkap = (p: { nama: string; gelar_depan: string | null; gelar_belakang: string | null }) =>
  `${p.gelar_depan ? `${p.gelar_depan} ` : ''}${p.nama}${p.gelar_belakang ? `, ${p.gelar_belakang}` : ''}`;

const labelJenisJabatan = (j: string) => (LABEL_JENIS_JABATAN as Record<string, string>)[j] ?? j;

/**
 * Plans every row. `galatAwal`/`peringatanAwal` are the cell-level notes of normalisation (by row number); rows with
 * them are still looked up so the admin sees every problem of a row at once.
 */
export function rencanakanImpor(
  rows: readonly BarisNormal[],
  data: DataRencana,
  galatAwal: ReadonlyMap<number, CatatanImpor[]> = new Map(),
  peringatanAwal: ReadonlyMap<number, CatatanImpor[]> = new Map(),
): RencanaBaris[] {
  const unitByKode = new Map(data.unit.map((u) => [u.kode.toUpperCase(), u]));
  const unitById = new Map(data.unit.map((u) => [u.id, u]));
  const unitByNama = new Map<string, UnitRef[]>();
  for (const u of data.unit) unitByNama.set(kunciNama(u.nama), [...(unitByNama.get(kunciNama(u.nama)) ?? []), u]);
  const jabatanById = new Map(data.jabatan.map((j) => [j.id, j]));
  const jabatanByUnit = new Map<string, JabatanRef[]>();
  for (const j of data.jabatan) jabatanByUnit.set(j.unit_id, [...(jabatanByUnit.get(j.unit_id) ?? []), j]);
  const pegawaiByNip = new Map<string, PegawaiRef>();
  const pegawaiById = new Map<string, PegawaiRef>();
  for (const p of data.pegawai) {
    pegawaiById.set(p.id, p);
    if (p.nip) pegawaiByNip.set(p.nip, p);
  }
  const barisByNip = new Map<string, number[]>();
  for (const r of rows) if (r.nip) barisByNip.set(r.nip, [...(barisByNip.get(r.nip) ?? []), r.baris]);
  const hariIni = data.tanggalImpor;
  const jabatanLabel = (j: JabatanRef) => {
    const u = unitById.get(j.unit_id);
    return u ? `${j.nama} — ${u.nama} (${u.kode})` : j.nama;
  };
  const penilaiNip = (jabatanId: string, selfId: string): string | null => {
    const hit = naikSampaiTerisi(jabatanId, new Set([selfId]), hariIni, data.struktur);
    return hit ? (pegawaiById.get(hit.pegawaiId)?.nip ?? null) : null;
  };

  const out: RencanaBaris[] = rows.map((r) => {
    const n = r.baris;
    const galat = [...(galatAwal.get(n) ?? [])];
    const peringatan = [...(peringatanAwal.get(n) ?? [])];
    const perubahan: PerubahanImpor[] = [];
    const existing = r.nip ? pegawaiByNip.get(r.nip) : undefined;

    const kembar = (r.nip && barisByNip.get(r.nip)) || [];
    if (kembar.length > 1) galat.push(catatan(n, 'nip', 'NIP_GANDA', { nip: r.nip, lain: kembar.filter((b) => b !== n).join(', ') }));
    if (existing && r.jenisAsn && existing.jenis_asn !== r.jenisAsn) {
      galat.push(catatan(n, 'jenisAsn', 'JENIS_ASN_BERBEDA', { tersimpan: (LABEL_JENIS_ASN as Record<string, string>)[existing.jenis_asn] ?? existing.jenis_asn, nilai: LABEL_JENIS_ASN[r.jenisAsn] }));
    }
    if (!existing && r.nip && data.akunTerpakai.has(r.nip)) galat.push(catatan(n, 'nip', 'NIP_AKUN_TERPAKAI', { nip: r.nip }));

    // unit: kode first (unique), then the exact name (names repeat: every dinas has a "Sekretariat")
    let unit: UnitRef | undefined;
    if (r.unitKerja) {
      unit = unitByKode.get(r.unitKerja.toUpperCase());
      if (!unit) {
        const byName = unitByNama.get(kunciNama(r.unitKerja)) ?? [];
        if (byName.length === 1) unit = byName[0];
        else if (byName.length > 1) {
          const kode = byName.slice(0, 4).map((u) => u.kode).join(', ') + (byName.length > 4 ? ', …' : '');
          galat.push(catatan(n, 'unitKerja', 'UNIT_GANDA', { nilai: r.unitKerja, jumlah: byName.length, kode }));
        } else galat.push(catatan(n, 'unitKerja', 'UNIT_TIDAK_DIKENAL', { nilai: r.unitKerja }));
      }
    }

    // post: by name within the unit; several posts of one name differ by their atasan → NIP Atasan chooses
    let jab: JabatanRef | undefined;
    if (unit && r.jabatan) {
      const dalamUnit = jabatanByUnit.get(unit.id) ?? [];
      let kandidat = dalamUnit.filter((j) => kunciNama(j.nama) === kunciNama(r.jabatan));
      if (kandidat.length > 1 && r.jenisJabatan) {
        const sejenis = kandidat.filter((j) => j.jenis === r.jenisJabatan);
        if (sejenis.length) kandidat = sejenis;
      }
      if (kandidat.length > 1 && existing?.jabatan_id && kandidat.some((j) => j.id === existing.jabatan_id)) {
        kandidat = kandidat.filter((j) => j.id === existing.jabatan_id);
      }
      if (kandidat.length > 1 && r.nipAtasan) {
        const cocok = kandidat.filter((j) => penilaiNip(j.id, existing?.id ?? '') === r.nipAtasan);
        if (cocok.length) kandidat = cocok;
      }
      if (kandidat.length === 1) jab = kandidat[0];
      else if (kandidat.length > 1) galat.push(catatan(n, 'jabatan', 'JABATAN_GANDA', { nilai: r.jabatan, unit: unit.kode, jumlah: kandidat.length }));
      else {
        const target = kunciNama(r.jabatan);
        const maks = Math.max(2, Math.floor(target.length * 0.25));
        let saran: JabatanRef | undefined;
        let terbaik = maks + 1;
        for (const j of dalamUnit) {
          const d = jarakEdit(kunciNama(j.nama), target, maks);
          if (d < terbaik) [terbaik, saran] = [d, j];
        }
        galat.push(
          saran
            ? catatan(n, 'jabatan', 'JABATAN_TIDAK_ADA_SARAN', { nilai: r.jabatan, unit: unit.kode, saran: saran.nama })
            : catatan(n, 'jabatan', 'JABATAN_TIDAK_ADA', { nilai: r.jabatan, unit: unit.kode }),
        );
      }
    }
    if (jab && r.jenisJabatan && jab.jenis !== r.jenisJabatan) {
      peringatan.push(catatan(n, 'jenisJabatan', 'JENIS_JABATAN_BERBEDA', { jabatan: jab.nama, tersimpan: labelJenisJabatan(jab.jenis), nilai: labelJenisJabatan(r.jenisJabatan) }));
    }

    const tmt = r.tmtJabatan ?? hariIni;
    const pindah = !!jab && (!existing || existing.jabatan_id !== jab.id);
    if (pindah) {
      if (tmt > hariIni) galat.push(catatan(n, 'tmtJabatan', 'TANGGAL_MASA_DEPAN', { tanggal: tmt, hariIni }));
      if (unit?.ditutup_pada && unit.ditutup_pada <= tmt) galat.push(catatan(n, 'unitKerja', 'UNIT_DITUTUP', { unit: unit.kode, tanggal: unit.ditutup_pada }));
    }

    let terap: Terap | null = null;
    if (existing) {
      const set: Partial<Record<FieldUbah, string | null>> = {};
      const sebelum: Partial<Record<FieldUbah, string | null>> = {};
      for (const f of FIELD) {
        if (!data.kolom.has(f.kunci)) continue;
        const dari = f.dari(existing) || null;
        const ke = f.ke(r) || null;
        if (dari !== ke) {
          set[f.kolom] = ke;
          sebelum[f.kolom] = dari;
          perubahan.push({ kolom: f.kunci, dari, ke });
        }
      }
      const tidakAktif = STATUS_TANPA_AKSES.has(existing.status);
      const mulai = data.mulaiJabatan.get(existing.id);
      if (pindah && jab) {
        if (tidakAktif) galat.push(catatan(n, null, 'PEGAWAI_TIDAK_AKTIF', { status: existing.status }));
        if (mulai && tmt <= mulai) galat.push(catatan(n, 'tmtJabatan', 'TMT_SEBELUM_JABATAN_SEKARANG', { tanggal: tmt, mulai }));
        const lama = existing.jabatan_id ? jabatanById.get(existing.jabatan_id) : undefined;
        perubahan.push({ kolom: 'jabatan', dari: lama ? jabatanLabel(lama) : null, ke: jabatanLabel(jab) });
      } else {
        if (tidakAktif) peringatan.push(catatan(n, null, 'PEGAWAI_TIDAK_AKTIF_INFO', { status: existing.status }));
        if (jab && r.tmtJabatan && mulai && r.tmtJabatan !== mulai) peringatan.push(catatan(n, 'tmtJabatan', 'TMT_DIABAIKAN', { tanggal: r.tmtJabatan, mulai }));
      }
      if (perubahan.length && jab) terap = { jenis: 'ubah', pegawaiId: existing.id, versi: existing.versi, set, sebelum, mutasi: pindah ? { jabatanId: jab.id, tmt } : null };
    } else if (jab) {
      terap = { jenis: 'baru', jabatanId: jab.id, tmt };
    }

    const aksi: BarisImpor['aksi'] = galat.length ? 'galat' : !existing ? 'baru' : pindah ? 'mutasi' : perubahan.length ? 'diubah' : 'tetap';
    return {
      laporan: { baris: n, nip: r.nip, nama: r.nama || existing?.nama || '', aksi, perubahan, galat, peringatan },
      terap: galat.length ? null : terap,
      normal: r,
      pegawaiId: existing?.id ?? `baru:${n}`,
    };
  });

  periksaNipAtasan(out, data, pegawaiById, jabatanById);
  return out;
}

/**
 * NIP Atasan is a check, never an input: after the import (new pegawai placed, mutasi applied), who evaluates this
 * pegawai by the one rule (domain/penilai.ts, overrides and Plt/Plh included)? A different NIP is a warning.
 */
function periksaNipAtasan(out: RencanaBaris[], data: DataRencana, pegawaiById: Map<string, PegawaiRef>, jabatanById: Map<string, JabatanRef>): void {
  const pindah = new Map<string, string>();
  const masuk = new Map<string, string[]>();
  const baruById = new Map<string, BarisNormal>();
  for (const r of out) {
    const t = r.terap;
    const tujuan = t?.jenis === 'baru' ? t.jabatanId : t?.mutasi?.jabatanId;
    if (!tujuan) continue;
    pindah.set(r.pegawaiId, tujuan);
    masuk.set(tujuan, [...(masuk.get(tujuan) ?? []), r.pegawaiId]);
    if (t?.jenis === 'baru') baruById.set(r.pegawaiId, r.normal);
  }
  const s = data.struktur;
  const sesudah: LookupsPadaTanggal = {
    ...s,
    jabatanPegawai: (p, d) => pindah.get(p) ?? s.jabatanPegawai(p, d),
    pemangkuOf: (j, d) => [...s.pemangkuOf(j, d).filter((p) => !pindah.has(p)), ...(masuk.get(j) ?? [])],
    atasanOf: (j) => s.atasanOf(j),
    pelaksanaTugasOf: (j, d) => s.pelaksanaTugasOf(j, d),
    overrideOf: (p, d) => s.overrideOf(p, d),
  };
  for (const r of out) {
    const nilai = r.normal.nipAtasan;
    if (!nilai || r.laporan.aksi === 'galat') continue;
    const hasil = penilaiPadaTanggal(r.pegawaiId, data.tanggalImpor, sesudah).penilai;
    if (!hasil) {
      r.laporan.peringatan.push(catatan(r.normal.baris, 'nipAtasan', 'NIP_ATASAN_TANPA_PENILAI', { nilai }));
      continue;
    }
    const p = pegawaiById.get(hasil.pegawaiId);
    const baru = baruById.get(hasil.pegawaiId);
    const nip = p?.nip ?? baru?.nip ?? null;
    if (nip === nilai) continue;
    const jabatan = hasil.jabatanId ? (jabatanById.get(hasil.jabatanId)?.nama ?? '') : '';
    const nama = p ? namaLengkap(p) : baru ? namaLengkap({ nama: baru.nama, gelar_depan: baru.gelarDepan, gelar_belakang: baru.gelarBelakang }) : '?';
    r.laporan.peringatan.push(catatan(r.normal.baris, 'nipAtasan', 'NIP_ATASAN_BERBEDA', { nilai, penilai: nama, nipPenilai: nip ?? '—', jabatanPenilai: jabatan }));
  }
}

export function hitungJumlah(rows: readonly { laporan: BarisImpor }[]): JumlahImpor {
  const j: JumlahImpor = { baris: rows.length, baru: 0, diubah: 0, mutasi: 0, tetap: 0, galat: 0, peringatan: 0 };
  for (const { laporan } of rows) {
    j[laporan.aksi]++;
    if (laporan.peringatan.length) j.peringatan++;
  }
  return j;
}

/** What a row would do, compared between preview and commit: same action, same fields to the same values. */
export function tandaRencana(r: RencanaBaris): string {
  const t = r.terap;
  const tujuan = t?.jenis === 'baru' ? t.jabatanId : t?.mutasi?.jabatanId ?? '';
  return `${r.laporan.aksi}|${tujuan}|${r.laporan.perubahan.map((p) => `${p.kolom}=${p.ke ?? ''}`).join(';')}`;
}

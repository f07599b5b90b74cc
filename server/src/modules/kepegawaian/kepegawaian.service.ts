// Pegawai profiles and lists, always checked against the actor's scope first.
import type { PegawaiProfil, PejabatRingkas } from '../../../../contracts/kepegawaian.ts';
import type { PenilaiPegawai } from '../../../../contracts/penilai.ts';
import type { SumberPenilai } from '../../../../domain/penilai.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import type { Aktor } from '../auth/aktor.ts';
import { bolehLihatPegawai } from './kepegawaian.policy.ts';
import * as repo from './kepegawaian.repository.ts';
import { hariIni, penilaiDari } from './penilai.service.ts';

export function namaLengkap(p: { nama: string; gelar_depan: string | null; gelar_belakang: string | null }): string {
  return `${p.gelar_depan ? `${p.gelar_depan} ` : ''}${p.nama}${p.gelar_belakang ? `, ${p.gelar_belakang}` : ''}`;
}

/** Pejabat Penilai and Atasan Pejabat Penilai of a pegawai today (WITA), from the dated chain. */
export async function penilaiOf(ctx: Ctx, instansiId: string, pegawaiId: string) {
  return penilaiDari(ctx, instansiId, pegawaiId, hariIni(ctx));
}

/**
 * Loads a pegawai if the actor may see them. Out of scope answers 404, as for a pegawai that does not exist:
 * whether a colleague's record exists is not the caller's business.
 */
export async function cekLihatPegawai(ctx: Ctx, aktor: Aktor, pegawaiId: string) {
  const p = await repo.findPegawai(ctx.db, aktor.instansiId, pegawaiId);
  if (!p) return fail('DATA.TIDAK_DITEMUKAN');
  const chain = await penilaiOf(ctx, aktor.instansiId, p.id);
  const facts = { id: p.id, instansiId: p.instansi_id, opdId: p.opd_id, penilaiId: chain.penilai?.pegawaiId ?? null };
  if (!bolehLihatPegawai(aktor, facts)) return fail('DATA.TIDAK_DITEMUKAN');
  return ok({ p, chain });
}

export async function profilPegawai(ctx: Ctx, aktor: Aktor, pegawaiId: string): Promise<Result<PegawaiProfil>> {
  const seen = await cekLihatPegawai(ctx, aktor, pegawaiId);
  if (!seen.ok) return seen;
  const { p, chain } = seen.value;

  const pathIds = (p.unit_jalur ?? '').split('/').filter(Boolean);
  const [units, pejabat] = await Promise.all([
    repo.unitNames(ctx.db, aktor.instansiId, pathIds),
    repo.pegawaiBrief(
      ctx.db,
      aktor.instansiId,
      [chain.penilai?.pegawaiId, chain.atasanPenilai?.pegawaiId].filter((x): x is string => !!x),
    ),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.nama]));
  const ringkas = (id: string | undefined): PejabatRingkas | null => {
    const b = pejabat.find((x) => x.id === id);
    return b ? { pegawaiId: b.id, nip: b.nip, namaLengkap: namaLengkap(b), jabatan: b.jabatan_nama } : null;
  };
  return ok({
    id: p.id,
    nip: p.nip,
    nama: p.nama,
    gelarDepan: p.gelar_depan,
    gelarBelakang: p.gelar_belakang,
    namaLengkap: namaLengkap(p),
    jenisAsn: p.jenis_asn as PegawaiProfil['jenisAsn'],
    jenisKelamin: (p.jenis_kelamin as 'L' | 'P' | null) ?? null,
    tanggalLahir: p.tanggal_lahir,
    golongan: p.golongan,
    status: p.status as PegawaiProfil['status'],
    statusSejak: p.status_sejak,
    email: p.email,
    telepon: p.telepon,
    versi: p.versi,
    jabatan: p.jabatan_id
      ? {
          id: p.jabatan_id,
          nama: p.jabatan_nama ?? '',
          jenis: p.jabatan_jenis as NonNullable<PegawaiProfil['jabatan']>['jenis'],
          jenjang: p.jabatan_jenjang ?? null,
          kelasJabatan: p.kelas_jabatan ?? null,
        }
      : null,
    unit: p.unit_id ? { id: p.unit_id, nama: p.unit_nama ?? '', jalurNama: pathIds.map((id) => unitName.get(id) ?? '?') } : null,
    opd: p.opd_id ? { id: p.opd_id, nama: p.opd_nama ?? '' } : null,
    pejabatPenilai: ringkas(chain.penilai?.pegawaiId),
    atasanPejabatPenilai: ringkas(chain.atasanPenilai?.pegawaiId),
  });
}

export async function profilSaya(ctx: Ctx, aktor: Aktor): Promise<Result<PegawaiProfil>> {
  if (!aktor.pegawaiId) return fail('DATA.TIDAK_DITEMUKAN', 'Akun ini tidak terhubung dengan data pegawai.');
  return profilPegawai(ctx, aktor, aktor.pegawaiId);
}

function ringkasPenilai(b: { id: string; nip: string | null; nama: string; gelar_depan: string | null; gelar_belakang: string | null; jabatan_nama: string | null } | undefined, sumber: SumberPenilai) {
  return b ? { pegawaiId: b.id, nip: b.nip, namaLengkap: namaLengkap(b), jabatan: b.jabatan_nama, sumber } : null;
}

/** "Who evaluates X on date D", for anyone who may see X. */
export async function penilaiPegawai(ctx: Ctx, aktor: Aktor, pegawaiId: string, tanggal: string | undefined): Promise<Result<PenilaiPegawai>> {
  const seen = await cekLihatPegawai(ctx, aktor, pegawaiId);
  if (!seen.ok) return seen;
  const d = tanggal ?? hariIni(ctx);
  const r = await penilaiDari(ctx, aktor.instansiId, pegawaiId, d);
  const ids = [r.penilai?.pegawaiId, r.atasanPenilai?.pegawaiId].filter((x): x is string => !!x);
  const brief = await repo.pegawaiBrief(ctx.db, aktor.instansiId, ids);
  const find = (id: string | undefined) => brief.find((b) => b.id === id);
  return ok({
    pegawaiId,
    tanggal: d,
    pejabatPenilai: r.penilai ? ringkasPenilai(find(r.penilai.pegawaiId), r.penilai.sumber) : null,
    atasanPejabatPenilai: r.atasanPenilai ? ringkasPenilai(find(r.atasanPenilai.pegawaiId), r.atasanPenilai.sumber) : null,
    lowonganDilewati: (r.penilai?.lowonganDilewati ?? []).map((j) => ({ jabatanId: j, nama: r.look.namaJabatan(j) })),
  });
}

// The unit kerja tree (DOMAIN.md §1): read in scope, and the admin's create / rename / move / close. Every change is
// audited inside its transaction; a move re-roots the whole subtree (jalur and OPD) in the same transaction.
import type {
  UnitKerjaBaru,
  UnitKerjaNode,
  UnitKerjaPilihan,
  UnitKerjaPindah,
  UnitKerjaTree,
  UnitKerjaTutup,
  UnitKerjaUbah,
} from '../../../../contracts/unit-kerja.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import { STATUS_TANPA_AKSES } from '../../../../domain/status-pegawai.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { newId } from '../../ids.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import * as repo from './unit-kerja.repository.ts';
import { bolehKelolaStruktur, jangkauanStruktur } from './unit-kerja.policy.ts';

const STATUS_KELUAR = [...STATUS_TANPA_AKSES];

const ditutupPada = (u: { ditutup_pada: string | null }, hariIni: string) => u.ditutup_pada !== null && u.ditutup_pada <= hariIni;
const kedalaman = (jalur: string) => jalur.split('/').filter(Boolean).length - 1;

/** Depth-first order, siblings by urutan then nama, so that a parent always precedes its children. */
function urutkanPohon<T extends { id: string; induk_id: string | null; urutan: number; nama: string }>(rows: T[]): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const anak = new Map<string | null, T[]>();
  for (const r of rows) {
    const key = r.induk_id && ids.has(r.induk_id) ? r.induk_id : null;
    anak.set(key, [...(anak.get(key) ?? []), r]);
  }
  for (const list of anak.values()) list.sort((a, b) => a.urutan - b.urutan || a.nama.localeCompare(b.nama, 'id'));
  const out: T[] = [];
  const stack = [...(anak.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const r = stack.pop()!;
    out.push(r);
    stack.push(...[...(anak.get(r.id) ?? [])].reverse());
  }
  return out;
}

export async function pohonUnitKerja(ctx: Ctx, aktor: Aktor, query: { termasukDitutup: boolean }): Promise<Result<UnitKerjaTree>> {
  const lingkup = jangkauanStruktur(aktor);
  if (!lingkup) return fail('AKSES.DITOLAK');
  const hariIni = tanggalWita(ctx.now());
  const [semua, pegawai, jabatan] = await Promise.all([
    repo.semuaUnit(ctx.db, aktor.instansiId),
    repo.jumlahPegawaiPerUnit(ctx.db, aktor.instansiId, STATUS_KELUAR),
    repo.jumlahJabatanPerUnit(ctx.db, aktor.instansiId),
  ]);
  // a pimpinan OPD sees the subtree of the OPD(s) they lead: exactly the units carrying that opd_id
  let rows = lingkup.kind === 'instansi' ? semua : semua.filter((u) => u.opd_id !== null && lingkup.opdIds.includes(u.opd_id));
  // a closed unit's sub-units were closed first (tutupUnitKerja refuses otherwise), so dropping closed rows keeps a tree
  if (!query.termasukDitutup) rows = rows.filter((u) => !ditutupPada(u, hariIni));
  const urut = urutkanPohon(rows);

  // subtree totals: children come after their parent in `urut`, so a reverse pass adds each into its parent
  const total = new Map(urut.map((u) => [u.id, pegawai.get(u.id) ?? 0]));
  for (let i = urut.length - 1; i >= 0; i--) {
    const u = urut[i]!;
    if (u.induk_id && total.has(u.induk_id)) total.set(u.induk_id, total.get(u.induk_id)! + total.get(u.id)!);
  }
  const items: UnitKerjaNode[] = urut.map((u) => ({
    id: u.id,
    indukId: u.induk_id,
    opdId: u.opd_id,
    kode: u.kode,
    nama: u.nama,
    singkatan: u.singkatan,
    jenis: u.jenis,
    kedalaman: kedalaman(u.jalur),
    urutan: u.urutan,
    dibukaPada: u.dibuka_pada,
    ditutupPada: u.ditutup_pada,
    ditutup: ditutupPada(u, hariIni),
    versi: u.versi,
    jumlahPegawai: pegawai.get(u.id) ?? 0,
    jumlahPegawaiTotal: total.get(u.id) ?? 0,
    jumlahJabatan: jabatan.get(u.id) ?? 0,
  }));
  return ok({ items, lingkup: lingkup.kind });
}

/** Open units with their path of names, for pickers and filters (any logged-in account: the SOTK is public). */
export async function pilihanUnitKerja(ctx: Ctx, aktor: Aktor): Promise<Result<{ items: UnitKerjaPilihan[] }>> {
  const hariIni = tanggalWita(ctx.now());
  const semua = await repo.semuaUnit(ctx.db, aktor.instansiId);
  const nama = new Map(semua.map((u) => [u.id, u.nama]));
  const rows = urutkanPohon(semua.filter((u) => !ditutupPada(u, hariIni)));
  return ok({
    items: rows.map((u) => {
      const path = u.jalur.split('/').filter(Boolean);
      return {
        id: u.id,
        indukId: u.induk_id,
        opdId: u.opd_id,
        kode: u.kode,
        nama: u.nama,
        singkatan: u.singkatan,
        jenis: u.jenis,
        kedalaman: path.length - 1,
        // from the OPD down to the parent: the instansi root is the same for everyone and only adds noise
        jalurNama: path.slice(1, -1).map((id) => nama.get(id) ?? '?'),
      };
    }),
  });
}

const kodeDipakai = () => fail('UNIT_KERJA.KODE_SUDAH_ADA', undefined, [{ path: 'kode', message: 'Kode ini sudah dipakai unit lain' }]);

export async function buatUnitKerja(ctx: Ctx, aktor: Aktor, body: UnitKerjaBaru): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaStruktur(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.kodeTerpakai(trx, aktor.instansiId, body.kode)) return kodeDipakai();
    const id = newId();
    let induk: repo.UnitRow | undefined;
    if (body.indukId === null) {
      // only the instansi root has no induk, and an instansi has exactly one
      if (await repo.findAkar(trx, aktor.instansiId)) {
        return fail('UNIT_KERJA.INDUK_TIDAK_VALID', 'Unit induk wajib dipilih: instansi ini sudah memiliki unit akar.', [{ path: 'indukId', message: 'Pilih unit induk' }]);
      }
    } else {
      induk = await repo.findUnit(trx, aktor.instansiId, body.indukId);
      if (!induk) return fail('UNIT_KERJA.INDUK_TIDAK_VALID', undefined, [{ path: 'indukId', message: 'Unit induk tidak ditemukan' }]);
      if (induk.ditutup_pada !== null) return fail('UNIT_KERJA.INDUK_TIDAK_VALID', `Unit induk "${induk.nama}" sudah ditutup.`, [{ path: 'indukId', message: 'Unit induk sudah ditutup' }]);
      if (body.jenis === 'pemda') return fail('VALIDASI.GAGAL', 'Jenis "pemda" hanya untuk unit akar instansi.', [{ path: 'jenis', message: 'Jenis "pemda" hanya untuk unit akar' }]);
    }
    // DOMAIN.md §1: an OPD is a unit directly under the instansi root and is its own OPD; every other unit belongs to
    // the OPD of its parent; the root belongs to none
    const opdId = !induk ? null : induk.induk_id === null ? id : induk.opd_id;
    const row = {
      id,
      instansi_id: aktor.instansiId,
      induk_id: induk?.id ?? null,
      opd_id: opdId,
      kode: body.kode,
      nama: body.nama,
      singkatan: body.singkatan,
      jenis: body.jenis,
      jalur: `${induk?.jalur ?? '/'}${id}/`,
      urutan: induk ? await repo.urutanBerikut(trx, aktor.instansiId, induk.id) : 0,
      dibuka_pada: body.dibukaPada ?? null,
      ditutup_pada: null,
      dibuat_pada: now.toISOString(),
    };
    await repo.insertUnit(trx, row);
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'UNIT_KERJA_DIBUAT', entitas: 'unit_kerja', entitasId: id, sesudah: { kode: row.kode, nama: row.nama, jenis: row.jenis, indukId: row.induk_id, induk: induk?.nama ?? null, opdId } }, now);
    return ok({ id, versi: 1 });
  });
}

export async function ubahUnitKerja(ctx: Ctx, aktor: Aktor, id: string, body: UnitKerjaUbah): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaStruktur(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const u = await repo.findUnit(trx, aktor.instansiId, id);
    if (!u) return fail('DATA.TIDAK_DITEMUKAN');
    if (u.versi !== body.versi) return fail('DATA.KONFLIK');
    if (await repo.kodeTerpakai(trx, aktor.instansiId, body.kode, id)) return kodeDipakai();
    if (u.induk_id !== null && body.jenis === 'pemda') return fail('VALIDASI.GAGAL', 'Jenis "pemda" hanya untuk unit akar instansi.', [{ path: 'jenis', message: 'Jenis "pemda" hanya untuk unit akar' }]);
    const set = { kode: body.kode, nama: body.nama, singkatan: body.singkatan, jenis: body.jenis };
    if (!(await repo.updateUnit(trx, aktor.instansiId, id, body.versi, set))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'UNIT_KERJA_DIUBAH', entitas: 'unit_kerja', entitasId: id, sebelum: { kode: u.kode, nama: u.nama, singkatan: u.singkatan, jenis: u.jenis }, sesudah: set }, now);
    return ok({ id, versi: body.versi + 1 });
  });
}

export async function pindahkanUnitKerja(ctx: Ctx, aktor: Aktor, id: string, body: UnitKerjaPindah): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaStruktur(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  const r = await ctx.db.transaction().execute(async (trx): Promise<Result<{ id: string; versi: number }>> => {
    const u = await repo.findUnit(trx, aktor.instansiId, id);
    if (!u) return fail('DATA.TIDAK_DITEMUKAN');
    if (u.versi !== body.versi) return fail('DATA.KONFLIK');
    if (u.induk_id === null) return fail('UNIT_KERJA.INDUK_TIDAK_VALID', 'Unit akar instansi tidak dapat dipindahkan.');
    if (u.ditutup_pada !== null) return fail('UNIT_KERJA.SUDAH_DITUTUP', `Unit "${u.nama}" sudah ditutup dan tidak dapat dipindahkan.`);
    const induk = await repo.findUnit(trx, aktor.instansiId, body.indukId);
    if (!induk) return fail('UNIT_KERJA.INDUK_TIDAK_VALID', undefined, [{ path: 'indukId', message: 'Unit tujuan tidak ditemukan' }]);
    // the new parent may not lie inside the moved subtree: the tree would become a loop cut off from the root
    if (induk.jalur.startsWith(u.jalur)) {
      const pesan = induk.id === u.id ? 'Unit tidak dapat dipindahkan ke bawah dirinya sendiri.' : `"${induk.nama}" adalah sub-unit dari "${u.nama}"; unit tidak dapat dipindahkan ke bawah sub-unitnya sendiri.`;
      return fail('UNIT_KERJA.SIKLUS', pesan, [{ path: 'indukId', message: pesan }]);
    }
    if (induk.ditutup_pada !== null) return fail('UNIT_KERJA.INDUK_TIDAK_VALID', `Unit tujuan "${induk.nama}" sudah ditutup.`, [{ path: 'indukId', message: 'Unit tujuan sudah ditutup' }]);
    if (induk.id === u.induk_id) return fail('VALIDASI.GAGAL', `"${u.nama}" sudah berada langsung di bawah "${induk.nama}".`, [{ path: 'indukId', message: 'Unit sudah berada di bawah induk ini' }]);
    const jadiOpd = induk.induk_id === null;
    // a pimpinan OPD's reach is keyed by the OPD's id: demoting their OPD would silently empty it
    if (u.opd_id === u.id && !jadiOpd && (await repo.jumlahPimpinanOpd(trx, aktor.instansiId, u.id)) > 0) {
      return fail('UNIT_KERJA.MASIH_DIPAKAI', `"${u.nama}" adalah OPD yang memiliki akun Pimpinan OPD. Cabut peran Pimpinan OPD tersebut terlebih dahulu, lalu pindahkan unitnya.`);
    }
    const opdBaru = jadiOpd ? u.id : induk.opd_id;
    if (!opdBaru) throw new Error(`unit ${induk.id} below the root has no opd_id`);
    if (!(await repo.updateUnit(trx, aktor.instansiId, id, body.versi, { induk_id: induk.id, urutan: await repo.urutanBerikut(trx, aktor.instansiId, induk.id) }))) return fail('DATA.KONFLIK');
    const jumlahUnit = await repo.pindahkanSubtree(trx, aktor.instansiId, u.jalur, `${induk.jalur}${u.id}/`, opdBaru);
    const indukLama = u.induk_id ? await repo.findUnit(trx, aktor.instansiId, u.induk_id) : undefined;
    await catatAudit(trx, ctx.dialect, aktor, {
      aksi: 'UNIT_KERJA_DIPINDAH',
      entitas: 'unit_kerja',
      entitasId: id,
      sebelum: { indukId: u.induk_id, induk: indukLama?.nama ?? null, opdId: u.opd_id },
      sesudah: { indukId: induk.id, induk: induk.nama, opdId: opdBaru, jumlahUnit },
    }, now);
    return ok({ id, versi: body.versi + 1 });
  });
  // pimpinan OPD reach and the derived 'atasan' facts of cached sessions may have changed
  if (r.ok) ctx.sessionCache?.clear();
  return r;
}

export async function tutupUnitKerja(ctx: Ctx, aktor: Aktor, id: string, body: UnitKerjaTutup): Promise<Result<{ id: string; versi: number }>> {
  if (!bolehKelolaStruktur(aktor)) return fail('AKSES.DITOLAK');
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const u = await repo.findUnit(trx, aktor.instansiId, id);
    if (!u) return fail('DATA.TIDAK_DITEMUKAN');
    if (u.versi !== body.versi) return fail('DATA.KONFLIK');
    if (u.induk_id === null) return fail('VALIDASI.GAGAL', 'Unit akar instansi tidak dapat ditutup.');
    if (u.ditutup_pada !== null) return fail('UNIT_KERJA.SUDAH_DITUTUP', `Unit "${u.nama}" sudah ditutup sejak ${u.ditutup_pada}.`);
    if (u.dibuka_pada && body.tanggal < u.dibuka_pada) {
      return fail('KEPEGAWAIAN.TANGGAL_TIDAK_VALID', `Tanggal penutupan tidak boleh sebelum unit dibuka (${u.dibuka_pada}).`, [{ path: 'tanggal', message: `paling awal ${u.dibuka_pada}` }]);
    }
    // records stay; what must not happen is pegawai or sub-units left hanging in a unit that no longer exists
    const pegawai = await repo.jumlahPegawaiAktifDi(trx, aktor.instansiId, id, STATUS_KELUAR);
    const sub = await repo.subUnitTerbuka(trx, aktor.instansiId, id, body.tanggal);
    if (pegawai > 0 || sub.length > 0) {
      const sebab = [
        pegawai > 0 ? `masih ada ${pegawai} pegawai aktif` : null,
        sub.length > 0 ? `masih ada ${sub.length} sub-unit yang belum ditutup (${sub.slice(0, 3).map((s) => s.nama).join(', ')}${sub.length > 3 ? ', …' : ''})` : null,
      ].filter(Boolean).join(' dan ');
      const langkah = [pegawai > 0 ? 'mutasikan pegawainya' : null, sub.length > 0 ? 'tutup sub-unitnya' : null].filter(Boolean).join(' dan ');
      return fail('UNIT_KERJA.MASIH_DIPAKAI', `Unit "${u.nama}" belum dapat ditutup: ${sebab}. Silakan ${langkah} terlebih dahulu.`, { pegawaiAktif: pegawai, subUnitTerbuka: sub.map((s) => s.nama) });
    }
    if (!(await repo.updateUnit(trx, aktor.instansiId, id, body.versi, { ditutup_pada: body.tanggal }))) return fail('DATA.KONFLIK');
    await catatAudit(trx, ctx.dialect, aktor, { aksi: 'UNIT_KERJA_DITUTUP', entitas: 'unit_kerja', entitasId: id, sebelum: { ditutupPada: null }, sesudah: { kode: u.kode, nama: u.nama, ditutupPada: body.tanggal } }, now);
    return ok({ id, versi: body.versi + 1 });
  });
}

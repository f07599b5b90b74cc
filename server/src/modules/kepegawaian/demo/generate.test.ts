// The demo generator's output (pure): size, Kota Kupang wilayah, valid and unique NIP, a sound jabatan tree,
// determinism, the demo accounts, and the deliberate vacancies.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateNip } from '../../../../../domain/nip.ts';
import { type DemoData, generateDemo, type JabatanRow, TAHUN_ACUAN_DEMO, USERNAME_WALIKOTA } from './generate.ts';
import { LOWONGAN } from './katalog.ts';

const AS_OF = '2026-11-29T02:00:00.000Z';
const data = generateDemo({ asOf: AS_OF });
const jabatanById = new Map(data.jabatan.map((j) => [j.id, j]));
const unitById = new Map(data.unitKerja.map((u) => [u.id, u]));
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function hashOf(d: DemoData): string {
  return createHash('sha256').update(JSON.stringify(d)).digest('hex');
}

describe('demo generator — size and mix (research/domain.md §5.1: ≈ 7.500–8.000 ASN)', () => {
  it('has 7,800–8,200 pegawai', () => {
    expect(data.pegawai.length).toBeGreaterThanOrEqual(7_800);
    expect(data.pegawai.length).toBeLessThanOrEqual(8_200);
  });

  it('is about 65 % PNS and 35 % PPPK, with a few PPPK paruh waktu, and one pejabat negara', () => {
    const n = (j: string) => data.pegawai.filter((p) => p.jenis_asn === j).length;
    const asn = data.pegawai.length - n('PEJABAT_NEGARA');
    expect(n('PNS') / asn).toBeGreaterThan(0.6);
    expect(n('PNS') / asn).toBeLessThan(0.7);
    expect(n('PPPK_PARUH_WAKTU')).toBeGreaterThan(0);
    expect(n('PPPK_PARUH_WAKTU') / asn).toBeLessThan(0.05);
    expect(n('PEJABAT_NEGARA')).toBe(1);
  });

  it('has a few hundred guru in sekolah and nakes in 11 puskesmas', () => {
    const guru = data.pegawai.filter((p) => jabatanById.get(p.jabatan_id ?? '')?.nama.startsWith('Guru ')).length;
    expect(guru).toBeGreaterThan(300);
    expect(guru).toBeLessThan(1_000);
    expect(data.unitKerja.filter((u) => u.jenis === 'puskesmas')).toHaveLength(11);
  });

  it('is mostly aktif, with a few cltn and pensiun', () => {
    const st = (s: string) => data.pegawai.filter((p) => p.status === s).length;
    expect(st('aktif') / data.pegawai.length).toBeGreaterThan(0.99);
    expect(st('cltn')).toBeGreaterThan(0);
    expect(st('pensiun')).toBeGreaterThan(0);
  });
});

describe('demo generator — unit kerja (DOMAIN.md §1 People and organisation)', () => {
  it('has the 6 kecamatan of Kota Kupang with their 51 kelurahan', () => {
    const kec = data.unitKerja.filter((u) => u.jenis === 'kecamatan');
    expect(kec.map((u) => u.nama).sort()).toEqual(
      ['Alak', 'Kelapa Lima', 'Kota Lama', 'Kota Raja', 'Maulafa', 'Oebobo'].map((n) => `Kecamatan ${n}`),
    );
    const kel = data.unitKerja.filter((u) => u.jenis === 'kelurahan');
    expect(kel).toHaveLength(51);
    expect(new Set(kel.map((u) => u.nama)).size).toBe(51);
    for (const k of kel) expect(unitById.get(k.induk_id ?? '')?.jenis).toBe('kecamatan');
  });

  it('is one tree: jalur is the parent jalur plus the own id, opd_id names the top perangkat daerah', () => {
    const roots = data.unitKerja.filter((u) => u.induk_id === null);
    expect(roots).toHaveLength(1);
    const root = roots[0]!;
    expect(root).toMatchObject({ nama: 'Pemerintah Kota Kupang', opd_id: null, jalur: `/${root.id}/` });
    const seen = new Set<string>();
    for (const u of data.unitKerja) {
      if (u.induk_id) {
        expect(seen.has(u.induk_id), `${u.kode} after its parent`).toBe(true);
        const induk = unitById.get(u.induk_id)!;
        expect(u.jalur).toBe(`${induk.jalur}${u.id}/`);
        if (induk.id === root.id) expect(u.opd_id).toBe(u.id);
        else expect(u.opd_id).toBe(induk.opd_id);
      }
      seen.add(u.id);
    }
    expect(new Set(data.unitKerja.map((u) => u.kode)).size).toBe(data.unitKerja.length);
  });

  it('has the perangkat daerah named in research/domain.md §5.1', () => {
    const kode = new Set(data.unitKerja.map((u) => u.kode));
    for (const k of ['SETDA', 'SETWAN', 'INSPEKTORAT', 'BAPPEDA', 'BKPPD', 'BKAD', 'BAPENDA', 'DINKES', 'DIKBUD', 'PUPR', 'DUKCAPIL', 'KOMINFO', 'BPBD', 'SATPOLPP', 'RSUD']) {
      expect(kode.has(k), k).toBe(true);
    }
    expect(data.unitKerja.find((u) => u.kode === 'BKPPD')?.nama).toBe('Badan Kepegawaian, Pendidikan dan Pelatihan Daerah');
  });

  it('gives every unit exactly one head post', () => {
    const heads = new Map<string, number>();
    for (const j of data.jabatan) if (j.kepala_unit === 1) heads.set(j.unit_id, (heads.get(j.unit_id) ?? 0) + 1);
    for (const u of data.unitKerja) expect(heads.get(u.id), u.kode).toBe(1);
  });
});

describe('demo generator — NIP / NI PPPK (DOMAIN.md §1 NIP)', () => {
  it('gives every ASN a valid number for its jenis ASN, consistent with tanggal lahir and jenis kelamin', () => {
    for (const p of data.pegawai) {
      if (p.jenis_asn === 'PEJABAT_NEGARA') {
        expect(p.nip).toBeNull();
        continue;
      }
      const r = validateNip(p.nip ?? '', p.jenis_asn as 'PNS' | 'PPPK' | 'PPPK_PARUH_WAKTU');
      expect(r.ok, `${p.nip} ${p.jenis_asn}`).toBe(true);
      if (!r.ok) continue;
      expect(r.tanggalLahir).toBe(p.tanggal_lahir);
      expect(r.jenisKelamin).toBe(p.jenis_kelamin);
      if (p.jenis_asn !== 'PNS') expect(r.kodePppk).toBe(p.jenis_asn === 'PPPK' ? '21' : '24');
      expect(Number((r.tmtCpns ?? String(r.tahunPengangkatan)).slice(0, 4))).toBeLessThan(TAHUN_ACUAN_DEMO);
    }
  });

  it('never repeats a number', () => {
    const nips = data.pegawai.flatMap((p) => (p.nip ? [p.nip] : []));
    expect(new Set(nips).size).toBe(nips.length);
  });

  it('gives PNS a golongan ruang and PPPK a golongan I–XVII', () => {
    for (const p of data.pegawai) {
      if (p.jenis_asn === 'PNS') expect(p.golongan).toMatch(/^(I|II|III|IV)\/[a-e]$/);
      else if (p.jenis_asn !== 'PEJABAT_NEGARA') expect(p.golongan).toMatch(/^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$/);
    }
  });
});

describe('demo generator — jabatan (research/domain.md §1.10 who assesses)', () => {
  const waliKota = data.jabatan.find((j) => j.jenis === 'kepala_daerah')!;

  function chain(j: JabatanRow): JabatanRow[] {
    const out = [j];
    const seen = new Set([j.id]);
    let cur = j;
    while (cur.atasan_jabatan_id) {
      const next = jabatanById.get(cur.atasan_jabatan_id);
      if (!next) throw new Error(`dangling atasan of ${cur.nama}`);
      if (seen.has(next.id)) throw new Error(`cycle at ${next.nama}`);
      seen.add(next.id);
      out.push(next);
      cur = next;
    }
    return out;
  }

  it('has the Wali Kota at the top, held by a pejabat negara without NIP', () => {
    expect(data.jabatan.filter((j) => j.atasan_jabatan_id === null)).toEqual([waliKota]);
    const wk = data.pegawai.find((p) => p.jabatan_id === waliKota.id);
    expect(wk).toMatchObject({ nip: null, jenis_asn: 'PEJABAT_NEGARA', nama: 'Christian Widodo', gelar_depan: 'dr.' });
  });

  it('leads every pegawai up to the Wali Kota without a cycle', () => {
    for (const p of data.pegawai) {
      const j = jabatanById.get(p.jabatan_id ?? '');
      expect(j, p.nama).toBeDefined();
      const c = chain(j!);
      expect(c[c.length - 1]).toBe(waliKota);
      expect(p.unit_id).toBe(j!.unit_id);
    }
  });

  it('puts the Sekda under the Wali Kota, and every kepala OPD and camat under the Sekda', () => {
    const sekda = data.jabatan.find((j) => j.nama === 'Sekretaris Daerah')!;
    expect(sekda).toMatchObject({ jenis: 'jpt', atasan_jabatan_id: waliKota.id });
    const opdHeads = data.jabatan.filter((j) => j.kepala_unit === 1 && unitById.get(j.unit_id)?.opd_id === j.unit_id && j !== sekda);
    expect(opdHeads.length).toBeGreaterThan(35);
    for (const h of opdHeads) {
      expect(h.atasan_jabatan_id, h.nama).toBe(sekda.id);
      expect(h.jenis).toBe(unitById.get(h.unit_id)?.jenis === 'kecamatan' ? 'administrator' : 'jpt');
    }
  });

  it('has each atasan before its bawahan (insert order) and sensible kinds', () => {
    const pos = new Map(data.jabatan.map((j, i) => [j.id, i]));
    for (const j of data.jabatan) {
      if (j.atasan_jabatan_id) expect(pos.get(j.atasan_jabatan_id)!).toBeLessThan(pos.get(j.id)!);
      if (j.jenis === 'fungsional') expect(j.jenjang).not.toBeNull();
      else expect(j.jenjang).toBeNull();
      if (j.jenis !== 'kepala_daerah') expect(j.kelas_jabatan).toBeGreaterThanOrEqual(1);
      if (j.jenis !== 'kepala_daerah') expect(j.kelas_jabatan).toBeLessThanOrEqual(17);
    }
  });

  it('lets guru be evaluated by the kepala sekolah and nakes of a puskesmas by its kepala', () => {
    const guru = data.jabatan.filter((j) => j.nama.startsWith('Guru '));
    expect(guru.length).toBeGreaterThan(0);
    for (const g of guru) expect(jabatanById.get(g.atasan_jabatan_id ?? '')?.nama).toMatch(/^Kepala (SD|SMP) Negeri/);
    const perawat = data.jabatan.filter((j) => j.nama.startsWith('Perawat ') && unitById.get(j.unit_id)?.jenis === 'puskesmas');
    expect(perawat.length).toBeGreaterThan(0);
    for (const p of perawat) expect(jabatanById.get(p.atasan_jabatan_id ?? '')?.nama).toMatch(/^Kepala UPT Puskesmas /);
  });

  it('fills every structural post except a few deliberately vacant ones', () => {
    const held = new Set(data.pegawai.filter((p) => p.status === 'aktif').map((p) => p.jabatan_id));
    const structural = data.jabatan.filter((j) => ['kepala_daerah', 'jpt', 'administrator', 'pengawas'].includes(j.jenis) || j.kepala_unit === 1);
    const vacant = structural.filter((j) => !held.has(j.id));
    expect(vacant.length).toBe(LOWONGAN.size);
    expect(vacant.some((j) => j.nama === 'Kepala Dinas Pariwisata')).toBe(true);
    // every vacant post still has bawahan, so escalation to the next atasan can be shown
    for (const v of vacant) expect(data.jabatan.some((j) => j.atasan_jabatan_id === v.id), v.nama).toBe(true);
    // one holder per structural post
    const holders = new Map<string, number>();
    for (const p of data.pegawai) if (p.jabatan_id) holders.set(p.jabatan_id, (holders.get(p.jabatan_id) ?? 0) + 1);
    for (const s of structural) expect(holders.get(s.id) ?? 0, s.nama).toBeLessThanOrEqual(1);
  });
});

describe('demo generator — accounts and roles', () => {
  const akunByUsername = new Map(data.akun.map((a) => [a.username, a]));
  const peranByAkun = new Map<string, string[]>();
  for (const r of data.akunPeran) peranByAkun.set(r.akun_id, [...(peranByAkun.get(r.akun_id) ?? []), r.peran]);
  const peranOf = (akunId: string) => peranByAkun.get(akunId) ?? [];

  it('gives every pegawai with a NIP an account named by the NIP, and the Wali Kota the account "walikota"', () => {
    const withNip = data.pegawai.filter((p) => p.nip);
    expect(data.akun).toHaveLength(withNip.length + 1);
    for (const p of withNip) expect(akunByUsername.get(p.nip!)?.pegawai_id).toBe(p.id);
    expect(new Set(data.akun.map((a) => a.username)).size).toBe(data.akun.length);
    const wk = akunByUsername.get(USERNAME_WALIKOTA)!;
    expect(wk.nama_tampilan).toBe('dr. Christian Widodo');
    expect(peranOf(wk.id)).toEqual(['walikota']);
  });

  it('stores pegawai for every NIP account, never "atasan" (derived from the chain)', () => {
    for (const a of data.akun) if (a.username !== USERNAME_WALIKOTA) expect(peranOf(a.id)).toContain('pegawai');
    expect(data.akunPeran.some((r) => (r.peran as string) === 'atasan')).toBe(false);
  });

  it('lists one demo account per role, each existing with that role', () => {
    expect(data.akunDemo.map((a) => a.peran)).toEqual(['pegawai', 'atasan', 'pimpinan_opd', 'admin_bkppd', 'auditor', 'walikota']);
    for (const d of data.akunDemo) {
      const a = akunByUsername.get(d.username);
      expect(a, d.peran).toBeDefined();
      expect(a!.nama_tampilan).toBe(d.nama);
      expect(d.keterangan.length).toBeGreaterThan(10);
      if (d.peran !== 'atasan') expect(peranOf(a!.id)).toContain(d.peran);
    }
  });

  it('makes the "atasan" demo account the direct atasan of the "pegawai" demo account, in a dinas', () => {
    const byRole = new Map(data.akunDemo.map((d) => [d.peran, akunByUsername.get(d.username)!]));
    const pegawaiOf = (akunId: string) => data.pegawai.find((p) => p.id === data.akun.find((a) => a.id === akunId)?.pegawai_id)!;
    const staff = pegawaiOf(byRole.get('pegawai')!.id);
    const atasan = pegawaiOf(byRole.get('atasan')!.id);
    const pimpinan = pegawaiOf(byRole.get('pimpinan_opd')!.id);
    const jStaff = jabatanById.get(staff.jabatan_id!)!;
    expect(jStaff.jenis).toBe('pelaksana');
    expect(jStaff.atasan_jabatan_id).toBe(atasan.jabatan_id);
    expect(unitById.get(unitById.get(staff.unit_id!)!.opd_id!)?.jenis).toBe('dinas');
    expect(unitById.get(staff.unit_id!)!.opd_id).toBe(pimpinan.unit_id);
    expect(data.akunPeran.find((r) => r.akun_id === byRole.get('pimpinan_opd')!.id && r.peran === 'pimpinan_opd')?.unit_id).toBe(pimpinan.unit_id);
  });

  it('grants pimpinan_opd to every filled head of an OPD, admin_bkppd to 2–3 BKPPD staff, auditor to the Inspektorat', () => {
    const count = (peran: string) => data.akunPeran.filter((r) => r.peran === peran).length;
    expect(count('pimpinan_opd')).toBeGreaterThan(35);
    expect(count('admin_bkppd')).toBeGreaterThanOrEqual(2);
    expect(count('admin_bkppd')).toBeLessThanOrEqual(3);
    expect(count('auditor')).toBeGreaterThan(5);
    const bkppd = data.unitKerja.find((u) => u.kode === 'BKPPD')!;
    const inspektorat = data.unitKerja.find((u) => u.kode === 'INSPEKTORAT')!;
    for (const r of data.akunPeran) {
      if (r.peran !== 'admin_bkppd' && r.peran !== 'auditor') continue;
      const p = data.pegawai.find((x) => x.id === data.akun.find((a) => a.id === r.akun_id)?.pegawai_id)!;
      expect(unitById.get(p.unit_id!)!.opd_id).toBe(r.peran === 'admin_bkppd' ? bkppd.id : inspektorat.id);
    }
  });
});

describe('demo generator — determinism', () => {
  it('gives identical output for the same seed and asOf, ids included', () => {
    expect(hashOf(generateDemo({ asOf: AS_OF }))).toBe(hashOf(data));
  });

  it('depends on asOf only for the timestamps: same people, NIPs and ids on another day', () => {
    const later = generateDemo({ asOf: '2031-02-03T04:05:06.000Z' });
    const strip = (d: DemoData): string =>
      JSON.stringify(d, (k, v: unknown) => (['dibuat_pada', 'diubah_pada', 'password_diubah_pada'].includes(k) ? undefined : v));
    expect(strip(later)).toBe(strip(data));
    expect(later.pegawai[1]?.dibuat_pada).toBe('2031-02-03T04:05:06.000Z');
  });

  it('gives different output (and ids) for a different seed', () => {
    const other = generateDemo({ asOf: AS_OF, seed: 'another-seed' });
    expect(hashOf(other)).not.toBe(hashOf(data));
    expect(other.instansi.id).not.toBe(data.instansi.id);
  });

  it('makes ids in UUIDv7 shape, unique across all tables, and timestamps from asOf', () => {
    const ids = [data.instansi.id, ...data.unitKerja.map((r) => r.id), ...data.jabatan.map((r) => r.id), ...data.pegawai.map((r) => r.id), ...data.akun.map((r) => r.id)];
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set([...data.unitKerja, ...data.jabatan, ...data.pegawai, ...data.akun].map((r) => r.dibuat_pada))).toEqual(new Set([AS_OF]));
  });
});

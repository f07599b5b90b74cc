// A small, fully known org tree for API tests ("Kota Uji"): every role and the scope edges of DOMAIN.md §1,
// including a vacant kepala seksi post (escalation) and a second OPD the pimpinan must not reach.
//
//   Wali Kota ← Sekda ← Kadis Kesehatan ← Kabid P2P ← Kasi Surveilans ← staf A, staf B
//                                       │           ← Kasi Imunisasi (VACANT) ← staf C
//                                       ← dokter (fungsional)
//             ← Kadis Pendidikan ← staf D
//             ← Kepala BKPPD ← analis (admin_bkppd)
//             ← Inspektur (auditor) ← auditor ahli pertama (auditor)
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { newId } from '../src/ids.ts';
import { hashPassword } from '../src/modules/auth/password.ts';

export const FIXTURE_PASSWORD = 'Rahasia-Uji-2026';

export interface Fixture {
  instansiId: string;
  otherInstansiId: string;
  unit: Record<'root' | 'dinkes' | 'p2p' | 'surveilans' | 'imunisasi' | 'disdik' | 'bkppd' | 'inspektorat', string>;
  /** pegawai ids */
  p: Record<
    'walikota' | 'sekda' | 'kadisKes' | 'kabidP2p' | 'kasiSurv' | 'stafA' | 'stafB' | 'stafC' | 'dokter' | 'kadisDik' | 'stafD' | 'kaBkppd' | 'analis' | 'inspektur' | 'auditor' | 'pensiunan' | 'asing',
    string
  >;
  /** usernames (NIP, or an account name) */
  u: Record<string, string>;
  /** jabatan ids by key (walikota, sekda, kadisKes, kabidP2p, kasiSurv, stafSurv, kasiImun, stafImun, dokter, …) */
  jab: Record<string, string>;
}

let cachedHash: Promise<string> | undefined;

export async function createFixture(db: Kysely<DB>, now = new Date('2026-11-29T02:00:00Z')): Promise<Fixture> {
  const ts = now.toISOString();
  cachedHash ??= hashPassword(FIXTURE_PASSWORD);
  const passwordHash = await cachedHash;
  const instansiId = newId();
  const otherInstansiId = newId();
  await db.insertInto('instansi').values([
    { id: instansiId, kode: `UJI-${instansiId.slice(-6)}`, nama: 'Pemerintah Kota Uji', demo: 0, dibuat_pada: ts },
    { id: otherInstansiId, kode: `LAIN-${otherInstansiId.slice(-6)}`, nama: 'Pemerintah Kabupaten Lain', demo: 0, dibuat_pada: ts },
  ]).execute();

  const unit = {} as Fixture['unit'];
  const addUnit = async (key: keyof Fixture['unit'], nama: string, jenis: string, induk: keyof Fixture['unit'] | null, opd: 'self' | keyof Fixture['unit'] | null, inst = instansiId) => {
    const id = newId();
    const indukId = induk ? unit[induk] : null;
    const parent = indukId ? await db.selectFrom('unit_kerja').select('jalur').where('id', '=', indukId).executeTakeFirstOrThrow() : { jalur: '/' };
    await db.insertInto('unit_kerja').values({
      id, instansi_id: inst, induk_id: indukId, opd_id: opd === 'self' ? id : opd ? unit[opd] : null,
      kode: key.toUpperCase(), nama, singkatan: null, jenis, jalur: `${parent.jalur}${id}/`, dibuka_pada: null, ditutup_pada: null, dibuat_pada: ts,
    }).execute();
    unit[key] = id;
  };
  await addUnit('root', 'Pemerintah Kota Uji', 'pemda', null, null);
  await addUnit('dinkes', 'Dinas Kesehatan', 'dinas', 'root', 'self');
  await addUnit('p2p', 'Bidang Pencegahan dan Pengendalian Penyakit', 'bidang', 'dinkes', 'dinkes');
  await addUnit('surveilans', 'Seksi Surveilans', 'seksi', 'p2p', 'dinkes');
  await addUnit('imunisasi', 'Seksi Imunisasi', 'seksi', 'p2p', 'dinkes');
  await addUnit('disdik', 'Dinas Pendidikan', 'dinas', 'root', 'self');
  await addUnit('bkppd', 'Badan Kepegawaian, Pendidikan dan Pelatihan Daerah', 'badan', 'root', 'self');
  await addUnit('inspektorat', 'Inspektorat', 'inspektorat', 'root', 'self');

  const jab: Record<string, string> = {};
  const addJab = async (key: string, nama: string, jenis: string, u: keyof Fixture['unit'], atasan: string | null, jenjang: string | null = null) => {
    const id = newId();
    await db.insertInto('jabatan').values({
      id, instansi_id: instansiId, unit_id: unit[u], nama, jenis, jenjang, kelas_jabatan: null,
      atasan_jabatan_id: atasan ? jab[atasan]! : null, kepala_unit: ['kepala_daerah', 'jpt', 'administrator', 'pengawas'].includes(jenis) ? 1 : 0, dibuat_pada: ts,
    }).execute();
    jab[key] = id;
  };
  await addJab('walikota', 'Wali Kota', 'kepala_daerah', 'root', null);
  await addJab('sekda', 'Sekretaris Daerah', 'jpt', 'root', 'walikota');
  await addJab('kadisKes', 'Kepala Dinas Kesehatan', 'jpt', 'dinkes', 'sekda');
  await addJab('kabidP2p', 'Kepala Bidang P2P', 'administrator', 'p2p', 'kadisKes');
  await addJab('kasiSurv', 'Kepala Seksi Surveilans', 'pengawas', 'surveilans', 'kabidP2p');
  await addJab('stafSurv', 'Pengelola Data Surveilans', 'pelaksana', 'surveilans', 'kasiSurv');
  await addJab('kasiImun', 'Kepala Seksi Imunisasi', 'pengawas', 'imunisasi', 'kabidP2p');
  await addJab('stafImun', 'Pengadministrasi Imunisasi', 'pelaksana', 'imunisasi', 'kasiImun');
  await addJab('dokter', 'Dokter Ahli Muda', 'fungsional', 'dinkes', 'kadisKes', 'ahli_muda');
  await addJab('kadisDik', 'Kepala Dinas Pendidikan', 'jpt', 'disdik', 'sekda');
  await addJab('stafDik', 'Pengadministrasi Umum', 'pelaksana', 'disdik', 'kadisDik');
  await addJab('kaBkppd', 'Kepala BKPPD', 'jpt', 'bkppd', 'sekda');
  await addJab('analis', 'Analis SDM Aparatur', 'fungsional', 'bkppd', 'kaBkppd', 'ahli_pertama');
  await addJab('inspektur', 'Inspektur', 'jpt', 'inspektorat', 'sekda');
  await addJab('auditor', 'Auditor Ahli Pertama', 'fungsional', 'inspektorat', 'inspektur', 'ahli_pertama');

  const p = {} as Fixture['p'];
  const u: Record<string, string> = {};
  let urut = 1;
  const addPeg = async (key: keyof Fixture['p'], nama: string, j: string | null, uKey: keyof Fixture['unit'], opts: { peran?: [string, keyof Fixture['unit'] | null][]; status?: string; username?: string; inst?: string; nip?: string | null } = {}) => {
    const id = newId();
    const nip = opts.nip === undefined ? `19800101200501${urut % 2 ? 1 : 2}${String(urut).padStart(3, '0')}` : opts.nip;
    urut++;
    const inst = opts.inst ?? instansiId;
    await db.insertInto('pegawai').values({
      id, instansi_id: inst, nip, nama, gelar_depan: null, gelar_belakang: null, jenis_asn: nip ? 'PNS' : 'PEJABAT_NEGARA',
      jenis_kelamin: null, tanggal_lahir: null, golongan: null, jabatan_id: j ? jab[j]! : null, unit_id: inst === instansiId ? unit[uKey] : null,
      status: opts.status ?? 'aktif', status_sejak: opts.status ? '2026-07-01' : '2024-01-02', email: null, telepon: null, dibuat_pada: ts, diubah_pada: ts,
    }).execute();
    if (j && inst === instansiId) {
      await db.insertInto('riwayat_jabatan').values({
        id: newId(), instansi_id: inst, pegawai_id: id, jabatan_id: jab[j]!, unit_id: unit[uKey], mulai: '2024-01-02',
        selesai: opts.status ? '2026-06-30' : null, jenis: 'awal', nomor_sk: null, keterangan: null, dibuat_oleh: null, dibuat_pada: ts,
      }).execute();
    }
    p[key] = id;
    const username = opts.username ?? nip!;
    const akunId = newId();
    await db.insertInto('akun').values({
      id: akunId, instansi_id: inst, pegawai_id: id, username, nama_tampilan: nama, password_hash: passwordHash,
      password_diubah_pada: ts, dibuat_pada: ts,
    }).execute();
    for (const [peran, scopeUnit] of [['pegawai', null] as [string, null], ...(opts.peran ?? [])]) {
      await db.insertInto('akun_peran').values({ akun_id: akunId, instansi_id: inst, peran, unit_id: scopeUnit ? unit[scopeUnit] : null }).execute();
    }
    u[key] = username;
  };
  await addPeg('walikota', 'Wali Kota Uji', 'walikota', 'root', { nip: null, username: 'walikota', peran: [['walikota', null]] });
  await addPeg('sekda', 'Sekda Uji', 'sekda', 'root');
  await addPeg('kadisKes', 'Kadis Kesehatan', 'kadisKes', 'dinkes', { peran: [['pimpinan_opd', 'dinkes']] });
  await addPeg('kabidP2p', 'Kabid P2P', 'kabidP2p', 'p2p');
  await addPeg('kasiSurv', 'Kasi Surveilans', 'kasiSurv', 'surveilans');
  await addPeg('stafA', 'Staf A', 'stafSurv', 'surveilans');
  await addPeg('stafB', 'Staf B', 'stafSurv', 'surveilans');
  await addPeg('stafC', 'Staf C', 'stafImun', 'imunisasi');
  await addPeg('dokter', 'Dokter', 'dokter', 'dinkes');
  await addPeg('kadisDik', 'Kadis Pendidikan', 'kadisDik', 'disdik', { peran: [['pimpinan_opd', 'disdik']] });
  await addPeg('stafD', 'Staf D', 'stafDik', 'disdik');
  await addPeg('kaBkppd', 'Kepala BKPPD', 'kaBkppd', 'bkppd', { peran: [['pimpinan_opd', 'bkppd']] });
  await addPeg('analis', 'Analis SDM', 'analis', 'bkppd', { peran: [['admin_bkppd', null]] });
  await addPeg('inspektur', 'Inspektur', 'inspektur', 'inspektorat', { peran: [['auditor', null], ['pimpinan_opd', 'inspektorat']] });
  await addPeg('auditor', 'Auditor', 'auditor', 'inspektorat', { peran: [['auditor', null]] });
  await addPeg('pensiunan', 'Pensiunan', 'stafSurv', 'surveilans', { status: 'pensiun' });
  await addPeg('asing', 'Pegawai Instansi Lain', null, 'root', { inst: otherInstansiId, peran: [['admin_bkppd', null]] });
  return { instansiId, otherInstansiId, unit, p, u, jab };
}

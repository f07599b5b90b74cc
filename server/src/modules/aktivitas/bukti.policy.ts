// Who may change the bukti of an activity, and when (issue "Aktivitas harian"; DOMAIN.md §2.2: editing only
// before approval). Pure. Evidence may still be added while the activity waits for the atasan (diajukan): the
// atasan often asks for it, and the change bumps the activity's versi so a decision on the old state conflicts.
import type { Aktor } from '../auth/aktor.ts';

export const STATUS_BUKTI_BOLEH_DIUBAH = ['draft', 'diajukan', 'perlu_revisi'] as const;

export type PutusanUbahBukti = 'boleh' | 'bukan_pemilik' | 'sudah_diputuskan';

export function bolehUbahBukti(aktor: Pick<Aktor, 'pegawaiId' | 'instansiId'>, a: { instansi_id: string; pegawai_id: string; status: string }): PutusanUbahBukti {
  if (aktor.instansiId !== a.instansi_id || aktor.pegawaiId === null || aktor.pegawaiId !== a.pegawai_id) return 'bukan_pemilik';
  return (STATUS_BUKTI_BOLEH_DIUBAH as readonly string[]).includes(a.status) ? 'boleh' : 'sudah_diputuskan';
}

/** The activity's own people: its owner and the penilai it was submitted to (even after a mutasi). */
export function pihakAktivitas(aktor: Pick<Aktor, 'pegawaiId' | 'instansiId'>, a: { instansi_id: string; pegawai_id: string; penilai_id: string | null }): boolean {
  if (aktor.instansiId !== a.instansi_id || aktor.pegawaiId === null) return false;
  return aktor.pegawaiId === a.pegawai_id || aktor.pegawaiId === a.penilai_id;
}

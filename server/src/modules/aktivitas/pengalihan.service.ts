// Pending activities follow the penilai chain. `aktivitas.penilai_id` is fixed at submission (one index lookup for
// the queue); when the chain changes afterwards (mutasi, status change, override or Plt/Plh created or revoked, an
// import), activities still `diajukan` whose penilai on their date is now somebody else move to that person: versi
// bumped (a decision made on the old view answers DATA.KONFLIK / not your item), one summary audit entry, events to
// the old and the new penilai so both queues refresh. An activity whose pegawai has no penilai at all stays where it
// is (never silently lost): that pegawai appears in the admin's "tanpa penilai" report, and the count is audited.
import { penilaiPadaTanggal } from '../../../../domain/penilai.ts';
import type { Ctx } from '../../context.ts';
import { catatAudit } from '../audit/audit.service.ts';
import type { Pelaku } from '../auth/aktor.ts';
import { penilaiDari, strukturUntuk } from '../kepegawaian/penilai.service.ts';
import { saatPenilaiBerubah } from '../kepegawaian/penilai-berubah.ts';
import * as repo from './pengalihan.repository.ts';
import { type Kabar, kabarkan, kabarkanDalam } from './peristiwa.service.ts';

/** Up to this many (pegawai, date) pairs the chain is read per pegawai; above, once per date for the whole instansi. */
const BATAS_PER_PEGAWAI = 20;

export interface HasilPengalihan {
  diperiksa: number;
  dialihkan: number;
  tanpaPenilai: number;
  /** decided or withdrawn between the read and the update: left alone */
  berubah: number;
}

export async function alihkanAntrian(ctx: Ctx, instansiId: string, pegawaiIds?: readonly string[], pelaku?: Pelaku): Promise<HasilPengalihan> {
  const rows = await repo.menunggu(ctx.db, instansiId, pegawaiIds ? [...new Set(pegawaiIds)] : undefined);
  const hasil: HasilPengalihan = { diperiksa: rows.length, dialihkan: 0, tanpaPenilai: 0, berubah: 0 };
  if (rows.length === 0) return hasil;

  // the penilai of every pending row on its own date
  const kunci = (p: string, d: string) => `${p}|${d}`;
  const pasangan = [...new Set(rows.map((r) => kunci(r.pegawai_id, r.tanggal)))];
  const penilaiOf = new Map<string, string | null>();
  if (pegawaiIds && pasangan.length <= BATAS_PER_PEGAWAI) {
    for (const k of pasangan) {
      const [p, d] = k.split('|') as [string, string];
      penilaiOf.set(k, (await penilaiDari(ctx, instansiId, p, d)).penilai?.pegawaiId ?? null);
    }
  } else {
    for (const d of [...new Set(rows.map((r) => r.tanggal))]) {
      const look = await strukturUntuk(ctx, instansiId, d);
      for (const r of rows) if (r.tanggal === d) penilaiOf.set(kunci(r.pegawai_id, d), penilaiPadaTanggal(r.pegawai_id, d, look).penilai?.pegawaiId ?? null);
    }
  }

  const pindah: { id: string; pegawaiId: string; versi: number; dari: string | null; ke: string }[] = [];
  for (const r of rows) {
    const baru = penilaiOf.get(kunci(r.pegawai_id, r.tanggal)) ?? null;
    if (!baru) hasil.tanpaPenilai += 1;
    else if (baru !== r.penilai_id && baru !== r.pegawai_id) pindah.push({ id: r.id, pegawaiId: r.pegawai_id, versi: r.versi, dari: r.penilai_id, ke: baru });
  }
  if (pindah.length === 0) return hasil;

  const now = ctx.now();
  const iso = now.toISOString();
  const kabar: Kabar[] = [];
  const perPenilai: Record<string, { masuk: number; keluar: number }> = {};
  const hitung = (id: string, k: 'masuk' | 'keluar') => ((perPenilai[id] ??= { masuk: 0, keluar: 0 })[k] += 1);
  await ctx.db.transaction().execute(async (trx) => {
    for (const m of pindah) {
      if (!(await repo.alihkan(trx, instansiId, m.id, m.versi, m.ke, iso))) {
        hasil.berubah += 1;
        continue;
      }
      hasil.dialihkan += 1;
      hitung(m.ke, 'masuk');
      if (m.dari) hitung(m.dari, 'keluar');
      kabar.push({ penerima: m.dari ? [m.dari, m.ke] : [m.ke], data: { jenis: 'dialihkan', aktivitasId: m.id, pegawaiId: m.pegawaiId, status: 'diajukan' } });
    }
    if (hasil.dialihkan === 0) return;
    const oleh: Pelaku = pelaku ?? { akunId: null, namaTampilan: 'Sistem', instansiId };
    await catatAudit(trx, ctx.dialect, oleh, { aksi: 'AKTIVITAS_DIALIHKAN', entitas: 'instansi', entitasId: instansiId, sesudah: { ...hasil, pegawai: pegawaiIds ? [...new Set(pegawaiIds)] : null, perPenilai } }, now);
    await kabarkanDalam(trx, ctx, kabar);
  });
  kabarkan(ctx, kabar);
  return hasil;
}

/** Registers the re-routing for this app's kepegawaian changes; a failure is logged, never undoes the committed change. */
export function daftarkanPengalihan(ctx: Ctx, log: { error(o: object, m: string): void }): void {
  saatPenilaiBerubah(ctx, async (c, instansiId, pegawaiIds, pelaku) => {
    try {
      await alihkanAntrian(c, instansiId, pegawaiIds, pelaku);
    } catch (e) {
      log.error({ err: e, instansiId }, 'aktivitas: pengalihan antrian gagal; aktivitas tetap pada penilai lama');
    }
  });
}

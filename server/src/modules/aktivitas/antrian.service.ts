// The atasan's side of aktivitas harian (issue 5): the queue of their bawahan's submissions with supervision flags
// (shown to the atasan only, never an automatic penalty), and decisions one by one or in bulk. Only the penilai fixed
// on an activity at submission decides it; each item carries the versi the atasan saw, so two decisions on one
// activity cannot both succeed (the loser gets DATA.KONFLIK).
import type { z } from 'zod';
import type { AntrianQuery, HasilKeputusan, Keputusan } from '../../../../contracts/aktivitas.ts';
import { AKSI_WAJIB_CATATAN, type AktivitasUntukTanda, hitungTanda, type JenisTanda, type StatusAktivitas, transisiAktivitas } from '../../../../domain/aktivitas.ts';
import type { ErrorCode } from '../../../../contracts/errors.ts';
import { ERROR_MESSAGES } from '../../../../contracts/errors.ts';
import type { Ctx } from '../../context.ts';
import { fail, ok, type Result } from '../../http/result.ts';
import { catatAuditBanyak } from '../audit/audit.service.ts';
import type { Aktor } from '../auth/aktor.ts';
import { type AktivitasDto, aturanAktivitas, cekLihatAktivitas, keDto } from './aktivitas.service.ts';
import * as aktRepo from './aktivitas.repository.ts';
import * as repo from './antrian.repository.ts';
import { type Kabar, kabarkan, kabarkanDalam } from './peristiwa.service.ts';

export async function antrian(ctx: Ctx, aktor: Aktor, q: z.infer<typeof AntrianQuery>): Promise<Result<{ items: AktivitasDto[]; total: number }>> {
  if (!aktor.pegawaiId) return ok({ items: [], total: 0 });
  const { items, total } = await repo.antrian(ctx.db, aktor.instansiId, aktor.pegawaiId, q, (q.page - 1) * q.pageSize, q.pageSize);
  const tanda = await tandaUntuk(ctx, aktor.instansiId, aktor.pegawaiId, items);
  return ok({ items: await keDto(ctx, aktor.instansiId, items, tanda), total });
}

/** One activity; for its penilai with the same supervision flags as in the queue. */
export async function lihatAktivitas(ctx: Ctx, aktor: Aktor, id: string): Promise<Result<AktivitasDto>> {
  const seen = await cekLihatAktivitas(ctx, aktor, id);
  if (!seen.ok) return seen;
  const { row } = seen.value;
  const tanda = aktor.pegawaiId && row.penilai_id === aktor.pegawaiId ? await tandaUntuk(ctx, aktor.instansiId, aktor.pegawaiId, [row]) : undefined;
  return ok((await keDto(ctx, aktor.instansiId, [row], tanda))[0]!);
}

type Untuk = Omit<AktivitasUntukTanda, 'bukti'>;
const keUntuk = (r: { id: string; pegawai_id: string; tanggal: string; uraian: string; menit: number; diajukan_pada: string | null; batas_pengajuan: string }): Untuk => ({
  id: r.id,
  pegawaiId: r.pegawai_id,
  tanggal: r.tanggal,
  uraian: r.uraian,
  menit: r.menit,
  diajukanPada: r.diajukan_pada,
  batasPengajuan: r.batas_pengajuan,
});

/**
 * Flags of a page: computed over the page plus the same-day submissions of all the actor's bawahan (identical uraian,
 * > 10 h a day) and every activity of the instansi that shares an evidence file with the page (same file twice).
 */
async function tandaUntuk(ctx: Ctx, instansiId: string, penilaiId: string, page: readonly Parameters<typeof keUntuk>[0][]): Promise<Map<string, JenisTanda[]>> {
  const out = new Map<string, JenisTanda[]>();
  if (page.length === 0) return out;
  const pageItems = page.map(keUntuk);
  const semua = new Map<string, Untuk>(pageItems.map((a) => [a.id, a]));
  for (const r of await repo.sehariDenganBawahan(ctx.db, instansiId, penilaiId, [...new Set(pageItems.map((a) => a.tanggal))])) if (!semua.has(r.id)) semua.set(r.id, keUntuk(r));
  const hashPage = await repo.hashBukti(ctx.db, instansiId, pageItems.map((a) => a.id));
  const bukti = new Map<string, string[]>();
  for (const h of await repo.pemakaiBuktiSama(ctx.db, instansiId, [...new Set(hashPage.map((h) => h.sha256!))])) {
    if (!semua.has(h.id)) semua.set(h.id, keUntuk(h));
    bukti.set(h.id, [...(bukti.get(h.id) ?? []), h.sha256!]);
  }
  const aturan = await aturanAktivitas(ctx, instansiId);
  const tanda = hitungTanda([...semua.values()].map((a) => ({ ...a, bukti: bukti.get(a.id) ?? [] })), aturan.menitPeringatanHarian);
  const diPage = new Set(pageItems.map((a) => a.id));
  for (const t of tanda) {
    if (!diPage.has(t.aktivitasId)) continue;
    const l = out.get(t.aktivitasId) ?? [];
    if (!l.includes(t.jenis)) l.push(t.jenis);
    out.set(t.aktivitasId, l);
  }
  return out;
}

type HasilItem = z.infer<typeof HasilKeputusan>['items'][number];

const STATUS_AKSI = { setujui: 'AKTIVITAS_DISETUJUI', kembalikan: 'AKTIVITAS_DIKEMBALIKAN', tolak: 'AKTIVITAS_DITOLAK' } as const;

export async function putuskan(ctx: Ctx, aktor: Aktor, body: z.infer<typeof Keputusan>): Promise<Result<z.infer<typeof HasilKeputusan>>> {
  if (AKSI_WAJIB_CATATAN.has(body.aksi) && !body.catatan) return fail('VALIDASI.GAGAL', 'Catatan wajib diisi untuk mengembalikan atau menolak.', [{ path: 'catatan', message: 'Wajib diisi' }]);
  const penilaiId = aktor.pegawaiId;
  const gagal = (id: string, code: ErrorCode, message?: string): HasilItem => ({ id, ok: false, status: null, code, message: message ?? ERROR_MESSAGES[code] });
  const now = ctx.now();
  const iso = now.toISOString();
  const kabar: Kabar[] = [];
  const hasil = new Map<string, HasilItem>();
  await ctx.db.transaction().execute(async (trx) => {
    const rows = new Map((await aktRepo.findAktivitasBanyak(trx, aktor.instansiId, [...new Set(body.items.map((i) => i.id))])).map((r) => [r.id, r]));
    const audit = [];
    // a fixed order of row locks: two bulk decisions over the same rows cannot deadlock on PostgreSQL
    const urut = [...body.items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const item of urut) {
      if (hasil.has(item.id)) continue;
      const row = rows.get(item.id);
      if (!row) {
        hasil.set(item.id, gagal(item.id, 'DATA.TIDAK_DITEMUKAN'));
        continue;
      }
      if (!penilaiId || row.penilai_id !== penilaiId) {
        hasil.set(item.id, gagal(item.id, 'AKSES.DITOLAK', 'Anda bukan pejabat penilai aktivitas ini.'));
        continue;
      }
      const ke = transisiAktivitas(row.status as StatusAktivitas, body.aksi);
      if (row.versi !== item.versi) {
        hasil.set(item.id, gagal(item.id, 'DATA.KONFLIK', 'Aktivitas ini telah berubah (ditarik, diubah, atau sudah diputuskan). Muat ulang antrian.'));
        continue;
      }
      if (!ke || ke === 'dihapus') {
        hasil.set(item.id, gagal(item.id, 'AKTIVITAS.STATUS', `Aktivitas berstatus ${row.status} tidak dapat diputuskan.`));
        continue;
      }
      const set = { status: ke, diputuskan_oleh: penilaiId, diputuskan_pada: iso, catatan_penilai: body.catatan ?? null, diubah_pada: iso };
      if (!(await aktRepo.updateAktivitas(trx, aktor.instansiId, row.id, item.versi, set))) {
        hasil.set(item.id, gagal(item.id, 'DATA.KONFLIK', 'Aktivitas ini baru saja diputuskan atau diubah orang lain. Muat ulang antrian.'));
        continue;
      }
      hasil.set(item.id, { id: item.id, ok: true, status: ke, code: null, message: null });
      audit.push({ aksi: STATUS_AKSI[body.aksi], entitas: 'aktivitas', entitasId: row.id, sebelum: { status: row.status }, sesudah: { status: ke, catatan: body.catatan ?? null, pegawaiId: row.pegawai_id, tanggal: row.tanggal } });
      kabar.push({ penerima: [row.pegawai_id], data: { jenis: 'diputuskan', aktivitasId: row.id, pegawaiId: row.pegawai_id, status: ke } });
    }
    await catatAuditBanyak(trx, ctx.dialect, aktor, audit, now);
    await kabarkanDalam(trx, ctx, kabar);
  });
  kabarkan(ctx, kabar);
  return ok({ items: body.items.map((i) => hasil.get(i.id)!) });
}

// The outbox of activities written on this device (DOMAIN.md §2.2 "offline"): every entry is kept in IndexedDB
// until the server has it, then removed. Exactly once: each entry carries a kunciIdempoten (crypto.randomUUID) and
// its original time (dibuatDiPerangkat); the server answers a repeated key with 200 `sudahAda`, which counts as
// sent. Photos and files taken offline are kept as Blobs and uploaded after the activity exists on the server.
//
// Order of work for one entry:
//   1. POST /aktivitas (as a draft when files wait, so the atasan never sees it without its evidence)
//   2. upload each file, then each link (each removed from the entry as soon as the server has it)
//   3. POST /aktivitas/:id/ajukan when the entry asked for it and was created as a draft
// Every step is persisted before the next, so a closed tab or a lost connection resumes where it stopped.
// A refusal by the server (4xx, e.g. overlapping times) stops the entry and shows the reason to the pegawai; a
// network failure or 5xx retries with a growing pause (5 s … 5 min) and at once when the browser goes online.
import { createStore, del, entries, set } from 'idb-keyval';
import { ApiError, CLIENT_ERROR, isApiError } from '../../../lib/api-client.ts';
import type { AktivitasBaru } from '../api/create-aktivitas.ts';
import { createAktivitas } from '../api/create-aktivitas.ts';
import { createTautan, uploadBukti } from '../api/bukti.ts';
import { aksiAktivitas } from '../api/aksi-aktivitas.ts';

export type BerkasTertunda = { id: string; nama: string; tipe: string; ukuran: number; blob: Blob };
export type TautanTertunda = { id: string; url: string; nama: string | null };

export type EntriTertunda = {
  kunci: string;
  /** the account that wrote it: a shared phone never sends one person's entry with another's session */
  akunId: string;
  isian: AktivitasBaru & { kunciIdempoten: string; dibuatDiPerangkat: string };
  /** the pegawai asked to submit it (the default) */
  ajukan: boolean;
  berkas: BerkasTertunda[];
  tautan: TautanTertunda[];
  /** set once the server has the activity (steps 2 and 3 remain) */
  aktivitasId: string | null;
  /** the activity was created as a draft and still needs POST …/ajukan */
  perluAjukan: boolean;
  percobaan: number;
  berikutnyaPada: number;
  /** the server refused it: shown to the pegawai, not retried until they act */
  ditolak: { code: string; message: string } | null;
};

export type Progres = { kunci: string; berkasId: string; fraksi: number } | null;

type Keadaan = { entri: EntriTertunda[]; siap: boolean; mengirim: string | null; progres: Progres };

const store = typeof indexedDB === 'undefined' ? null : createStore('kinerja-aktivitas', 'antrean');
let keadaan: Keadaan = { entri: [], siap: false, mengirim: null, progres: null };
const pendengar = new Set<() => void>();
let akunAktif: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let berjalan = false;
let dimulai = false;
/** entries the form is sending right now (the background loop leaves them alone) */
const dariFormulir = new Set<string>();
const terkirim = new Set<(info: { kunci: string; aktivitasId: string; peringatan: string[] }) => void>();

function ubah(next: Partial<Keadaan>): void {
  keadaan = { ...keadaan, ...next };
  for (const fn of pendengar) fn();
}

export function langganan(fn: () => void): () => void {
  pendengar.add(fn);
  return () => pendengar.delete(fn);
}

export function keadaanAntrean(): Keadaan {
  return keadaan;
}

/** Called after each entry reaches the server (the screens refetch, show the server's warnings). */
export function saatTerkirim(fn: (info: { kunci: string; aktivitasId: string; peringatan: string[] }) => void): () => void {
  terkirim.add(fn);
  return () => terkirim.delete(fn);
}

async function muat(): Promise<void> {
  if (!store) return ubah({ siap: true });
  try {
    const semua = (await entries<string, EntriTertunda>(store)).map(([, e]) => e);
    semua.sort((a, b) => a.isian.dibuatDiPerangkat.localeCompare(b.isian.dibuatDiPerangkat));
    ubah({ entri: semua, siap: true });
  } catch {
    ubah({ siap: true });
  }
}

async function simpan(e: EntriTertunda): Promise<void> {
  if (store) await set(e.kunci, e, store);
  const ada = keadaan.entri.some((x) => x.kunci === e.kunci);
  ubah({ entri: ada ? keadaan.entri.map((x) => (x.kunci === e.kunci ? e : x)) : [...keadaan.entri, e] });
}

async function buang(kunci: string): Promise<void> {
  if (store) await del(kunci, store);
  ubah({ entri: keadaan.entri.filter((x) => x.kunci !== kunci) });
}

/** A new entry from the form; sending starts at once when the browser is online. */
export async function tambahKeAntrean(input: {
  akunId: string;
  isian: AktivitasBaru;
  berkas: Array<{ nama: string; tipe: string; blob: Blob }>;
  tautan: Array<{ url: string; nama: string | null }>;
}, tunda = false): Promise<EntriTertunda> {
  const kunci = input.isian.kunciIdempoten ?? crypto.randomUUID();
  const entri: EntriTertunda = {
    kunci,
    akunId: input.akunId,
    isian: { ...input.isian, kunciIdempoten: kunci, dibuatDiPerangkat: input.isian.dibuatDiPerangkat ?? new Date().toISOString() },
    ajukan: input.isian.ajukan,
    berkas: input.berkas.map((b) => ({ id: crypto.randomUUID(), nama: b.nama, tipe: b.tipe, ukuran: b.blob.size, blob: b.blob })),
    tautan: input.tautan.map((t) => ({ id: crypto.randomUUID(), url: t.url, nama: t.nama })),
    aktivitasId: null,
    perluAjukan: false,
    percobaan: 0,
    berikutnyaPada: 0,
    ditolak: null,
  };
  await simpan(entri);
  if (!tunda) jadwalkan(0);
  return entri;
}

export type HasilSimpan = { terkirim: true; aktivitasId: string; peringatan: string[] } | { terkirim: false };

/**
 * The form's "Simpan": the entry is written to the outbox first (nothing typed is ever lost), then sent at once when
 * online. A refusal by the server (overlap, wrong time, closed window …) removes it again and is thrown, so the form
 * shows the message on its fields; a network failure leaves it waiting ("menunggu dikirim").
 */
export async function simpanAktivitas(input: Parameters<typeof tambahKeAntrean>[0]): Promise<HasilSimpan> {
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  const entri = await tambahKeAntrean(input, online);
  if (!online) return { terkirim: false };
  dariFormulir.add(entri.kunci);
  try {
    const hasil = await kirimSatu(entri);
    return { terkirim: true, ...hasil };
  } catch (error) {
    ubah({ progres: null });
    const terbaru = keadaan.entri.find((x) => x.kunci === entri.kunci) ?? entri;
    if (sementara(error) || (isApiError(error) && error.status === 401)) {
      await simpan({ ...terbaru, percobaan: 1, berikutnyaPada: Date.now() + jedaUlang(1) });
      if (isApiError(error) && error.status === 401) throw error;
      return { terkirim: false };
    }
    // not created yet: the form keeps the values, the outbox forgets them
    if (!terbaru.aktivitasId) await buang(entri.kunci);
    else await simpan({ ...terbaru, ditolak: { code: isApiError(error) ? error.code : 'SISTEM.GALAT', message: error instanceof Error ? error.message : String(error) } });
    throw error;
  } finally {
    dariFormulir.delete(entri.kunci);
    jadwalkan(1_000);
  }
}

/** The pegawai gives up an entry (e.g. after a refusal they will re-enter by hand). */
export async function buangEntri(kunci: string): Promise<void> {
  await buang(kunci);
}

/** After a refusal the pegawai may try again as it is (e.g. the overlapping activity was deleted meanwhile). */
export async function cobaLagi(kunci: string): Promise<void> {
  const e = keadaan.entri.find((x) => x.kunci === kunci);
  if (!e) return;
  await simpan({ ...e, ditolak: null, percobaan: 0, berikutnyaPada: 0 });
  jadwalkan(0);
}

function jadwalkan(ms: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void sinkron(), ms);
}

const sementara = (error: unknown) =>
  !isApiError(error) || error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429 || error.code === 'AUTH.CSRF';

function jedaUlang(percobaan: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, percobaan - 1), 5 * 60_000);
}

async function kirimSatu(awal: EntriTertunda): Promise<{ aktivitasId: string; peringatan: string[] }> {
  let e = awal;
  let peringatan: string[] = [];
  if (!e.aktivitasId) {
    const adaBukti = e.berkas.length > 0 || e.tautan.length > 0;
    const hasil = await createAktivitas({ ...e.isian, ajukan: e.ajukan && !adaBukti });
    peringatan = hasil.peringatan;
    // `sudahAda`: an earlier attempt reached the server; continue from its state
    const sudahDiajukan = hasil.aktivitas.status !== 'draft';
    e = { ...e, aktivitasId: hasil.aktivitas.id, perluAjukan: e.ajukan && !sudahDiajukan };
    await simpan(e);
  }
  const aktivitasId = e.aktivitasId as string;
  for (const b of e.berkas) {
    ubah({ progres: { kunci: e.kunci, berkasId: b.id, fraksi: 0 } });
    try {
      await uploadBukti(aktivitasId, b.blob, b.nama, (fraksi) => ubah({ progres: { kunci: e.kunci, berkasId: b.id, fraksi } }));
    } catch (error) {
      // a file the server refuses (type, size) is dropped with a warning; the activity itself goes on
      if (sementara(error) || (isApiError(error) && error.status === 401)) throw error;
      peringatan = [...peringatan, `${b.nama}: ${error instanceof Error ? error.message : String(error)}`];
    }
    e = { ...e, berkas: e.berkas.filter((x) => x.id !== b.id) };
    await simpan(e);
  }
  ubah({ progres: null });
  for (const t of e.tautan) {
    try {
      await createTautan(aktivitasId, { url: t.url, nama: t.nama });
    } catch (error) {
      if (sementara(error) || (isApiError(error) && error.status === 401)) throw error;
      peringatan = [...peringatan, `${t.url}: ${error instanceof Error ? error.message : String(error)}`];
    }
    e = { ...e, tautan: e.tautan.filter((x) => x.id !== t.id) };
    await simpan(e);
  }
  if (e.perluAjukan) {
    try {
      await aksiAktivitas({ id: aktivitasId, aksi: 'ajukan' });
    } catch (error) {
      // already submitted by an earlier attempt whose answer was lost
      if (!isApiError(error, 'AKTIVITAS.STATUS')) throw error;
    }
  }
  await buang(e.kunci);
  for (const fn of terkirim) fn({ kunci: e.kunci, aktivitasId, peringatan });
  return { aktivitasId, peringatan };
}

/** Sends every due entry of the signed-in account, one at a time, oldest first. */
export async function sinkron(): Promise<void> {
  if (berjalan || !akunAktif) return;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
  berjalan = true;
  try {
    const kerja = async () => {
      for (;;) {
        const sekarang = Date.now();
        const e = keadaan.entri.find((x) => x.akunId === akunAktif && !x.ditolak && !dariFormulir.has(x.kunci) && x.berikutnyaPada <= sekarang);
        if (!e) break;
        ubah({ mengirim: e.kunci });
        try {
          await kirimSatu(e);
        } catch (error) {
          const terbaru = keadaan.entri.find((x) => x.kunci === e.kunci) ?? e;
          ubah({ progres: null });
          if (isApiError(error) && error.status === 401) break; // signed out: wait for the next login
          if (sementara(error)) {
            const percobaan = terbaru.percobaan + 1;
            await simpan({ ...terbaru, percobaan, berikutnyaPada: Date.now() + jedaUlang(percobaan) });
            if (isApiError(error, CLIENT_ERROR.network)) break; // the connection is gone: wait for `online`
          } else {
            const api = error instanceof ApiError ? error : null;
            await simpan({ ...terbaru, ditolak: { code: api?.code ?? 'SISTEM.GALAT', message: api?.message ?? String(error) } });
          }
        }
      }
    };
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    // one tab at a time sends (the idempotency key makes a race harmless, the lock makes it rare)
    if (locks) await locks.request('kinerja-aktivitas-antrean', kerja);
    else await kerja();
  } finally {
    berjalan = false;
    ubah({ mengirim: null, progres: null });
    const berikut = keadaan.entri.filter((x) => x.akunId === akunAktif && !x.ditolak).map((x) => x.berikutnyaPada);
    if (berikut.length) jadwalkan(Math.max(1_000, Math.min(...berikut) - Date.now()));
  }
}

/** Starts the outbox for the signed-in account: load, send now, and again whenever the connection returns. */
export function mulaiAntrean(akunId: string): void {
  akunAktif = akunId;
  if (!dimulai) {
    dimulai = true;
    window.addEventListener('online', () => {
      // a fresh connection: everything waiting is due now
      for (const e of keadaan.entri) if (!e.ditolak) e.berikutnyaPada = 0;
      jadwalkan(0);
    });
    void muat().then(() => jadwalkan(0));
  } else {
    jadwalkan(0);
  }
}

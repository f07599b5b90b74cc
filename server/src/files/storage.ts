// Bukti dukung files, content-addressed (DESIGN.md "Data"): one stored copy per sha-256, whoever uploads it and
// however often. An upload is streamed to a temporary file while it is hashed and counted (aborted past the limit,
// nothing left behind), then renamed into place; the file and its directory are fsynced first, so an upload the
// API acknowledged survives a crash. The interface is what the app needs, so an S3-compatible bucket can replace
// the local disk (stage locally, PUT on `simpan`) without touching the services.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/** Derived copies kept beside an original: `kecil` = an image shrunk for a phone screen. */
export type Varian = 'kecil';

/** An upload received into temporary storage: inspect it, then keep it (`simpan`) or drop it (`buang`). */
export interface BerkasSementara {
  sha256: string;
  ukuran: number;
  /** The whole content (uploads are small, ≤ the limit they were received with). */
  isi(): Promise<Buffer>;
  /** Moves it to its content address (no-op when that content is already stored). Returns whether it was new. */
  simpan(): Promise<boolean>;
  /** Deletes the temporary copy; safe to call after `simpan` or twice. */
  buang(): Promise<void>;
}

export type HasilTerima = { ok: true; berkas: BerkasSementara } | { ok: false; alasan: 'TERLALU_BESAR' };

export interface PenyimpananBerkas {
  /** Streams `sumber` into temporary storage, hashing it; refuses (and removes everything) past `batasByte`. */
  terima(sumber: Readable, batasByte: number): Promise<HasilTerima>;
  /** Stores a derived copy of a stored original (atomic, durable). */
  simpanVarian(sha256: string, varian: Varian, isi: Buffer): Promise<void>;
  ada(sha256: string, varian?: Varian): Promise<boolean>;
  /** The content, or null when it is not stored. */
  baca(sha256: string, varian?: Varian): Promise<{ stream: Readable; ukuran: number } | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

class TerlaluBesar extends Error {}

/** Local disk: `<root>/<aa>/<bb>/<sha256>` (+ `.kecil`), temporary files in `<root>/tmp` (same filesystem: rename is atomic). */
export class PenyimpananLokal implements PenyimpananBerkas {
  private readonly tmpDir: string;

  private constructor(private readonly root: string) {
    this.tmpDir = path.join(root, 'tmp');
  }

  /** Opens (creates) the store and removes temporary files a crash may have left (older than an hour). */
  static async buka(root: string): Promise<PenyimpananLokal> {
    const s = new PenyimpananLokal(path.resolve(root));
    await fsp.mkdir(s.tmpDir, { recursive: true });
    const cutoff = Date.now() - 3_600_000;
    for (const name of await fsp.readdir(s.tmpDir)) {
      const p = path.join(s.tmpDir, name);
      const st = await fsp.stat(p).catch(() => null);
      if (st && st.mtimeMs < cutoff) await fsp.rm(p, { force: true });
    }
    return s;
  }

  pathOf(sha256: string, varian?: Varian): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha-256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), varian ? `${sha256}.${varian}` : sha256);
  }

  /** Temporary files currently present (tests check that a refused upload leaves none). */
  async sementara(): Promise<string[]> {
    return fsp.readdir(this.tmpDir);
  }

  async terima(sumber: Readable, batasByte: number): Promise<HasilTerima> {
    const tmp = path.join(this.tmpDir, `${crypto.randomUUID()}.part`);
    const hash = crypto.createHash('sha256');
    let ukuran = 0;
    const hitung = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        ukuran += chunk.length;
        if (ukuran > batasByte) return cb(new TerlaluBesar());
        hash.update(chunk);
        cb(null, chunk);
      },
    });
    const out = fs.createWriteStream(tmp, { flags: 'wx' });
    try {
      await pipeline(sumber, hitung, out);
      await fsyncFile(tmp);
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      if (e instanceof TerlaluBesar) {
        sumber.resume(); // let the rest of the request body drain
        return { ok: false, alasan: 'TERLALU_BESAR' };
      }
      throw e;
    }
    const sha256 = hash.digest('hex');
    const tujuan = this.pathOf(sha256);
    let dibuang = false;
    const buang = async () => {
      if (dibuang) return;
      dibuang = true;
      await fsp.rm(tmp, { force: true });
    };
    return {
      ok: true,
      berkas: {
        sha256,
        ukuran,
        isi: () => fsp.readFile(tmp),
        simpan: async () => {
          if (await exists(tujuan)) {
            await buang();
            return false;
          }
          await this.pindahkan(tmp, tujuan);
          dibuang = true;
          return true;
        },
        buang,
      },
    };
  }

  async simpanVarian(sha256: string, varian: Varian, isi: Buffer): Promise<void> {
    const tujuan = this.pathOf(sha256, varian);
    const tmp = path.join(this.tmpDir, `${crypto.randomUUID()}.part`);
    const fh = await fsp.open(tmp, 'wx');
    try {
      await fh.writeFile(isi);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await this.pindahkan(tmp, tujuan);
  }

  async ada(sha256: string, varian?: Varian): Promise<boolean> {
    return exists(this.pathOf(sha256, varian));
  }

  async baca(sha256: string, varian?: Varian): Promise<{ stream: Readable; ukuran: number } | null> {
    const p = this.pathOf(sha256, varian);
    const st = await fsp.stat(p).catch(() => null);
    if (!st) return null;
    return { stream: fs.createReadStream(p), ukuran: st.size };
  }

  /** rename(2) into place, then fsync the directory so the new name is durable; new parent dirs are synced too. */
  private async pindahkan(tmp: string, tujuan: string): Promise<void> {
    const dir = path.dirname(tujuan);
    const baruDibuat = await fsp.mkdir(dir, { recursive: true });
    await fsp.rename(tmp, tujuan);
    await fsyncDir(dir);
    if (baruDibuat) {
      // mkdir -p returned the first directory it created: sync its parent and everything down to `dir`
      for (let d = path.dirname(dir); d.length >= this.root.length; d = path.dirname(d)) {
        await fsyncDir(d);
        if (d === this.root) break;
      }
    }
  }
}

async function exists(p: string): Promise<boolean> {
  return fsp.access(p).then(() => true, () => false);
}

async function fsyncFile(p: string): Promise<void> {
  const fh = await fsp.open(p, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await fsp.open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

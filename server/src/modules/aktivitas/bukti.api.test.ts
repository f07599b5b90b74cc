// Bukti dukung through HTTP on SQLite and PostgreSQL (issue "Aktivitas harian"): upload → list → download in scope;
// a colleague gets 404; the same content is stored once; disguised and oversized files are refused with nothing
// left on disk; no changes after approval; the phone-sized copy of a photo. Files are built in memory here;
// activities are inserted directly (the aktivitas endpoints are tested in their own file).
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuktiItem } from '../../../../contracts/aktivitas.ts';
import { BUKTI_BATAS } from '../../../../contracts/bukti.ts';
import type { PenyimpananLokal } from '../../files/storage.ts';
import { newId } from '../../ids.ts';
import type { Fixture } from '../../../test/factories.ts';
import { multipart } from '../../../test/fixtures/impor-berkas.ts';
import { createTestApp, login, type Client, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
const clients: Partial<Record<keyof Fixture['p'], Client>> = {};
const as = async (who: keyof Fixture['p']) => (clients[who] ??= await login(t.app, t.fx.u[who]!));

let png: Buffer;
let jpeg: Buffer;
let docx: Buffer;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp();
  // a noisy 1600×1200 photo-like PNG: big enough that the phone copy must shrink it
  const w = 1600;
  const h = 1200;
  const raw = Buffer.alloc(w * h * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251 ^ (i >> 9) & 0xff;
  png = await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer();
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer();
  const z = new JSZip();
  z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  z.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
  docx = await z.generateAsync({ type: 'nodebuffer' });
});
afterAll(async () => t.close());

/** An activity of `pegawai` inserted directly, submitted to `penilai`. */
async function aktivitas(pegawai: keyof Fixture['p'] = 'stafA', status = 'diajukan', penilai: keyof Fixture['p'] | null = 'kasiSurv'): Promise<string> {
  const id = newId();
  const now = t.clock.now.toISOString();
  await t.database.db.insertInto('aktivitas').values({
    id, instansi_id: t.fx.instansiId, pegawai_id: t.fx.p[pegawai], tanggal: '2026-11-27', jam_mulai: 480, jam_selesai: 600, menit: 120,
    uraian: 'Menyusun laporan surveilans mingguan', rhk_id: null, volume: 1, satuan: 'laporan', lokasi: null, status,
    penilai_id: penilai ? t.fx.p[penilai] : null, batas_pengajuan: '2026-11-30T02:00:00.000Z', diajukan_pada: status === 'draft' ? null : now,
    diputuskan_oleh: null, diputuskan_pada: null, catatan_penilai: null, kunci_idempoten: null, dibuat_di_perangkat: null, dibuat_pada: now, diubah_pada: now,
  }).execute();
  return id;
}

const unggah = async (aktivitasId: string, data: Buffer, nama: string, who: keyof Fixture['p'] = 'stafA', contentType = 'application/octet-stream') => {
  const m = multipart(data, nama, 'berkas', contentType);
  return (await as(who)).request({ method: 'POST', url: `/api/v1/aktivitas/${aktivitasId}/bukti`, payload: m.payload, headers: m.headers });
};
const count = async (table: 'berkas' | 'bukti_aktivitas') => Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const filesDir = () => (t.ctx.files as PenyimpananLokal).pathOf('0'.repeat(64)).split(path.sep).slice(0, -3).join(path.sep);
const storedFiles = () => (fs.readdirSync(filesDir(), { recursive: true }) as string[]).filter((f) => !f.startsWith('tmp') && fs.statSync(path.join(filesDir(), f)).isFile());

describe('upload, list, download', () => {
  let akt: string;
  let foto: BuktiItem;

  it('the owner uploads a photo, a PDF and a DOCX; each is typed by its content', async () => {
    akt = await aktivitas();
    const r1 = await unggah(akt, png, 'IMG_2026.png');
    expect(r1.statusCode, r1.body).toBe(201);
    foto = r1.json() as BuktiItem;
    expect(foto).toMatchObject({ jenis: 'berkas', nama: 'IMG_2026.png', mime: 'image/png', ukuran: png.length, url: null, unduh: `/api/v1/bukti/${foto.id}/berkas` });
    const r2 = await unggah(akt, pdf, 'surat tugas.pdf');
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.json()).toMatchObject({ mime: 'application/pdf', nama: 'surat tugas.pdf' });
    // the browser's claimed type and a wrong name do not matter: a DOCX named .bin is a DOCX
    const r3 = await unggah(akt, docx, 'notulen.bin', 'stafA', 'application/pdf');
    expect(r3.statusCode, r3.body).toBe(201);
    expect(r3.json()).toMatchObject({ mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', nama: 'notulen.bin.docx' });
  });

  it('a link is a bukti too', async () => {
    const res = await (await as('stafA')).post(`/api/v1/aktivitas/${akt}/bukti/tautan`, { url: 'https://drive.example.go.id/berkas/123', nama: 'Foto kegiatan' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ jenis: 'tautan', url: 'https://drive.example.go.id/berkas/123', nama: 'Foto kegiatan', unduh: null });
    const bad = await (await as('stafA')).post(`/api/v1/aktivitas/${akt}/bukti/tautan`, { url: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the bukti of the activity, in upload order', async () => {
    const res = await (await as('stafA')).get(`/api/v1/aktivitas/${akt}/bukti`);
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: BuktiItem[] }).items;
    expect(items.map((i) => i.jenis)).toEqual(['berkas', 'berkas', 'berkas', 'tautan']);
    expect(items[0]!.id).toBe(foto.id);
  });

  it('the owner, the penilai, the pimpinan of the OPD, BKPPD and the auditor download it, with safe headers', async () => {
    for (const who of ['stafA', 'kasiSurv', 'kadisKes', 'analis', 'auditor'] as const) {
      const res = await (await as(who)).get(foto.unduh!);
      expect(res.statusCode, who).toBe(200);
      expect(Buffer.compare(res.rawPayload, png), who).toBe(0);
    }
    const res = await (await as('stafA')).get(foto.unduh!);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe(`inline; filename="IMG_2026.png"; filename*=UTF-8''IMG_2026.png`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
    const sha = (await t.database.db.selectFrom('bukti_aktivitas').select('sha256').where('id', '=', foto.id).executeTakeFirstOrThrow()).sha256;
    expect(res.headers.etag).toBe(`"${sha}"`);
    const again = await (await as('stafA')).request({ method: 'GET', url: foto.unduh!, headers: { 'if-none-match': `"${sha}"` } });
    expect(again.statusCode).toBe(304);
  });

  it('documents: PDF inline, office files as attachments, both in a CSP sandbox', async () => {
    const items = ((await (await as('stafA')).get(`/api/v1/aktivitas/${akt}/bukti`)).json() as { items: BuktiItem[] }).items;
    const p = await (await as('kasiSurv')).get(items[1]!.unduh!);
    expect(p.headers['content-type']).toBe('application/pdf');
    expect(p.headers['content-disposition']).toMatch(/^inline; filename="surat tugas.pdf"/);
    expect(p.headers['content-security-policy']).toMatch(/^sandbox;/);
    const d = await (await as('kasiSurv')).get(items[2]!.unduh!);
    expect(d.headers['content-disposition']).toMatch(/^attachment; filename="notulen.bin.docx"/);
    expect(d.headers['content-security-policy']).toMatch(/^sandbox;/);
  });

  it('a colleague, another OPD\'s pimpinan and a different atasan get 404 — for the file and the list', async () => {
    for (const who of ['stafB', 'kadisDik', 'kabidP2p', 'stafD'] as const) {
      expect((await (await as(who)).get(foto.unduh!)).statusCode, who).toBe(404);
      expect((await (await as(who)).get(`/api/v1/aktivitas/${akt}/bukti`)).statusCode, who).toBe(404);
    }
  });

  it('only the owner changes bukti: the penilai gets 403, a colleague 404', async () => {
    expect((await unggah(akt, jpeg, 'a.jpg', 'kasiSurv')).statusCode).toBe(403);
    expect((await unggah(akt, jpeg, 'a.jpg', 'stafB')).statusCode).toBe(404);
    const del = await (await as('stafB')).request({ method: 'DELETE', url: `/api/v1/aktivitas/${akt}/bukti/${foto.id}` });
    expect(del.statusCode).toBe(404);
  });

  it('the phone copy is a smaller WebP no larger than 1280 px', async () => {
    const res = await (await as('kasiSurv')).get(`${foto.unduh!}?ukuran=kecil`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.rawPayload.length).toBeLessThan(png.length);
    const meta = await sharp(res.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width!, meta.height!)).toBe(BUKTI_BATAS.kecilPx);
    // a document has no phone copy: the original comes back
    const items = ((await (await as('stafA')).get(`/api/v1/aktivitas/${akt}/bukti`)).json() as { items: BuktiItem[] }).items;
    const p = await (await as('stafA')).get(`${items[1]!.unduh!}?ukuran=kecil`);
    expect(p.headers['content-type']).toBe('application/pdf');
  });

  it('uploads and deletions are audited', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select(['aksi', 'entitas_id']).where('entitas_id', '=', akt).execute();
    expect(rows.filter((r) => r.aksi === 'BUKTI_DIUNGGAH')).toHaveLength(3);
    expect(rows.filter((r) => r.aksi === 'BUKTI_TAUTAN_DITAMBAH')).toHaveLength(1);
  });
});

describe('the same content is stored once', () => {
  it('two activities with the same photo: one berkas row and one file, two bukti rows', async () => {
    const berkas0 = await count('berkas');
    const files0 = storedFiles().length;
    const a1 = await aktivitas();
    const a2 = await aktivitas();
    expect((await unggah(a1, jpeg, 'rapat.jpg')).statusCode).toBe(201);
    expect((await unggah(a2, jpeg, 'rapat-lagi.jpg')).statusCode).toBe(201);
    expect(await count('berkas')).toBe(berkas0 + 1);
    // the original and its phone copy
    expect(storedFiles().length).toBe(files0 + 2);
    const rows = await t.database.db.selectFrom('bukti_aktivitas').select(['aktivitas_id', 'sha256']).where('aktivitas_id', 'in', [a1, a2]).execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.sha256).toBe(rows[1]!.sha256);
  });
});

describe('refusals', () => {
  it('an .exe renamed .pdf and an HTML page renamed .jpg are refused, naming what they are', async () => {
    const akt = await aktivitas();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200)]);
    const r1 = await unggah(akt, exe, 'laporan.pdf', 'stafA', 'application/pdf');
    expect(r1.statusCode).toBe(415);
    expect(r1.json()).toMatchObject({ code: 'BUKTI.JENIS_TIDAK_DIDUKUNG', details: { terdeteksi: 'EXE (application/x-msdownload)' } });
    expect((r1.json() as { message: string }).message).toContain('Jenis berkas tidak didukung (terdeteksi: EXE');
    const html = Buffer.from('<!doctype html><html><body><script>fetch("/api/v1/auth/me")</script></body></html>');
    const r2 = await unggah(akt, html, 'foto.jpg', 'stafA', 'image/jpeg');
    expect(r2.statusCode).toBe(415);
    expect(r2.json()).toMatchObject({ code: 'BUKTI.JENIS_TIDAK_DIDUKUNG', details: { terdeteksi: 'teks/HTML' } });
    // a zip that is not an office document
    const z = new JSZip();
    z.file('word/document.xml', 'x');
    const r3 = await unggah(akt, await z.generateAsync({ type: 'nodebuffer' }), 'surat.docx');
    expect(r3.statusCode).toBe(415);
    expect(await (t.ctx.files as PenyimpananLokal).sementara()).toEqual([]);
    expect((await (await as('stafA')).get(`/api/v1/aktivitas/${akt}/bukti`)).json()).toEqual({ items: [] });
  });

  it('a file over 10 MB is refused (413) and leaves nothing behind: no row, no file, no temporary file', async () => {
    const akt = await aktivitas();
    const berkas0 = await count('berkas');
    const files0 = storedFiles().length;
    const boundary = '----kinerjaBesar';
    const total = BUKTI_BATAS.gambarByte + 64 * 1024;
    let sent = 0;
    // streamed in 64 KiB chunks: a JPEG header, then zeros — never one 10 MB buffer
    async function* body() {
      yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="besar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024);
      jpeg.copy(chunk, 0, 0, 4);
      while (sent < total) {
        yield sent === 0 ? chunk : Buffer.alloc(64 * 1024);
        sent += chunk.length;
      }
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const res = await (await as('stafA')).request({
      method: 'POST', url: `/api/v1/aktivitas/${akt}/bukti`, payload: Readable.from(body()), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toMatchObject({ code: 'BUKTI.TERLALU_BESAR' });
    expect(await count('berkas')).toBe(berkas0);
    expect(storedFiles().length).toBe(files0);
    expect(await (t.ctx.files as PenyimpananLokal).sementara()).toEqual([]);
  });

  it('at most 5 files per activity', async () => {
    const akt = await aktivitas('stafA', 'draft');
    for (let i = 0; i < BUKTI_BATAS.perAktivitas; i++) {
      const img = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: i * 40, g: 0, b: 0 } } }).png().toBuffer();
      expect((await unggah(akt, img, `f${i}.png`)).statusCode).toBe(201);
    }
    const res = await unggah(akt, jpeg, 'keenam.jpg');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BUKTI.TERLALU_BANYAK' });
  });

  it('no upload, link or deletion once the activity is approved; deletion works before', async () => {
    const akt = await aktivitas('stafA', 'perlu_revisi');
    const item = (await unggah(akt, pdf, 'lampiran.pdf')).json() as BuktiItem;
    const versi = async () => (await t.database.db.selectFrom('aktivitas').select('versi').where('id', '=', akt).executeTakeFirstOrThrow()).versi;
    const v0 = await versi();
    const item2 = (await unggah(akt, jpeg, 'lampiran.jpg')).json() as BuktiItem;
    // a change of evidence is a change of the activity: the atasan's stale versi will conflict
    expect(await versi()).toBe(v0 + 1);
    const del = await (await as('stafA')).request({ method: 'DELETE', url: `/api/v1/aktivitas/${akt}/bukti/${item2.id}` });
    expect(del.statusCode).toBe(204);

    await t.database.db.updateTable('aktivitas').set({ status: 'disetujui' }).where('id', '=', akt).execute();
    const del2 = await (await as('stafA')).request({ method: 'DELETE', url: `/api/v1/aktivitas/${akt}/bukti/${item.id}` });
    expect(del2.statusCode).toBe(409);
    expect(del2.json()).toMatchObject({ code: 'BUKTI.TIDAK_DAPAT_DIUBAH' });
    expect((await unggah(akt, jpeg, 'telat.jpg')).statusCode).toBe(409);
    expect((await (await as('stafA')).post(`/api/v1/aktivitas/${akt}/bukti/tautan`, { url: 'https://example.go.id/x' })).statusCode).toBe(409);
    // still readable after approval
    expect((await (await as('kasiSurv')).get(item.unduh!)).statusCode).toBe(200);
    const audit = await t.database.db.selectFrom('audit_log').select('aksi').where('entitas_id', '=', akt).where('aksi', '=', 'BUKTI_DIHAPUS').execute();
    expect(audit).toHaveLength(1);
  });

  it('a request without a file is a validation error', async () => {
    const akt = await aktivitas();
    const res = await (await as('stafA')).post(`/api/v1/aktivitas/${akt}/bukti`, { x: 1 });
    expect(res.statusCode).toBe(400);
  });
});

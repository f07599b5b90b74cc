// The type of a bukti comes from its bytes, not its name (issue "Aktivitas harian"): a table of payloads → verdicts.
import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { kenaliJenis } from './bukti.jenis.ts';
import { namaBerkasAman } from './bukti.service.ts';

const zip = async (files: Record<string, string>) => {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: 'nodebuffer' });
};
const CT = (part: string, type: string) => `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${part}" ContentType="${type}"/></Types>`;

describe('kenaliJenis', () => {
  const cases: [string, () => Promise<Buffer>, string | { ditolak: string }][] = [
    ['JPEG from a camera', () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).jpeg().toBuffer(), 'image/jpeg'],
    ['PNG', () => sharp({ create: { width: 4, height: 4, channels: 4, background: '#888' } }).png().toBuffer(), 'image/png'],
    ['WebP', () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).webp().toBuffer(), 'image/webp'],
    ['PDF', async () => Buffer.from('%PDF-1.7\n%%EOF\n'), 'application/pdf'],
    ['DOCX', () => zip({ '[Content_Types].xml': CT('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'), 'word/document.xml': '<x/>' }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['XLSX', () => zip({ '[Content_Types].xml': CT('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'), 'xl/workbook.xml': '<x/>' }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ODT', () => zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), 'application/vnd.oasis.opendocument.text'],
    ['a zip with word/ but no [Content_Types].xml', () => zip({ 'word/document.xml': '<x/>' }), { ditolak: 'ZIP (application/zip)' }],
    ['an .exe (MZ header)', async () => Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(256)]), { ditolak: 'EXE (application/x-msdownload)' }],
    ['an HTML page', async () => Buffer.from('<html><script>alert(1)</script></html>'), { ditolak: 'teks/HTML' }],
    ['an SVG (script-capable image)', async () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), { ditolak: 'XML (application/xml)' }],
    ['a GIF (not accepted)', () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).gif().toBuffer(), { ditolak: 'GIF (image/gif)' }],
    ['an empty file', async () => Buffer.alloc(0), { ditolak: 'berkas kosong' }],
  ];
  it.each(cases)('%s', async (_name, make, expected) => {
    const r = await kenaliJenis(await make());
    if (typeof expected === 'string') expect(r).toMatchObject({ ok: true, mime: expected });
    else expect(r).toEqual({ ok: false, terdeteksi: expected.ditolak });
  });
});

describe('namaBerkasAman', () => {
  it.each([
    ['foto.jpg', 'jpg', 'foto.jpg'],
    ['FOTO.JPEG', 'jpg', 'FOTO.JPEG'],
    ['laporan.pdf', 'png', 'laporan.pdf.png'],
    ['C:\\Users\\ani\\surat.pdf', 'pdf', 'surat.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['a"b\u0000c.pdf', 'pdf', 'abc.pdf'],
    ['', 'docx', 'bukti.docx'],
    ['.htaccess', 'pdf', 'bukti.pdf'],
  ] as const)('%s as %s → %s', (asli, jenis, hasil) => {
    expect(namaBerkasAman(asli, jenis)).toBe(hasil);
  });
});

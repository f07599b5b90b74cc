// Reads back the text of a PDF that Kinerja wrote (pdfkit output: Type0 fonts with a ToUnicode map, text drawn
// with TJ/Tj, streams Flate-compressed or not), so tests can prove what a document says without external tools.
// Not a general PDF parser: no cross-reference streams, object streams or encryption — pdfkit writes none.
import zlib from 'node:zlib';

export interface TeksPdf {
  /** the text of each page; a new line wherever the baseline moves */
  halaman: string[];
  /** every page joined */
  teks: string;
  /** glyphs drawn as .notdef (a character the font does not have) */
  glyphHilang: number;
}

interface ObjekPdf {
  dict: string;
  stream: Buffer | null;
}

/** Index of the `>>` closing the dictionary that starts at `from` (which points at `<<`), skipping strings. */
function akhirDict(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '(') {
      // literal string: balanced parentheses, backslash escapes
      let d = 1;
      for (i++; i < s.length && d > 0; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') d++;
        else if (s[i] === ')') d--;
      }
      i--;
    } else if (c === '<' && s[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && s[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return s.length;
}

function bacaObjek(pdf: Buffer): Map<number, ObjekPdf> {
  const s = pdf.toString('latin1');
  const out = new Map<number, ObjekPdf>();
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = re.lastIndex;
    if (s.startsWith('<<', start)) {
      const end = akhirDict(s, start);
      const dict = s.slice(start, end);
      let stream: Buffer | null = null;
      const after = /^\s*stream\r?\n/.exec(s.slice(end, end + 20));
      if (after) {
        const len = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
        const dataStart = end + after[0].length;
        const raw = pdf.subarray(dataStart, dataStart + len);
        stream = /\/Filter\s*\/FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw;
        re.lastIndex = dataStart + len;
      } else {
        re.lastIndex = end;
      }
      out.set(Number(m[1]), { dict, stream });
    }
  }
  return out;
}

function hexKeTeks(hex: string): string {
  let t = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) t += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return t;
}

/** ToUnicode CMap → code → text. */
function bacaCmap(teks: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const blok of teks.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of blok[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]*>)/g)) {
      const awal = parseInt(r[1]!, 16);
      const akhir = parseInt(r[2]!, 16);
      if (r[3]!.startsWith('[')) {
        [...r[3]!.matchAll(/<([0-9a-fA-F ]*)>/g)].forEach((h, i) => map.set(awal + i, hexKeTeks(h[1]!.replace(/\s/g, ''))));
      } else {
        const dasar = parseInt(r[3]!.slice(1, -1) || '0', 16);
        for (let c = awal; c <= akhir; c++) map.set(c, String.fromCharCode(dasar + c - awal));
      }
    }
  }
  for (const blok of teks.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const r of blok[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(r[1]!, 16), hexKeTeks(r[2]!));
  }
  return map;
}

interface FontPdf {
  cmap: Map<number, string>;
  /** advance width of each code, 1/1000 of the font size */
  lebar: number[];
}

/** The text of a PDF written by pdfkit/pdfmake, page by page. */
export function teksPdf(pdf: Buffer): TeksPdf {
  const obj = bacaObjek(pdf);
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : null;
  };
  // font resource name (F1, F2 …) → its ToUnicode map and glyph widths
  const fontNamed = new Map<string, FontPdf>();
  for (const [, o] of obj) {
    for (const f of o.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      if (fontNamed.has(f[1]!)) continue;
      const font = obj.get(Number(f[2]));
      const tu = font ? ref(font.dict, 'ToUnicode') : null;
      if (!font || tu === null) continue;
      const turunan = obj.get(Number(/\/DescendantFonts \[(\d+) 0 R\]/.exec(font.dict)?.[1] ?? -1));
      const lebar = (/\/W \[\s*0\s*\[([^\]]*)\]/.exec(turunan?.dict ?? '')?.[1] ?? '').trim().split(/\s+/).map(Number);
      fontNamed.set(f[1]!, { cmap: bacaCmap(obj.get(tu)?.stream?.toString('latin1') ?? ''), lebar });
    }
  }
  // pages in the order of the page tree
  const root = [...obj.values()].find((o) => /\/Type \/Pages\b/.test(o.dict) && !/\/Parent /.test(o.dict));
  const kids = (o: ObjekPdf | undefined): ObjekPdf[] => {
    if (!o) return [];
    if (/\/Type \/Page\b/.test(o.dict)) return [o];
    const list = /\/Kids \[([^\]]*)\]/.exec(o.dict)?.[1] ?? '';
    return [...list.matchAll(/(\d+) 0 R/g)].flatMap((k) => kids(obj.get(Number(k[1]))));
  };
  let glyphHilang = 0;
  const halaman = kids(root).map((page) => {
    const isi = [...(/\/Contents \[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)]
      .map((c) => obj.get(Number(c[1]))?.stream?.toString('latin1') ?? '')
      .join('\n');
    let font: FontPdf | undefined;
    let ukuran = 0;
    let spasiHuruf = 0;
    // where the text drawn last ended: a jump on the same baseline (next cell, next column) reads as a space
    let y: number | null = null;
    let x = 0;
    let akhirX = 0;
    let teks = '';
    const tokens = /\bBT\b|(-?[\d.]+) Tc|\/(F\d+) ([\d.]+) Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) ([\d.-]+) Tm|\[((?:<[0-9a-fA-F]*>|[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj/g;
    for (const t of isi.matchAll(tokens)) {
      if (t[0] === 'BT') spasiHuruf = 0;
      else if (t[1] !== undefined) spasiHuruf = Number(t[1]);
      else if (t[2]) {
        font = fontNamed.get(t[2]);
        ukuran = Number(t[3]);
      } else if (t[5] !== undefined) {
        const ty = Number(t[5]);
        x = Number(t[4]);
        if (y !== null && Math.abs(ty - y) > 0.01) {
          if (!teks.endsWith('\n')) teks += '\n';
        } else if (y !== null && x > akhirX + 0.5 && !/\s$/.test(teks)) {
          teks += ' ';
        }
        y = ty;
      } else {
        const bagian = t[6] !== undefined ? [...t[6].matchAll(/<([0-9a-fA-F]*)>\s*(-?[\d.]+)?/g)].map((h) => [h[1]!, Number(h[2] ?? 0)] as const) : [[t[7]!, 0] as const];
        for (const [hex, geser] of bagian) {
          for (let i = 0; i + 4 <= hex.length; i += 4) {
            const code = parseInt(hex.slice(i, i + 4), 16);
            if (code === 0) glyphHilang++;
            teks += font?.cmap.get(code) ?? '';
            x += ((font?.lebar[code] ?? 0) * ukuran) / 1000 + spasiHuruf;
          }
          x -= (geser * ukuran) / 1000;
        }
        akhirX = x;
      }
    }
    return teks;
  });
  return { halaman, teks: halaman.join('\n'), glyphHilang };
}

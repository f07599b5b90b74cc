// The SKP as a PDF in the layout of the Permenpan-RB 6/2022 lampiran (DOMAIN.md §2.7, research/domain.md §1.3):
// title and pendekatan, instansi and periode, the identity blocks, HASIL KERJA grouped A. Utama / B. Tambahan
// (RHK pimpinan yang diintervensi | RHK | aspek | IKI | target, the RHK cells spanning their indicators), PERILAKU
// KERJA (the 7 BerAKHLAK values with their panduan and the ekspektasi khusus pimpinan), place/date and signatures.
// An approved SKP carries its verification code (footer on every page, QR code by the signatures); anything else
// is a DRAF: watermarked and without a code. Pure: same data → same bytes.
import type { SkpDetail } from '../../../../contracts/skp.ts';
import { BERAKHLAK } from '../../../../domain/berakhlak.ts';
import { tanggalWita } from '../../../../domain/kalender.ts';
import type { AspekIndikator } from '../../../../domain/skp.ts';
import {
  blokTandaTangan,
  footerDokumen,
  GAYA_DOKUMEN,
  type Isi,
  type IsiObjek,
  renderPdf,
  type Sel,
  TATA_TABEL,
  tabelIdentitas,
  tanggalIndonesia,
  WATERMARK_DRAF,
} from '../dokumen/pdf-umum.ts';

export interface DataSkpPdf extends SkpDetail {
  instansiNama: string;
  /** the city printed before the signature date ("Kupang") */
  tempat: string;
  /** 'YYYY-MM-DD' WITA: the day it is printed (drafts are dated by it; approved SKPs by their approval) */
  tanggalCetak: string;
  /** the verification code printed XXXX-XXXX-XXXX, or null (drafts) */
  kode: string | null;
  /** where the public checks the code, or null */
  urlVerifikasi: string | null;
  /** when the document was issued (approved) or printed (draft): the PDF's creation date */
  waktuTerbit: string;
  /** jenis ASN of the pegawai and the penilai, for the NIP grouping (PNS when absent) */
  jenisAsn?: { pegawai?: string | null; penilai?: string | null };
}

const ASPEK: Record<AspekIndikator, string> = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' };
const MARGIN = 36;

/** An SKP is official (carries a code, no watermark) once approved — also while a reopening is asked, and when it
 *  was closed by a mutasi after having been approved. */
export function skpResmi(d: Pick<SkpDetail, 'status' | 'disetujuiPada'>): boolean {
  return d.status === 'disetujui' || d.status === 'minta_buka' || (d.status === 'ditutup' && d.disetujuiPada !== null);
}

function tabelHasilKerja(d: DataSkpPdf): IsiObjek {
  const kepala: Sel[][] = [
    [{ text: 'HASIL KERJA', style: 'kepalaTabel', colSpan: 6, alignment: 'left' }, {}, {}, {}, {}, {}],
    [
      { text: 'NO', style: 'kepalaTabel' },
      { text: 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', style: 'kepalaTabel' },
      { text: 'RENCANA HASIL KERJA', style: 'kepalaTabel' },
      { text: 'ASPEK', style: 'kepalaTabel' },
      { text: d.pendekatan === 'kualitatif' ? 'INDIKATOR KINERJA INDIVIDU / UKURAN KEBERHASILAN' : 'INDIKATOR KINERJA INDIVIDU', style: 'kepalaTabel' },
      { text: 'TARGET', style: 'kepalaTabel' },
    ],
  ];
  const body: Sel[][] = [...kepala];
  const kelompok = (judul: string, jenis: 'utama' | 'tambahan') => {
    body.push([{ text: judul, style: 'kelompok', colSpan: 6 }, {}, {}, {}, {}, {}]);
    const rhk = d.rhk.filter((r) => r.jenis === jenis);
    if (rhk.length === 0) {
      body.push([{ text: '-', alignment: 'center' }, { text: '-', colSpan: 5, italics: true, color: '#555555' }, {}, {}, {}, {}]);
      return;
    }
    rhk.forEach((r, i) => {
      const pimpinan = r.rhkAtasanUraian ?? (r.pkSasaran ? `Perjanjian Kinerja: ${r.pkSasaran}` : '-');
      const n = Math.max(1, r.indikator.length);
      const baris = r.indikator.length > 0 ? r.indikator.map((k) => [ASPEK[k.aspek], k.uraian, k.targetTeks || '-']) : [['-', '-', '-']];
      baris.forEach((b, j) => {
        body.push(
          j === 0
            ? [
                { text: String(i + 1), alignment: 'center', rowSpan: n },
                { text: pimpinan, rowSpan: n },
                { text: r.uraian, rowSpan: n },
                b[0]!,
                b[1]!,
                { text: b[2]!, alignment: 'center' },
              ]
            : [{}, {}, {}, b[0]!, b[1]!, { text: b[2]!, alignment: 'center' }],
        );
      });
    });
  };
  kelompok('A. UTAMA', 'utama');
  kelompok('B. TAMBAHAN', 'tambahan');
  return {
    table: { widths: [16, '*', '*', 42, '*', 60], headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, body },
    layout: TATA_TABEL,
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

function tabelPerilaku(d: DataSkpPdf): IsiObjek {
  const ekspektasi = new Map(d.ekspektasi.map((e) => [e.nilai, e.ekspektasi]));
  const body: Sel[][] = [
    [{ text: 'PERILAKU KERJA', style: 'kepalaTabel', colSpan: 3, alignment: 'left' }, {}, {}],
    [
      { text: 'NO', style: 'kepalaTabel' },
      { text: 'PERILAKU KERJA (BERAKHLAK)', style: 'kepalaTabel' },
      { text: 'EKSPEKTASI KHUSUS PIMPINAN', style: 'kepalaTabel' },
    ],
    ...BERAKHLAK.map((n, i): Sel[] => [
      { text: String(i + 1), alignment: 'center' },
      { stack: [{ text: n.nama, bold: true }, { ul: [...n.panduan], margin: [0, 1, 0, 0] }] },
      ekspektasi.get(n.kode)?.trim() || '-',
    ]),
  ];
  return { table: { widths: [16, '*', 190], headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, body }, layout: TATA_TABEL, fontSize: 8 };
}

/** The SKP PDF (A4 portrait). */
export async function renderSkpPdf(d: DataSkpPdf): Promise<Buffer> {
  const resmi = skpResmi(d) && d.kode !== null;
  const tanggalTtd = tanggalIndonesia(resmi && d.disetujuiPada ? tanggalWita(new Date(d.disetujuiPada)) : d.tanggalCetak);
  const pegawai = { ...d.pegawai, jenisAsn: d.jenisAsn?.pegawai ?? null };
  const penilai = d.penilai ? { ...d.penilai, jenisAsn: d.jenisAsn?.penilai ?? null } : null;
  const qr: Isi | undefined = resmi && d.urlVerifikasi ? { stack: [{ qr: d.urlVerifikasi, fit: 72, eccLevel: 'M', alignment: 'center' }, { text: d.kode!, fontSize: 7, alignment: 'center', margin: [0, 2, 0, 0] }] } : undefined;

  const content: Isi[] = [
    { text: 'SASARAN KINERJA PEGAWAI', style: 'judul' },
    { text: `PENDEKATAN HASIL KERJA ${d.pendekatan === 'kualitatif' ? 'KUALITATIF' : 'KUANTITATIF'}`, style: 'subjudul', margin: [0, 2, 0, 10] },
    {
      columns: [
        { width: '*', text: d.instansiNama.toUpperCase(), bold: true },
        { width: 'auto', text: `PERIODE: ${tanggalIndonesia(d.tanggalMulai)} – ${tanggalIndonesia(d.tanggalSelesai)}`.toUpperCase(), bold: true, alignment: 'right' },
      ],
      fontSize: 8,
      margin: [0, 0, 0, 4],
    },
    tabelIdentitas(pegawai, penilai),
    tabelHasilKerja(d),
    tabelPerilaku(d),
    blokTandaTangan({
      tempat: d.tempat,
      tanggal: tanggalTtd,
      kiri: { peran: 'Pegawai yang Dinilai', nama: d.pegawai.nama, nip: d.pegawai.nip, jenisAsn: pegawai.jenisAsn },
      kanan: { peran: 'Pejabat Penilai Kinerja', nama: d.penilai?.nama ?? '-', nip: d.penilai?.nip ?? null, jenisAsn: penilai?.jenisAsn ?? null },
      ...(qr ? { tengah: qr } : {}),
    }),
  ];

  return renderPdf({
    content,
    info: {
      title: `Sasaran Kinerja Pegawai ${d.tahun} — ${d.pegawai.nama}`,
      author: d.instansiNama,
      subject: resmi ? `SKP ${d.tahun}; kode verifikasi ${d.kode}` : `SKP ${d.tahun} (draf)`,
      creationDate: new Date(d.waktuTerbit),
    },
    pageMargins: [MARGIN, MARGIN, MARGIN, 44],
    footer: footerDokumen({ kode: resmi ? d.kode : null, urlVerifikasi: resmi ? d.urlVerifikasi : null, catatanDraf: 'DRAF — SKP ini belum disetujui pejabat penilai dan bukan dokumen resmi.', margin: MARGIN }),
    ...(resmi ? {} : { watermark: WATERMARK_DRAF }),
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.1 },
    styles: GAYA_DOKUMEN,
  });
}

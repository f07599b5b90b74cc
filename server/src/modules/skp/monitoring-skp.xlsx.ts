// The SKP monitoring table as a workbook (same house style as kepegawaian/ekspor.xlsx.ts: one header row, widths,
// frozen header) plus a bold total row — no autofilter, which would sort the total in among the units. No I/O
// here: rows in, bytes out.
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { MonitoringSkpUnit } from '../../../../contracts/skp.ts';

export { XLSX_TYPE } from '../kepegawaian/ekspor.xlsx.ts';

type Baris = z.infer<typeof MonitoringSkpUnit>;
type Hitungan = Omit<Baris, 'unitId' | 'unit' | 'adaSubunit'>;

const WARNA_JUDUL = 'FF1F6F5C';

const KOLOM: { judul: string; lebar: number; ambil: (r: Hitungan & { unit: string }) => string | number | null; persen?: boolean }[] = [
  { judul: 'Unit Kerja', lebar: 50, ambil: (r) => r.unit },
  { judul: 'Jumlah Pegawai', lebar: 12, ambil: (r) => r.jumlahPegawai },
  { judul: 'Draf', lebar: 10, ambil: (r) => r.draft },
  { judul: 'Diajukan', lebar: 10, ambil: (r) => r.diajukan },
  { judul: 'Dikembalikan', lebar: 13, ambil: (r) => r.dikembalikan },
  { judul: 'Disetujui', lebar: 10, ambil: (r) => r.disetujui },
  { judul: 'Belum Ada SKP', lebar: 12, ambil: (r) => r.belumAda },
  { judul: 'Persentase Disetujui', lebar: 12, ambil: (r) => (r.jumlahPegawai ? r.disetujui / r.jumlahPegawai : null), persen: true },
];

export async function monitoringSkpXlsx(d: { tahun: number; induk: string | null; units: readonly Baris[]; total: Hitungan }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const ws = wb.addWorksheet(`Monitoring SKP ${d.tahun}`);
  ws.columns = KOLOM.map((k) => ({ width: k.lebar, style: k.persen ? { numFmt: '0.0%' } : {} }));
  const judul = ws.getRow(1);
  KOLOM.forEach((k, i) => {
    const c = judul.getCell(i + 1);
    c.value = k.judul;
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNA_JUDUL } };
    c.alignment = { vertical: 'middle', wrapText: true };
  });
  judul.height = 30;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const u of d.units) ws.addRow(KOLOM.map((k) => k.ambil(u)));
  const jumlah = ws.addRow(KOLOM.map((k) => k.ambil({ ...d.total, unit: d.induk ? `Jumlah ${d.induk}` : 'Jumlah' })));
  jumlah.font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

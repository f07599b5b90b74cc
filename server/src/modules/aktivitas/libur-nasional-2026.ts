// National holidays and cuti bersama 2026, seeded into the DEMO instansi (and offered to BKPPD as a starting point).
// Source: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025,
// Nomor 5 Tahun 2025 (announced 19 September 2025: 17 hari libur nasional, 8 hari cuti bersama), as far as known
// from the published lists. BKPPD must check these against the signed SKB (and any later revision, which happens for
// Islamic holidays after the government's isbat): they are admin-editable data in `hari_libur`, never a rule in code.
// `pasti: false` marks a date taken from secondary sources only or known to move with a later decision.

export interface LiburData {
  tanggal: string;
  nama: string;
  jenis: 'nasional' | 'cuti_bersama';
  pasti: boolean;
}

export const LIBUR_NASIONAL_2026: readonly LiburData[] = [
  { tanggal: '2026-01-01', nama: 'Tahun Baru 2026 Masehi', jenis: 'nasional', pasti: true },
  { tanggal: '2026-01-16', nama: 'Isra Mikraj Nabi Muhammad SAW', jenis: 'nasional', pasti: false },
  { tanggal: '2026-02-16', nama: 'Cuti bersama Tahun Baru Imlek', jenis: 'cuti_bersama', pasti: true },
  { tanggal: '2026-02-17', nama: 'Tahun Baru Imlek 2577 Kongzili', jenis: 'nasional', pasti: true },
  { tanggal: '2026-03-18', nama: 'Cuti bersama Hari Suci Nyepi', jenis: 'cuti_bersama', pasti: true },
  { tanggal: '2026-03-19', nama: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', jenis: 'nasional', pasti: true },
  { tanggal: '2026-03-20', nama: 'Cuti bersama Idulfitri 1447 H', jenis: 'cuti_bersama', pasti: false },
  // Idulfitri follows the sidang isbat; the SKB's dates may shift by a day
  { tanggal: '2026-03-21', nama: 'Hari Raya Idulfitri 1447 H', jenis: 'nasional', pasti: false },
  { tanggal: '2026-03-22', nama: 'Hari Raya Idulfitri 1447 H', jenis: 'nasional', pasti: false },
  { tanggal: '2026-03-23', nama: 'Cuti bersama Idulfitri 1447 H', jenis: 'cuti_bersama', pasti: false },
  { tanggal: '2026-03-24', nama: 'Cuti bersama Idulfitri 1447 H', jenis: 'cuti_bersama', pasti: false },
  { tanggal: '2026-04-03', nama: 'Wafat Yesus Kristus', jenis: 'nasional', pasti: true },
  { tanggal: '2026-04-05', nama: 'Kebangkitan Yesus Kristus (Paskah)', jenis: 'nasional', pasti: true },
  { tanggal: '2026-05-01', nama: 'Hari Buruh Internasional', jenis: 'nasional', pasti: true },
  { tanggal: '2026-05-14', nama: 'Kenaikan Yesus Kristus', jenis: 'nasional', pasti: true },
  { tanggal: '2026-05-15', nama: 'Cuti bersama Kenaikan Yesus Kristus', jenis: 'cuti_bersama', pasti: true },
  { tanggal: '2026-05-27', nama: 'Hari Raya Iduladha 1447 H', jenis: 'nasional', pasti: false },
  { tanggal: '2026-05-28', nama: 'Cuti bersama Iduladha 1447 H', jenis: 'cuti_bersama', pasti: false },
  { tanggal: '2026-05-31', nama: 'Hari Raya Waisak 2570 BE', jenis: 'nasional', pasti: true },
  { tanggal: '2026-06-01', nama: 'Hari Lahir Pancasila', jenis: 'nasional', pasti: true },
  { tanggal: '2026-06-16', nama: '1 Muharam Tahun Baru Islam 1448 H', jenis: 'nasional', pasti: false },
  { tanggal: '2026-08-17', nama: 'Proklamasi Kemerdekaan Republik Indonesia', jenis: 'nasional', pasti: true },
  { tanggal: '2026-08-25', nama: 'Maulid Nabi Muhammad SAW', jenis: 'nasional', pasti: false },
  { tanggal: '2026-12-24', nama: 'Cuti bersama Hari Raya Natal', jenis: 'cuti_bersama', pasti: true },
  { tanggal: '2026-12-25', nama: 'Hari Raya Natal', jenis: 'nasional', pasti: true },
];

// `npm run audit:verify`: checks the audit log's hash chain in the configured database and names the first broken
// entry. Exit code 0 = intact, 1 = broken, 2 = could not check.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { verifikasiAudit } from '../modules/audit/audit.service.ts';

const config = loadConfig();
const database = openDatabase(config.database);
try {
  const r = await verifikasiAudit(database.db, new Date());
  if (r.utuh) {
    process.stdout.write(`Rantai log audit UTUH: ${r.jumlahEntri} entri diperiksa (${database.dialect}).\n`);
  } else {
    const b = r.rusakPertama!;
    process.stdout.write(
      `Rantai log audit RUSAK pada entri #${b.seq} (${b.waktu}, aksi ${b.aksi}): ${b.alasan}.\n` +
        `${r.jumlahEntri} entri sebelum entri itu utuh.\n`,
    );
  }
  process.exitCode = r.utuh ? 0 : 1;
} catch (err) {
  process.stderr.write(`Verifikasi gagal dijalankan: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
} finally {
  await database.close();
}

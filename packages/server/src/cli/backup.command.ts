import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import { SYSTEM_CLOCK } from '../kernel/deps.ts';
import { writeBackup } from '../services/backup/write-backup.ts';

export async function run(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('Usage: weerbaar backup FILE   (writes a gzipped logical backup of every table)\n');
    return 2;
  }
  const database = await openDatabase(loadConfig());
  try {
    const header = await writeBackup(database.db, file, SYSTEM_CLOCK.now());
    const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
    process.stdout.write(`Backup written to ${file}: ${rows} rows in ${Object.keys(header.tables).length} tables.\n`);
    return 0;
  } finally {
    await database.close();
  }
}

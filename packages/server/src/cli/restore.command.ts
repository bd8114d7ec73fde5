import { existsSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { createDeps } from '../modules.ts';
import { SYSTEM_ACTOR } from '../kernel/actor.ts';
import { restoreBackup } from '../services/backup/restore-backup.ts';

export async function run(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('Usage: weerbaar restore FILE   (into an empty data dir or database)\n');
    return 2;
  }
  if (!existsSync(file)) {
    process.stderr.write(`weerbaar restore: ${file} does not exist\n`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const deps = createDeps({ db: database.db, config });
    const header = await restoreBackup(deps, { ...SYSTEM_ACTOR, label: 'restore' }, { file });
    process.stdout.write(`Restored ${file} (made ${header.createdAt}).\n`);
    return 0;
  } finally {
    await database.close();
  }
}

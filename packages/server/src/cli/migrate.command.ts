import { loadConfig } from '../config.ts';
import { migrateDown, migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';

export async function run(args: string[]): Promise<number> {
  const down = args[0] === 'down';
  if (args.length > 0 && !down) {
    process.stderr.write(`weerbaar migrate: unknown argument '${args[0]}' (use: migrate [down])\n`);
    return 2;
  }
  const database = await openDatabase(loadConfig());
  try {
    const done = down ? await migrateDown(database.db) : await migrateToLatest(database.db);
    process.stdout.write(done.length > 0 ? `${done.join('\n')}\n` : 'Database is up to date.\n');
    return 0;
  } finally {
    await database.close();
  }
}

import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { createDeps } from '../modules.ts';
import { seedDemo } from '../services/demo/seed-demo.ts';
import { printDemoLogins } from './print-demo-logins.ts';

export async function run(args: string[]): Promise<number> {
  if (args[0] !== '--demo' || args.length > 1) {
    process.stderr.write('Usage: weerbaar seed --demo   (one authority and three entities, a user per role)\n');
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    printDemoLogins(await seedDemo(createDeps({ db: database.db, config }), config.publicUrl), config.publicUrl);
    return 0;
  } finally {
    await database.close();
  }
}

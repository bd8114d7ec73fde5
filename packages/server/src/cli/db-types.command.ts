import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../db/database.ts';
import { startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { renderSchemaTypes } from '../db/schema-introspection.ts';

export const SCHEMA_TYPES_FILE = path.resolve(import.meta.dirname, '../db/schema.generated.ts');

/**
 * Always a fresh embedded cluster in a temp dir, never DATABASE_URL: the types must describe what
 * the migrations create, not whatever an existing database has drifted to.
 */
export async function run(args: string[]): Promise<number> {
  const target = args[0] ?? SCHEMA_TYPES_FILE;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-db-types-'));
  const server = await startEmbeddedPostgres(dir);
  const db = createDb(server.connectionString, 1);
  try {
    await migrateToLatest(db);
    writeFileSync(target, await renderSchemaTypes(db));
    process.stdout.write(`Table types written to ${target}\n`);
    return 0;
  } finally {
    await db.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Db } from '../../src/db/database.ts';
import { withDatabase } from './global-setup.ts';

export interface TestDatabase {
  db: Db;
  url: string;
}

/** A fresh, migrated database for this test file; dropped afterwards. */
export function useTestDatabase(): TestDatabase {
  const handle = {} as TestDatabase;
  const name = `wb_test_${randomBytes(6).toString('hex')}`;
  const adminUrl = inject('adminUrl');
  beforeAll(async () => {
    const admin = createDb(adminUrl, 1);
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(inject('templateDatabase'))}`.execute(admin);
    await admin.destroy();
    handle.url = withDatabase(adminUrl, name);
    handle.db = createDb(handle.url);
  });
  afterAll(async () => {
    await handle.db?.destroy();
    const admin = createDb(adminUrl, 1);
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
    await admin.destroy();
  });
  return handle;
}

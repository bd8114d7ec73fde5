import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/database.ts';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTarget: 'embedded' | 'external';
    adminUrl: string;
    templateDatabase: string;
  }
}

/**
 * One server per run and one migrated template database; each test file clones the template
 * (CREATE DATABASE … TEMPLATE is a file copy: milliseconds) so files never see each other's rows.
 */
export default async function setup(project: TestProject) {
  const target = project.config.provide?.databaseTarget ?? 'embedded';
  let adminUrl: string;
  let stopServer = async () => {};
  if (target === 'external') {
    adminUrl = process.env.TEST_DATABASE_URL!;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-test-'));
    const server = await startEmbeddedPostgres(dir);
    adminUrl = server.connectionString.replace(/\/weerbaar$/, '/postgres');
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const templateDatabase = `weerbaar_template_${process.pid}`;
  const admin = createDb(adminUrl, 1);
  await sql`DROP DATABASE IF EXISTS ${sql.id(templateDatabase)}`.execute(admin);
  await sql`CREATE DATABASE ${sql.id(templateDatabase)}`.execute(admin);
  const template = createDb(withDatabase(adminUrl, templateDatabase), 1);
  await migrateToLatest(template);
  await template.destroy();
  await admin.destroy();

  const dataDir = project.config.env.WEERBAAR_DATA_DIR; // vitest.config.ts: a per-run temp dir
  if (dataDir) mkdirSync(dataDir, { recursive: true });

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const cleanup = createDb(adminUrl, 1);
    await sql`DROP DATABASE IF EXISTS ${sql.id(templateDatabase)}`.execute(cleanup);
    await cleanup.destroy();
    await stopServer();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { createDb, type Db } from '../../packages/server/src/db/database.ts';
import { startEmbeddedPostgres } from '../../packages/server/src/db/embedded-postgres.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';

export interface BenchPlatform {
  db: Db;
  connectionString: string;
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/** The real app on loopback with its own embedded PostgreSQL (or BENCH_DATABASE_URL). */
export async function startBenchPlatform(): Promise<BenchPlatform> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-'));
  chmodSync(dir, 0o755);
  const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres(dir);
  const connectionString = process.env.BENCH_DATABASE_URL ?? embedded!.connectionString;
  const db = createDb(connectionString, 20);
  await migrateToLatest(db);
  // Serves the web build (`npm run bench` builds it first) as `npm start` does.
  const config = { ...loadConfig({}), port: 0 };
  const app = await buildApp({ db, config, logger: false, rateLimitPerMinute: 10_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    db,
    connectionString,
    app,
    url,
    async stop() {
      await app.close();
      await db.destroy();
      await embedded?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

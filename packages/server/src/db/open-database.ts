import type { Config } from '../config.ts';
import { createDb, type Db } from './database.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

export interface OpenDatabase {
  db: Db;
  connectionString: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL in <dataDir>/postgres. */
export async function openDatabase(config: Config, log: (m: string) => void = () => {}): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = createDb(config.databaseUrl);
    return { db, connectionString: config.databaseUrl, embedded: false, close: () => db.destroy() };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  const db = createDb(embedded.connectionString);
  return {
    db,
    connectionString: embedded.connectionString,
    embedded: true,
    async close() {
      await db.destroy();
      await embedded.stop();
    },
  };
}

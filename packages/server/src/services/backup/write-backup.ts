import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { inSnapshot, type Db } from '../../db/database.ts';
import {
  appliedMigrations,
  countRows,
  listTablesInDependencyOrder,
  readTableRows,
} from '../../repositories/backup.repository.ts';

// A logical backup: gzipped JSON lines, one header then one line per batch of rows. It needs no
// pg_dump of a matching version (the embedded server ships none) and restores into any PostgreSQL ≥ 15.
export const BACKUP_FORMAT = 'weerbaar-backup/1';

export interface BackupHeader {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
}

/** `now` is when the backup was made, as its header says. */
export async function writeBackup(db: Db, file: string, now: Date): Promise<BackupHeader> {
  // One snapshot: every table is read as of the same moment.
  return inSnapshot(db, async (snapshot) => {
    const tables = await listTablesInDependencyOrder(snapshot);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(snapshot),
      tables: {},
    };
    for (const t of tables) header.tables[t] = await countRows(snapshot, t);
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        for await (const rows of readTableRows(snapshot, table)) yield `${JSON.stringify({ table, rows })}\n`;
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    return header;
  });
}

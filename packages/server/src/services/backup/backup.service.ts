import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import {
  appliedMigrations,
  countRows,
  insertTableRows,
  listTablesInDependencyOrder,
  readTableRows,
} from '../../repositories/backup.repository.ts';

// A logical backup: gzipped JSON lines, one header then one line per batch of rows. It needs no
// pg_dump of a matching version (the embedded server ships none) and restores into any PostgreSQL ≥ 15.
const FORMAT = 'weerbaar-backup/1';

interface Header {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
}

export async function writeBackup(db: Db, file: string): Promise<Header> {
  // One REPEATABLE READ snapshot: every table is read as of the same moment.
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const tables = await listTablesInDependencyOrder(trx);
      const header: Header = {
        format: FORMAT,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(trx),
        tables: {},
      };
      for (const t of tables) header.tables[t] = await countRows(trx, t);
      async function* lines() {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          for await (const rows of readTableRows(trx, table)) yield `${JSON.stringify({ table, rows })}\n`;
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
      return header;
    });
}

/** Restores into a database that is migrated to the same version and holds no data yet. All or nothing. */
export async function restoreBackup(db: Db, file: string): Promise<Header> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = JSON.parse(first.done ? '{}' : first.value) as Header;
  if (header.format !== FORMAT) throw new Error(`${file} is not a Weerbaar backup (format ${String(header.format)})`);
  await db.transaction().execute(async (trx) => {
    const migrations = await appliedMigrations(trx);
    if (migrations.join() !== header.migrations.join()) {
      throw new Error(
        `The backup is of schema version ${header.migrations.at(-1)}, this database is at ${migrations.at(-1)}`,
      );
    }
    for (const table of await listTablesInDependencyOrder(trx)) {
      if ((await countRows(trx, table)) > 0) throw new Error(`Restore needs an empty database, but ${table} has rows`);
    }
    for (let line = await iterator.next(); !line.done; line = await iterator.next()) {
      if (line.value.trim() === '') continue;
      const { table, rows } = JSON.parse(line.value) as { table: string; rows: unknown[] };
      await insertTableRows(trx, table, rows);
    }
    for (const [table, expected] of Object.entries(header.tables)) {
      const actual = await countRows(trx, table);
      if (actual !== expected) throw new Error(`Restore of ${table} gave ${actual} rows, the backup holds ${expected}`);
    }
  });
  input.close();
  return header;
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import {
  appliedMigrations,
  continueIdentitySequences,
  countRows,
  insertTableRows,
  listTablesInDependencyOrder,
} from '../../repositories/backup.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { BACKUP_FORMAT, type BackupHeader } from './write-backup.ts';

/**
 * Restores into a database that is migrated to the same version and holds no data yet. All or nothing:
 * the rows and the platform chain's `backup.restored` event commit together, so the restored trail
 * itself says when this database was restored, and from which backup.
 */
export const restoreBackup = defineUseCase({
  actions: ['backup.restored'],
  async run({ trx, record }, _ctx: Actor, { file }: { file: string }): Promise<BackupHeader> {
    const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    try {
      const iterator = input[Symbol.asyncIterator]();
      const first = await iterator.next();
      const header = JSON.parse(first.done ? '{}' : first.value) as BackupHeader;
      if (header.format !== BACKUP_FORMAT) {
        throw new Error(`${file} is not a Weerbaar backup (format ${String(header.format)})`);
      }
      const migrations = await appliedMigrations(trx);
      if (migrations.join() !== header.migrations.join()) {
        throw new Error(
          `The backup is of schema version ${header.migrations.at(-1)}, this database is at ${migrations.at(-1)}`,
        );
      }
      for (const table of await listTablesInDependencyOrder(trx)) {
        if ((await countRows(trx, table)) > 0)
          throw new Error(`Restore needs an empty database, but ${table} has rows`);
      }
      for (let line = await iterator.next(); !line.done; line = await iterator.next()) {
        if (line.value.trim() === '') continue;
        const { table, rows } = JSON.parse(line.value) as { table: string; rows: unknown[] };
        await insertTableRows(trx, table, rows);
      }
      await continueIdentitySequences(trx);
      // Counted before the restore's own event is appended: the backup's rows, exactly.
      for (const [table, expected] of Object.entries(header.tables)) {
        const actual = await countRows(trx, table);
        if (actual !== expected)
          throw new Error(`Restore of ${table} gave ${actual} rows, the backup holds ${expected}`);
      }
      const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
      await record(
        'backup.restored',
        {
          orgId: null,
          subjectType: 'backup',
          details: { format: header.format, backupCreatedAt: header.createdAt, tables: header.tables },
        },
        { backupCreatedAt: header.createdAt, rows },
      );
      return header;
    } finally {
      input.close();
    }
  },
});

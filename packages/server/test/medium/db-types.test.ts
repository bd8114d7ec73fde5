import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_TYPES_FILE } from '../../src/cli/db-types.command.ts';
import { renderSchemaTypes } from '../../src/db/schema-introspection.ts';
import { useTestDatabase } from '../support/test-database.ts';

const database = useTestDatabase();

/** `Table.column: type` per line, so a drifted column is named with its table, not lost among hundreds. */
function columnsOf(text: string): string[] {
  const columns: string[] = [];
  let table = '';
  for (const line of text.split('\n')) {
    const open = /^export interface (\w+) \{$/.exec(line);
    if (open) table = open[1] ?? '';
    else if (line.startsWith('  ')) columns.push(`${table}.${line.trim()}`);
  }
  return columns;
}

function drift(checkedIn: string, fresh: string) {
  const before = columnsOf(checkedIn);
  const after = columnsOf(fresh);
  return {
    onlyInMigrations: after.filter((c) => !before.includes(c)),
    onlyInCheckedInFile: before.filter((c) => !after.includes(c)),
  };
}

describe('generated table types (src/db/schema.generated.ts)', () => {
  it('match the migrated schema (run `npm run db:types` after changing a migration)', async () => {
    const checkedIn = readFileSync(SCHEMA_TYPES_FILE, 'utf8');
    const fresh = await renderSchemaTypes(database.db);
    expect(drift(checkedIn, fresh), 'schema.generated.ts is stale: run `npm run db:types` and commit it').toEqual({
      onlyInMigrations: [],
      onlyInCheckedInFile: [],
    });
    expect(checkedIn).toBe(fresh);
  });

  it('would notice a column the migrations add', async () => {
    await database.db.schema.alterTable('incidents').addColumn('drift_probe', 'text').execute();
    try {
      const checkedIn = readFileSync(SCHEMA_TYPES_FILE, 'utf8');
      expect(drift(checkedIn, await renderSchemaTypes(database.db))).toEqual({
        onlyInMigrations: ['IncidentsTable.drift_probe: string | null;'],
        onlyInCheckedInFile: [],
      });
    } finally {
      await database.db.schema.alterTable('incidents').dropColumn('drift_probe').execute();
    }
  });
});

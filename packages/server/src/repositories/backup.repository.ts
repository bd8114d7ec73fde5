import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

/** Application tables in an order where every table comes after the tables it references. */
export async function listTablesInDependencyOrder(db: DbOrTrx): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'kysely_migration%'
    ORDER BY c.relname`.execute(db);
  const edges = await sql<{ child: string; parent: string }>`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`.execute(db);
  const ordered: string[] = [];
  const remaining = new Set(tables.rows.map((t) => t.name));
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => !edges.rows.some((e) => e.child === t && remaining.has(e.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...remaining].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      remaining.delete(t);
    }
  }
  return ordered;
}

async function primaryKeyColumns(db: DbOrTrx, table: string): Promise<string[]> {
  const rows = await sql<{ column: string }>`
    SELECT a.attname AS column FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
    WHERE i.indrelid = ${table}::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`.execute(db);
  return rows.rows.map((r) => r.column);
}

async function hasByteaColumn(db: DbOrTrx, table: string): Promise<boolean> {
  const r = await sql<{ n: string }>`
    SELECT count(*) AS n FROM pg_attribute
    WHERE attrelid = ${table}::regclass AND attnum > 0 AND NOT attisdropped AND atttypid = 'bytea'::regtype`.execute(
    db,
  );
  return Number(r.rows[0]!.n) > 0;
}

/**
 * Rows as JSON (exact for every column type we use: timestamptz keeps microseconds; bytea becomes
 * its hex text, which restore reads back byte for byte), paged over the primary key. Tables that
 * hold files (bytea, e.g. incident_attachments) go one row per batch, so one line of the backup
 * holds at most one file in memory.
 */
export async function* readTableRows(db: DbOrTrx, table: string, batch = 1000): AsyncGenerator<unknown[]> {
  const key = await primaryKeyColumns(db, table);
  if (key.length === 0) throw new Error(`Table ${table} has no primary key; cannot back it up in order`);
  const size = (await hasByteaColumn(db, table)) ? 1 : batch;
  let offset = 0;
  for (;;) {
    // OFFSET paging over the primary key order: simple and complete; backups are not a hot path.
    // The inner query pages, the outer one converts: rows skipped by OFFSET are never detoasted.
    const order = sql.join(key.map((k) => sql.ref(`t.${k}`)));
    const rows = await sql<{ row: unknown }>`
      SELECT to_jsonb(t) AS row FROM (
        SELECT * FROM ${sql.table(table)} t ORDER BY ${order} LIMIT ${size} OFFSET ${offset}
      ) t ORDER BY ${order}`.execute(db);
    if (rows.rows.length > 0) yield rows.rows.map((r) => r.row);
    if (rows.rows.length < size) return;
    offset += size;
  }
}

// OVERRIDING SYSTEM VALUE: an identity column (GENERATED ALWAYS, e.g. the TAXII paging sequence) gets the
// value the backup holds, so the restore is row for row what was saved.
export async function insertTableRows(db: DbOrTrx, table: string, rows: unknown[]): Promise<void> {
  await sql`INSERT INTO ${sql.table(table)} OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(
    db,
  );
}

/** After a restore, each identity column's sequence continues after the highest restored value. */
export async function continueIdentitySequences(db: DbOrTrx): Promise<void> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND is_identity = 'YES'`.execute(db);
  for (const { table_name: table, column_name: column } of columns.rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}),
                            coalesce((SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

export async function countRows(db: DbOrTrx, table: string): Promise<number> {
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
  return Number(r.rows[0]!.n);
}

/** A digest of a whole table's content, for comparing a restore with its source. */
export async function tableDigest(db: DbOrTrx, table: string): Promise<string> {
  const key = await primaryKeyColumns(db, table);
  const r = await sql<{ d: string | null }>`
    SELECT md5(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY ${sql.join(key.map((k) => sql.ref(`t.${k}`)))})) AS d
    FROM ${sql.table(table)} t`.execute(db);
  return r.rows[0]!.d ?? 'empty';
}

export async function appliedMigrations(db: DbOrTrx): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return r.rows.map((x) => x.name);
}

import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';

/** A digest of every row that belongs to one organisation, across all tenant tables. */
export async function tenantDigest(db: Db, orgId: string): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'org_id' ORDER BY table_name`.execute(db);
  const digest: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ d: string | null }>`
      SELECT md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)) AS d
      FROM ${sql.table(table_name)} t WHERE org_id = ${orgId}`.execute(db);
    digest[table_name] = r.rows[0]?.d ?? 'empty';
  }
  return digest;
}

import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-database.ts';

// docs/SCALE.md: the schema can be distributed with Citus by org_id. On stock PostgreSQL this checks what
// Citus needs of a table distributed by org_id: every primary and unique key includes org_id (Citus
// refuses a unique constraint without the distribution column), the primary key leads with it (the
// house rule, so a tenant's rows sit together in the index), and every foreign key between tenant
// tables carries org_id (a co-located join; Citus refuses one across shards).

const t = useTestDatabase();

/**
 * Tables with org_id that would not be distributed by it, each with the reason and what Citus would make of
 * it (docs/SCALE.md, "Not distributed by org_id"). A new table is not added here without that reasoning.
 */
const NOT_DISTRIBUTED: Record<string, string> = {
  // The job queue holds platform jobs too (org_id NULL) and is claimed with FOR UPDATE SKIP LOCKED across
  // organisations: a local table on the coordinator, pruned nightly (services/platform/prune.job.ts).
  jobs: 'queue across organisations; coordinator-local',
  // Sharing (issue 14) spans organisations by design: a community, its members and the recipients of a
  // shared object are keyed by community, not by one tenant. Distributed by community_id, or reference tables.
  community_members: 'keyed by community (cross-organisation sharing)',
  stix_object_recipients: 'keyed by community object (cross-organisation sharing)',
  knowledge_article_recipients: 'keyed by community object (cross-organisation sharing)',
  // An advisory's named recipients: the advisory is the reference table below, its recipients go with it.
  advisory_recipients: 'recipients of a published advisory (cross-organisation sharing)',
  // A published CSAF advisory is read by every organisation it matches: csaf_advisories is a reference
  // table, so an alert's foreign key to it needs no org_id.
  advisory_alerts: 'refers to published advisories (a reference table)',
};

describe('Citus readiness: every tenant table is keyed by org_id', () => {
  it('leads every primary key with org_id and includes it in every unique key and foreign key', async () => {
    const constraints = await sql<{
      table: string;
      name: string;
      type: string;
      columns: string[];
      ref_table: string | null;
    }>`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS type,
        array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
        CASE WHEN c.contype = 'f' THEN c.confrelid::regclass::text END AS ref_table
      FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = r.relnamespace
      WHERE ns.nspname = 'public' AND c.contype IN ('p', 'u', 'f')`.execute(t.db);
    const tenant = new Set(
      (
        await sql<{ table: string }>`
          SELECT table_name AS table FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'org_id'`.execute(t.db)
      ).rows
        .map((r) => r.table)
        .filter((name) => !(name in NOT_DISTRIBUTED)),
    );
    expect(tenant.size).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const c of constraints.rows) {
      if (!tenant.has(c.table)) continue;
      if (c.type === 'p' && c.columns[0] !== 'org_id')
        problems.push(`${c.table}: primary key (${c.columns}) does not lead with org_id`);
      if (c.type === 'u' && !c.columns.includes('org_id'))
        problems.push(`${c.table}: unique ${c.name} (${c.columns}) lacks org_id`);
      if (c.type === 'f' && c.ref_table && tenant.has(c.ref_table) && !c.columns.includes('org_id'))
        problems.push(`${c.table}: foreign key ${c.name} to ${c.ref_table} (${c.columns}) lacks org_id`);
    }
    expect(problems).toEqual([]);
    // The trends rollup is among them.
    expect(tenant.has('trend_incidents') && tenant.has('trend_stage_deadlines')).toBe(true);
  });
});

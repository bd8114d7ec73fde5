import { sql, type KyselyPlugin } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import type { OrgActor } from '../../src/kernel/actor.ts';
import { listInbox } from '../../src/services/inbox/inbox-queries.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 15 item 6: the inbox lists a page with a fixed number of queries, whatever the page size
// (docs/SCALE.md, "The inbox lists without N+1"). Every query the page runs is counted by a Kysely plugin.

const t = useTestDatabase();
let ctx: OrgActor;

/** A handle on the test database that counts the queries run through it. */
function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin) as Db, count: () => n };
}

beforeAll(async () => {
  const authority = await createTestOrg(t.db, 'Autoriteit N+1', 'authority', ['analyst']);
  ctx = {
    actor: { type: 'system', label: 'test', orgId: null, role: null, orgKind: null },
    orgId: authority.id,
    role: 'analyst',
    orgKind: 'authority',
  };
  // 60 incident chains of 1 to 3 reports from 20 senders: 120 received reports.
  await sql`
    INSERT INTO inbox_reports (org_id, submission_id, sender_org_id, sender_name, sector, entity_type, incident_id,
      incident_reference, incident_title, category, stage, version, severity, aware_at, submitted_at, received_at,
      authority_reference, trust_service_provider, affects_trust_service, critical_entity, support_requested,
      cross_border, member_states_affected)
    SELECT ${authority.id}, gen_random_uuid(), c.sender, 'Entiteit', 'health', 'other', c.incident, 'INC-' || c.c,
      'Incident', 'malware', st.stage, 1, 'high', c.aware, c.aware + st.after, c.aware + st.after, 'MLD-' || c.c || st.stage,
      false, NULL, false, false, 'no', '{}'
    FROM (SELECT c, ('00000000-0000-4000-8000-' || lpad(to_hex(c % 20), 12, '0'))::uuid AS sender,
            gen_random_uuid() AS incident, now() - c * interval '1 day' AS aware
          FROM generate_series(1, 60) c) c
    JOIN LATERAL (VALUES ('early_warning', interval '5 hours', 1), ('notification', interval '40 hours', 2),
      ('final_report', interval '25 days', 3)) AS st(stage, after, n) ON st.n <= 1 + c.c % 3`.execute(t.db);
});

describe('the inbox without N+1 queries (issue 15 item 6)', () => {
  it('lists a page of 50 with the same number of queries as a page of 1', async () => {
    const now = new Date();
    const small = counting(t.db);
    const one = await listInbox(small.db, ctx, { page: 1, pageSize: 1 }, now);
    const large = counting(t.db);
    const fifty = await listInbox(large.db, ctx, { page: 1, pageSize: 50 }, now);

    expect(one.items).toHaveLength(1);
    expect(fifty.items).toHaveLength(50);
    expect(fifty.total).toBe(120);
    // The page, its count, the chains of all its reports, their acknowledgements and their report requests.
    expect(large.count()).toBe(5);
    expect(large.count()).toBe(small.count());
  });
});

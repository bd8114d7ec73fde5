import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrendTable } from '@weerbaar/core/trends';
import type { OrgActor } from '../../src/kernel/actor.ts';
import { demoTrendSubmissions, receiveAt } from '../../src/services/demo/seed-demo-trends.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The authority's trends (issue 15 items 1 and 4): the demo's spread of registrations and incident
// reports is received through the intake, then read back as the analyst, the auditor, an entity and
// nobody; figures are checked against the rollup and the inbox's own deadline clock.

const NOW = new Date('2026-12-07T12:00:00Z');
const t = useTestDatabase();
let app: FastifyInstance;
let authority: TestOrg;
let entity: TestOrg;
let analyst: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db, { clock: fixedClock(NOW) });
  authority = await createTestOrg(t.db, 'Trends Autoriteit', 'authority', ['owner', 'analyst', 'auditor']);
  entity = await createTestOrg(t.db, 'Trends Ziekenhuis', 'entity', ['owner']);
  const owner = authority.users.owner!;
  const ctx: OrgActor = {
    actor: {
      type: 'user',
      userId: owner.id,
      label: owner.email,
      sessionId: '',
      orgId: authority.id,
      role: 'owner',
      orgKind: 'authority',
    },
    orgId: authority.id,
    role: 'owner',
    orgKind: 'authority',
  };
  await receiveAt(app.deps, ctx, demoTrendSubmissions(NOW, 60));
  analyst = await signedIn(app, authority, 'analyst');
});

afterAll(async () => {
  await app?.close();
});

const PERIOD = 'from=2026-06-01&to=2026-12-07';

async function table(client: TestClient, query: string): Promise<TrendTable> {
  const res = await client.get(`/api/v1/trends?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Distinct senders behind a cell of the incidents-by-sector table, counted straight from the inbox index. */
async function sendersIn(sector: string | null, bucketStart: string | null): Promise<number> {
  const rows = await sql<{ n: string }>`
    SELECT count(DISTINCT sender_org_id) AS n FROM (
      SELECT sender_org_id, sector, min(received_at) AS first
      FROM inbox_reports WHERE org_id = ${authority.id} AND stage <> 'voluntary_notification'
      GROUP BY sender_org_id, incident_id, sector
    ) c
    WHERE first >= '2026-05-31T22:00:00Z' AND first < '2026-12-07T23:00:00Z'
      AND (${sector}::text IS NULL OR sector = ${sector})
      AND (${bucketStart}::text IS NULL OR to_char(date_trunc('month', first AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') = ${bucketStart})`.execute(
    t.db,
  );
  return Number(rows.rows[0]!.n);
}

describe('trends dashboard', () => {
  it('counts incidents by sector per month and never shows a figure from fewer than 3 entities', async () => {
    const tbl = await table(analyst, `view=incidents&dimension=sector&interval=month&${PERIOD}`);
    expect(tbl.minEntities).toBe(3);
    expect(tbl.buckets.map((b) => b.label)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(tbl.rows.map((r) => r.label)).toContain('Gezondheidszorg');
    let suppressed = 0;
    for (const row of tbl.rows) {
      for (const [i, c] of row.cells.entries()) {
        if (c.value === null) suppressed++;
        else if (c.value > 0) expect(await sendersIn(row.key, tbl.buckets[i]!.key)).toBeGreaterThanOrEqual(3);
        if (c.suppressed === 'primary') expect(await sendersIn(row.key, tbl.buckets[i]!.key)).toBeLessThan(3);
      }
    }
    expect(suppressed).toBeGreaterThan(0);
    // One sender only in digital infrastructure: its row never shows a number.
    const digital = tbl.rows.find((r) => r.key === 'Digital infrastructure');
    if (digital) expect(digital.total.value).toBeNull();
    // The grand total is every mandatory incident chain of the period.
    const chains = await sql<{ n: string }>`
      SELECT count(*) AS n FROM trend_incidents WHERE org_id = ${authority.id} AND NOT voluntary
        AND first_received_at >= '2026-05-31T22:00:00Z' AND first_received_at < '2026-12-07T23:00:00Z'`.execute(t.db);
    expect(tbl.total.value).toBe(Number(chains.rows[0]!.n));
  });

  it('counts deadline outcomes as the inbox clock tracks them (NIS2 Art. 23(4))', async () => {
    const tbl = await table(analyst, `view=deadlines&interval=month&${PERIOD}`);
    expect(tbl.rows.map((r) => r.key)).toEqual(['on_time', 'late', 'missing', 'open']);
    const owed = await sql<{ n: string }>`
      SELECT count(*) AS n FROM trend_stage_deadlines WHERE org_id = ${authority.id}
        AND due_at >= '2026-05-31T22:00:00Z' AND due_at < '2026-12-07T23:00:00Z'`.execute(t.db);
    expect(tbl.total.value).toBe(Number(owed.rows[0]!.n));
    const filtered = await table(analyst, `view=deadlines&interval=month&crossBorder=yes&${PERIOD}`);
    expect(filtered.total.value ?? 0).toBeLessThan(tbl.total.value!);
    // The rollup's outcome of a sample of chains equals the state of the inbox detail's deadlines.
    const sample = await sql<{ latest_submission_id: string; stage: string; outcome: string }>`
      SELECT t.latest_submission_id, d.stage,
        CASE WHEN d.submitted_at IS NOT NULL AND d.submitted_at <= d.due_at THEN 'submitted'
             WHEN d.submitted_at IS NOT NULL THEN 'submitted_late'
             WHEN d.due_at < ${NOW} THEN 'overdue' ELSE 'pending' END AS outcome
      FROM trend_stage_deadlines d JOIN trend_incidents t USING (org_id, sender_org_id, incident_id)
      WHERE d.org_id = ${authority.id} ORDER BY d.due_at LIMIT 20`.execute(t.db);
    const states = new Set<string>();
    for (const s of sample.rows) {
      const detail = await analyst.get(`/api/v1/inbox/reports/${s.latest_submission_id}`);
      const tracked = (detail.json().deadlines as { stage: string; state: string }[]).find((d) => d.stage === s.stage);
      expect(tracked?.state, `${s.latest_submission_id} ${s.stage}`).toBe(s.outcome);
      states.add(s.outcome);
    }
    expect(states.size).toBeGreaterThan(1);
  });

  it('flags and filters cross-border impact in the inbox and the trends (NIS2 Art. 23(1), (6))', async () => {
    const inbox = await analyst.get('/api/v1/inbox/reports?crossBorder=yes&pageSize=100');
    expect(inbox.statusCode, inbox.body).toBe(200);
    const items = inbox.json().items as { crossBorder: string | null; memberStatesAffected: string[]; stage: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => r.crossBorder === 'yes')).toBe(true);
    // From the early warning on.
    expect(items.some((r) => r.stage === 'early_warning')).toBe(true);
    expect(items.some((r) => r.memberStatesAffected.includes('DE'))).toBe(true);
    const all = await analyst.get('/api/v1/inbox/reports?pageSize=100');
    expect(all.json().total).toBeGreaterThan(inbox.json().total);

    const tbl = await table(analyst, `view=incidents&dimension=crossBorder&interval=quarter&${PERIOD}`);
    expect(tbl.rows.map((r) => r.key).sort()).toEqual(['no', 'unknown', 'yes']);
    const onlyYes = await table(
      analyst,
      `view=incidents&dimension=crossBorder&interval=quarter&crossBorder=yes&${PERIOD}`,
    );
    expect(onlyYes.rows.map((r) => r.key)).toEqual(['yes']);
  });

  it('counts registrations by classification from the register', async () => {
    const tbl = await table(
      analyst,
      'view=registrations&dimension=classification&interval=quarter&from=2026-01-01&to=2026-12-07',
    );
    expect(tbl.rows.map((r) => r.label).sort()).toEqual(['Belangrijke entiteit', 'Essentiële entiteit']);
    expect(tbl.total.value).toBe(14);
  });

  it('refuses a dimension the view does not count by', async () => {
    const res = await analyst.get('/api/v1/trends?view=registrations&dimension=severity');
    expect(res.statusCode).toBe(400);
  });

  it('exports the suppressed table as CSV and records the export on the audit trail', async () => {
    const res = await analyst.get(`/api/v1/trends/export?view=incidents&dimension=sector&interval=month&${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('"< 3"');
    expect(res.body).toContain('"Gezondheidszorg"');
    const audit = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_events WHERE org_id = ${authority.id} AND action = 'trends.exported'`.execute(
      t.db,
    );
    expect(Number(audit.rows[0]!.n)).toBe(1);
  });

  it('is for the authority only: an entity gets 403, nobody 401, the auditor reads', async () => {
    const owner = await signedIn(app, entity, 'owner');
    expect((await owner.get('/api/v1/trends')).statusCode).toBe(403);
    expect((await owner.get('/api/v1/trends/export')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/trends' })).statusCode).toBe(401);
    const auditor = await signedIn(app, authority, 'auditor');
    expect((await auditor.get('/api/v1/trends')).statusCode).toBe(200);
  });

  it('counts by the final report’s coded root cause (NIS2 Art. 23(4)(d)(ii)), filters on it, with the same suppression', async () => {
    const tbl = await table(analyst, `view=incidents&dimension=rootCause&interval=quarter&${PERIOD}`);
    const keys = tbl.rows.map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['ransomware', 'phishing', 'unknown']));
    expect(tbl.rows.find((r) => r.key === 'ransomware')!.label).toBe('Ransomware');
    // The rollup holds the code of the received final report, and nothing for chains without one.
    const coded = await sql<{ n: string }>`
      SELECT count(*) AS n FROM trend_incidents WHERE org_id = ${authority.id} AND root_cause = 'ransomware'`.execute(
      t.db,
    );
    expect(Number(coded.rows[0]!.n)).toBeGreaterThan(0);
    // Every shown figure stands for at least 3 entities, as in every other dimension.
    for (const row of tbl.rows) {
      const senders = await sql<{ n: string }>`
        SELECT count(DISTINCT sender_org_id) AS n FROM trend_incidents
        WHERE org_id = ${authority.id} AND NOT voluntary AND coalesce(root_cause, 'unknown') = ${row.key}
          AND first_received_at >= '2026-05-31T22:00:00Z' AND first_received_at < '2026-12-07T23:00:00Z'`.execute(t.db);
      // (A hidden figure may stand for more: suppression also hides figures that would give a small one away.)
      if (row.total.value !== null) expect(Number(senders.rows[0]!.n)).toBeGreaterThanOrEqual(3);
    }
    const filtered = await table(
      analyst,
      `view=incidents&dimension=sector&interval=quarter&rootCause=ransomware&${PERIOD}`,
    );
    const all = await table(analyst, `view=incidents&dimension=sector&interval=quarter&${PERIOD}`);
    expect(JSON.stringify(filtered.total)).not.toEqual(JSON.stringify(all.total));
  });
});

import { sql } from 'kysely';
import type { TrendQuery } from '../packages/core/src/trends/trends.contracts.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { listInbox } from '../packages/server/src/services/inbox/inbox-queries.ts';
import { getTrendTable } from '../packages/server/src/services/trends/trends-queries.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { stats } from './lib/sample.ts';

const ORGS = Number(process.env.BENCH_ORGS ?? 10_000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const fmt = (x: number) => `${x.toFixed(1)} ms`;
const SECTORS = ['Health', 'Energy', 'Transport', 'Drinking water', 'Digital infrastructure', 'Public administration'];
const CATEGORIES = ['ransomware', 'phishing', 'denial_of_service', 'malware', 'technical_failure', 'other'];

/**
 * National scale (issue 15 item 6): one authority with 10,000 registered entities and 100,000 received
 * incident reports (about 40,000 incidents of three reports each over one year), seeded with
 * generate_series. The inbox index and the trends rollup are seeded directly, as the intake would leave
 * them (the intake itself is measured by intake.bench.ts). Measured, alternating in one run: the trends
 * queries the dashboard makes (goal p95 < 100 ms), the inbox's first page, and a plain
 * `SELECT count(*)` over the authority's inbox index as the baseline.
 */
export async function benchAuthorityScale(p: BenchPlatform): Promise<void> {
  const { org } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'authority',
    name: 'Bench Nationale Autoriteit',
    owner: { email: 'owner@authority-scale.bench.example', name: 'Bench', password: 'bench password 123' },
  });
  const orgId = org.id;
  const chains = Math.round(REPORTS / 2.5);
  const t0 = performance.now();
  await sql`
    INSERT INTO organisations (kind, name, sector)
    SELECT 'entity', 'Bench entiteit ' || g, (${SECTORS}::text[])[1 + g % ${SECTORS.length}]
    FROM generate_series(1, ${ORGS}) g`.execute(p.db);
  await sql`
    INSERT INTO registry_entities (org_id, entity_id, name, kvk_number, sectors, entity_types, classification_eu,
      classification_nl, province, latest_submission_id, latest_submitted_at, latest_received_at, latest_reference,
      first_received_at)
    SELECT ${orgId}, o.id, o.name, NULL, ARRAY[o.sector], ARRAY['I.5.1'],
      CASE WHEN n % 3 = 0 THEN 'important' ELSE 'essential' END, CASE WHEN n % 3 = 0 THEN 'important' ELSE 'essential' END,
      NULL, gen_random_uuid(), now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day',
      'REG-' || n, now() - (n % 365) * interval '1 day'
    FROM (SELECT id, name, sector, row_number() OVER () AS n FROM organisations WHERE name LIKE 'Bench entiteit %') o`.execute(
    p.db,
  );
  // Chains: sender, incident, T0 over the last year; stages received at T0 + 5 h, + 40 h, + 25 days.
  await sql`
    CREATE TEMP TABLE bench_chains AS
    SELECT c, s.id AS sender, s.sector, gen_random_uuid() AS incident,
      now() - (c % 365) * interval '1 day' - (c % 24) * interval '1 hour' AS aware
    FROM generate_series(1, ${chains}) c
    JOIN LATERAL (SELECT id, sector FROM organisations WHERE name = 'Bench entiteit ' || (1 + c % ${ORGS})) s ON true`.execute(
    p.db,
  );
  await sql`
    INSERT INTO inbox_reports (org_id, submission_id, sender_org_id, sender_name, sector, entity_type, incident_id,
      incident_reference, incident_title, category, stage, version, severity, aware_at, submitted_at, received_at,
      authority_reference, trust_service_provider, affects_trust_service, critical_entity, support_requested,
      cross_border, member_states_affected)
    SELECT ${orgId}, gen_random_uuid(), c.sender, 'Bench', c.sector, 'other', c.incident, 'INC-' || c.c, 'Bench incident',
      (${CATEGORIES}::text[])[1 + c.c % ${CATEGORIES.length}], st.stage, 1,
      CASE WHEN st.stage = 'early_warning' THEN NULL ELSE (ARRAY['low','medium','high','critical'])[1 + c.c % 4] END,
      c.aware, c.aware + st.after, c.aware + st.after, 'MLD-' || c.c || '-' || st.stage, false, NULL, c.c % 50 = 0, false,
      CASE WHEN c.c % 20 = 0 THEN 'yes' WHEN c.c % 7 = 0 THEN 'unknown' ELSE 'no' END, '{}'
    FROM bench_chains c
    JOIN LATERAL (VALUES ('early_warning', interval '5 hours', true), ('notification', interval '40 hours', c.c % 2 = 0),
      ('final_report', interval '25 days', c.c % 4 <> 3)) AS st(stage, after, keep) ON st.keep
    WHERE c.aware + st.after < now()`.execute(p.db);
  await sql`
    INSERT INTO trend_incidents (org_id, sender_org_id, incident_id, first_received_at, last_received_at, sector,
      entity_type, critical_entity, category, severity, cross_border, voluntary, latest_submission_id)
    SELECT ${orgId}, c.sender, c.incident, c.aware + interval '5 hours', c.aware + interval '25 days', c.sector, 'other',
      c.c % 50 = 0, (${CATEGORIES}::text[])[1 + c.c % ${CATEGORIES.length}], (ARRAY['low','medium','high','critical'])[1 + c.c % 4],
      CASE WHEN c.c % 20 = 0 THEN 'yes' WHEN c.c % 7 = 0 THEN 'unknown' ELSE 'no' END, false, gen_random_uuid()
    FROM bench_chains c`.execute(p.db);
  await sql`
    INSERT INTO trend_stage_deadlines (org_id, sender_org_id, incident_id, stage, due_at, submitted_at)
    SELECT ${orgId}, c.sender, c.incident, st.stage, c.aware + st.due,
      CASE WHEN st.sent THEN c.aware + st.after END
    FROM bench_chains c
    CROSS JOIN LATERAL (VALUES ('early_warning', interval '24 hours', interval '5 hours', true),
      ('notification', interval '72 hours', interval '40 hours', c.c % 2 = 0),
      ('final_report', interval '1 month' + interval '40 hours', interval '25 days', c.c % 4 <> 3)) AS st(stage, due, after, sent)`.execute(
    p.db,
  );
  await sql`ANALYZE organisations, registry_entities, inbox_reports, trend_incidents, trend_stage_deadlines`.execute(
    p.db,
  );
  const reports = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM inbox_reports WHERE org_id = ${orgId}`.execute(p.db)).rows[0]!
      .n,
  );
  console.log(
    `\n## Authority at national scale: ${ORGS.toLocaleString('en')} entities, ${reports.toLocaleString('en')} received reports, ${chains.toLocaleString('en')} incidents (seeded in ${fmt(performance.now() - t0)})`,
  );

  const ctx: OrgActor = {
    actor: { type: 'system', label: 'bench', orgId: null, role: null, orgKind: null },
    orgId,
    role: 'analyst',
    orgKind: 'authority',
  };
  const now = new Date();
  const base: TrendQuery = {
    view: 'incidents',
    dimension: 'sector',
    interval: 'month',
    from: undefined,
    to: undefined,
  } as TrendQuery;
  const year = {
    from: new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10),
    to: now.toISOString().slice(0, 10),
  };
  const cases: [string, () => Promise<unknown>][] = [
    [
      'baseline: SELECT count(*) of the inbox',
      () => sql`SELECT count(*) FROM inbox_reports WHERE org_id = ${orgId}`.execute(p.db),
    ],
    ['incidents by sector per month, 12 months', () => getTrendTable(p.db, ctx, { ...base, ...year }, now)],
    [
      'incidents by classification per week, 12 weeks',
      () => getTrendTable(p.db, ctx, { ...base, dimension: 'classification', interval: 'week' }, now),
    ],
    [
      'incidents by category, cross-border only, per quarter',
      () =>
        getTrendTable(
          p.db,
          ctx,
          { ...base, ...year, dimension: 'category', interval: 'quarter', crossBorder: 'yes' },
          now,
        ),
    ],
    [
      'deadline outcomes per month, 12 months',
      () => getTrendTable(p.db, ctx, { ...base, ...year, view: 'deadlines', dimension: 'outcome' }, now),
    ],
    [
      'registrations by sector per quarter',
      () => getTrendTable(p.db, ctx, { ...base, ...year, view: 'registrations', interval: 'quarter' }, now),
    ],
    ['inbox: first page of 50 with chains and clocks', () => listInbox(p.db, ctx, { page: 1, pageSize: 50 }, now)],
    [
      'inbox: cross-border filter, first page',
      () => listInbox(p.db, ctx, { page: 1, pageSize: 50, crossBorder: 'yes' }, now),
    ],
  ];
  const timings = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (const [, run] of cases) await run();
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of cases) {
      const start = performance.now();
      await run();
      timings.get(name)!.push(performance.now() - start);
    }
  }
  const baseline = stats(timings.get(cases[0]![0])!).median;
  for (const [name] of cases) {
    const s = stats(timings.get(name)!);
    const goal = name.startsWith('baseline') ? '' : s.p95 < 100 ? '  (p95 < 100 ms: met)' : '  (p95 < 100 ms: NOT met)';
    console.log(
      `${name.padEnd(58)} median ${fmt(s.median).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  ${(s.median / baseline).toFixed(1)}× baseline${goal}`,
    );
  }
}

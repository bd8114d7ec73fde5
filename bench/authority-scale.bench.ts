import { sql } from 'kysely';
import { indicatorKey } from '../packages/core/src/campaigns/indicator-match.ts';
import type { TrendQuery } from '../packages/core/src/trends/trends.contracts.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { detectCampaigns, indicatorDigest } from '../packages/server/src/services/campaigns/campaign-detection.ts';
import { listCampaigns } from '../packages/server/src/services/campaigns/campaign-queries.ts';
import { listInbox } from '../packages/server/src/services/inbox/inbox-queries.ts';
import { getTrendTable } from '../packages/server/src/services/trends/trends-queries.ts';
import {
  rebuildTrendIncidentMonths,
  rebuildTrendStageMonths,
} from '../packages/server/src/repositories/trends.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../packages/server/src/kernel/actor.ts';
import { inTransaction } from '../packages/server/src/db/database.ts';
import type { DomainEvent } from '../packages/server/src/kernel/domain-events.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { random, stats } from './lib/sample.ts';

// BENCH_FULL=1: the national scale of issue 15 item 6 (1,000,000 observables; seeding takes minutes).
// By default a tenth of the observables, so `npm run bench authority-scale` stays under three minutes.
const FULL = process.env.BENCH_FULL === '1';
const ORGS = Number(process.env.BENCH_ORGS ?? 10_000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 100_000);
const OBSERVABLES = Number(process.env.BENCH_OBSERVABLES ?? (FULL ? 1_000_000 : 100_000));
/** Distinct indicators: a third of the observables, skewed so a few are named by many entities. */
const INDICATORS = Math.round(OBSERVABLES / 3);
/** Indicators of one new report (the detection looks them all up at once). */
const PER_REPORT = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
/** Thrown to roll back the detection of a measured new report, so every run meets the same data. */
class RolledBack extends Error {}

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
  // The monthly rollups, as the trends subscriber leaves them (migration 20261211_0100_trend_rollup).
  await rebuildTrendStageMonths(p.db, orgId);
  await rebuildTrendIncidentMonths(p.db, orgId);
  // Observables: observation k belongs to report k % reports; its indicator (a domain name) is skewed towards
  // small numbers (squared uniform), so low indicators are named by many entities and most by one or two.
  // Seeded as the intake's campaign detection would leave them: the index, the campaigns, their counts.
  await sql`
    CREATE TEMP TABLE bench_reports AS
    SELECT submission_id, sender_org_id, received_at, (row_number() OVER (ORDER BY submission_id) - 1)::int AS rn
    FROM inbox_reports WHERE org_id = ${orgId}`.execute(p.db);
  const reportIds = (
    await sql<{ submission_id: string; sender_org_id: string }>`
      SELECT submission_id, sender_org_id FROM bench_reports ORDER BY rn`.execute(p.db)
  ).rows;
  await sql`
    INSERT INTO campaign_observations (org_id, indicator_digest, submission_id, indicator_type, indicator_value,
      sender_org_id, received_at)
    SELECT ${orgId}, encode(sha256(convert_to('domain', 'UTF8') || decode('00', 'hex') || convert_to(o.v, 'UTF8')), 'hex'),
      r.submission_id, 'domain', o.v, r.sender_org_id, r.received_at
    FROM (SELECT 'bench-' || floor(power(random(), 2) * ${INDICATORS})::int || '.example' AS v,
            k % ${reportIds.length} AS rn
          FROM generate_series(0, ${OBSERVABLES - 1}) k) o
    JOIN bench_reports r ON r.rn = o.rn
    ON CONFLICT DO NOTHING`.execute(p.db);
  await sql`
    INSERT INTO campaigns (org_id, indicator_digest, indicator_type, indicator_value, entity_count, report_count,
      first_seen_at, last_seen_at, detected_at)
    SELECT org_id, indicator_digest, min(indicator_type), min(indicator_value), count(DISTINCT sender_org_id),
      count(*), min(received_at), max(received_at), now()
    FROM campaign_observations WHERE org_id = ${orgId}
    GROUP BY org_id, indicator_digest HAVING count(DISTINCT sender_org_id) >= 2`.execute(p.db);
  await sql`
    INSERT INTO campaign_counts (org_id, indicator_type, campaigns)
    SELECT org_id, indicator_type, count(*) FROM campaigns WHERE org_id = ${orgId} GROUP BY org_id, indicator_type`.execute(
    p.db,
  );
  // VACUUM as autovacuum would after a load this size: it sets the visibility map index-only scans need.
  await sql`VACUUM ANALYZE organisations, registry_entities, inbox_reports, trend_incidents, trend_stage_deadlines,
    trend_stage_months, trend_stage_month_cells, trend_incident_months, trend_incident_month_cells,
    campaign_observations, campaigns, campaign_counts`.execute(p.db);
  const counted = (
    await sql<{ reports: string; observables: string; campaigns: string }>`
      SELECT (SELECT count(*) FROM inbox_reports WHERE org_id = ${orgId}) AS reports,
             (SELECT count(*) FROM campaign_observations WHERE org_id = ${orgId}) AS observables,
             (SELECT count(*) FROM campaigns WHERE org_id = ${orgId}) AS campaigns`.execute(p.db)
  ).rows[0]!;
  const n = (x: string | number) => Number(x).toLocaleString('en');
  console.log(
    `\n## Authority at national scale: ${n(ORGS)} entities, ${n(counted.reports)} received reports, ${n(chains)} incidents, ${n(counted.observables)} observables, ${n(counted.campaigns)} campaigns (seeded in ${(
      (performance.now() - t0) /
      1000
    ).toFixed(1)} s${FULL ? '' : '; BENCH_FULL=1 for 1,000,000 observables'})`,
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
  // A new report naming indicators drawn as the seed drew them (mostly rare ones, now and then a popular one),
  // detected as the intake does it (index, spread, campaigns, counts, alert) and rolled back.
  const rnd = random(17);
  const nextReport = (): DomainEvent<'submission.received'> => {
    const report = reportIds[Math.floor(rnd() * reportIds.length)]!;
    const indicatorsOfCompromise = Array.from({ length: PER_REPORT }, () => ({
      type: 'domain',
      value: `bench-${Math.floor(rnd() ** 2 * INDICATORS)}.example`,
    }));
    return {
      orgId,
      data: {
        kind: 'incident-report',
        submissionId: report.submission_id,
        sender: { orgId: report.sender_org_id },
        receivedAt: now.toISOString(),
        payload: { content: { indicatorsOfCompromise } },
      },
    } as unknown as DomainEvent<'submission.received'>;
  };
  const detectNewReport = (event: DomainEvent<'submission.received'>) =>
    inTransaction(p.db, async (trx) => {
      await detectCampaigns(trx, now, [event]);
      throw new RolledBack();
    }).catch((e: unknown) => {
      if (!(e instanceof RolledBack)) throw e;
    });
  // The seeded digests are the intake's: a popular indicator must be found as a campaign.
  const popular = indicatorDigest(indicatorKey('domain', 'bench-0.example')!);
  const found = await sql`SELECT 1 FROM campaigns WHERE org_id = ${orgId} AND indicator_digest = ${popular}`.execute(
    p.db,
  );
  if (found.rows.length !== 1) throw new Error('bench: the seeded digests are not those of the intake');

  const cases: [string, () => Promise<unknown>][] = [
    [
      'baseline: SELECT count(*) of the inbox',
      () => sql`SELECT count(*) FROM inbox_reports WHERE org_id = ${orgId}`.execute(p.db),
    ],
    [
      'baseline: SELECT count(*) of the observables',
      () => sql`SELECT count(*) FROM campaign_observations WHERE org_id = ${orgId}`.execute(p.db),
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
    ['campaign detection for a new report (10 indicators)', () => detectNewReport(nextReport())],
    ['campaign list: first page of 50, with total', () => listCampaigns(p.db, ctx, { page: 1, pageSize: 50 })],
    [
      'campaign list: domains only, page 20, with total',
      () => listCampaigns(p.db, ctx, { page: 20, pageSize: 50, type: 'domain' }),
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
  const baseline = stats(timings.get(cases[0]![0])!);
  console.log(`\n| query | median | p95 | p95 × baseline p95 | goal p95 < 100 ms |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  for (const [name] of cases) {
    const s = stats(timings.get(name)!);
    const goal = name.startsWith('baseline') ? '' : s.p95 < 100 ? 'met' : 'NOT met';
    console.log(`| ${name} | ${fmt(s.median)} | ${fmt(s.p95)} | ${(s.p95 / baseline.p95).toFixed(1)} | ${goal} |`);
  }
}

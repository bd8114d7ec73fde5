import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import {
  indicatorsReportedByEntities,
  listCampaigns,
} from '../packages/server/src/repositories/campaign.repository.ts';
import { createOrganisationWithOwner } from '../packages/server/src/services/accounts/create-organisation.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';
import { random, stats } from './lib/sample.ts';

const ENTITIES = Number(process.env.BENCH_CAMPAIGN_ENTITIES ?? 10_000);
const REPORTS = Number(process.env.BENCH_CAMPAIGN_REPORTS ?? 100_000);
const OBSERVATIONS = Number(process.env.BENCH_CAMPAIGN_OBSERVATIONS ?? 1_000_000);
/** Distinct indicators: most are named once, some by many entities (the campaigns). */
const INDICATORS = Math.round(OBSERVATIONS / 3);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
/** Indicators of one received report (the intake asks for all of them at once). */
const PER_REPORT = 10;

const fmt = (x: number) => `${x.toFixed(2)} ms`;
const digestOf = (i: number) => createHash('sha256').update(`ipv4\u0000bench-${i}`).digest('hex');

/**
 * Campaign detection at national scale (issue 15 items 2 and 6): one authority with 100,000 received reports
 * from 10,000 entities naming 1,000,000 indicators (a third of them distinct, skewed so a few are named by
 * many). The detection query the intake runs for each report (which of its indicators two or more entities
 * named) and the campaign list, against a plain `SELECT count(*)` of the authority's observations, in one run.
 */
export async function benchCampaigns(p: BenchPlatform): Promise<void> {
  const { org } = await createOrganisationWithOwner(p.app.deps, SYSTEM_ACTOR, {
    kind: 'authority',
    name: 'Bench Campagne Autoriteit',
    owner: { email: 'owner@campaigns.bench.example', name: 'Bench', password: 'bench password 123' },
  });
  const t0 = performance.now();
  await sql`
    INSERT INTO inbox_reports (org_id, submission_id, sender_org_id, sender_name, sector, entity_type, incident_id,
      incident_reference, incident_title, category, stage, version, severity, aware_at, submitted_at, received_at,
      authority_reference, trust_service_provider, affects_trust_service, critical_entity, support_requested)
    SELECT ${org.id}, gen_random_uuid(),
      ('00000000-0000-4000-8000-' || lpad(to_hex(g % ${ENTITIES}), 12, '0'))::uuid,
      'Entiteit ' || (g % ${ENTITIES}), 'health', 'other', gen_random_uuid(), 'INC-' || g, 'Bench', 'malware',
      'notification', 1, 'high', now(), now(), now() - (g || ' seconds')::interval,
      'MLD-2026-' || lpad(g::text, 6, '0'), false, null, false, false
    FROM generate_series(1, ${REPORTS}) g`.execute(p.db);
  // Observation k belongs to report k % REPORTS; its indicator is skewed towards small numbers (squared
  // uniform), so low indicators are named by many entities and most by one.
  const digests = Array.from({ length: INDICATORS }, (_, i) => digestOf(i));
  await sql`CREATE TEMP TABLE bench_digests (i integer PRIMARY KEY, d text NOT NULL)`.execute(p.db);
  for (let start = 0; start < INDICATORS; start += 50_000) {
    const chunk = digests.slice(start, start + 50_000);
    await sql`INSERT INTO bench_digests SELECT ${start} + ordinality - 1, d FROM unnest(${chunk}::text[]) WITH ORDINALITY d`.execute(
      p.db,
    );
  }
  await sql`
    INSERT INTO campaign_observations (org_id, indicator_digest, submission_id, indicator_type, indicator_value,
      sender_org_id, received_at)
    SELECT ${org.id}, d.d, r.submission_id, 'ipv4', 'bench-' || d.i, r.sender_org_id, r.received_at
    FROM (SELECT k, floor(power(random(), 2) * ${INDICATORS})::int AS i, k % ${REPORTS} AS rn
          FROM generate_series(0, ${OBSERVATIONS - 1}) k) o
    JOIN bench_digests d ON d.i = o.i
    JOIN (SELECT submission_id, sender_org_id, received_at, row_number() OVER (ORDER BY submission_id) - 1 AS rn
          FROM inbox_reports WHERE org_id = ${org.id}) r ON r.rn = o.rn
    ON CONFLICT DO NOTHING`.execute(p.db);
  await sql`
    INSERT INTO campaigns (org_id, indicator_digest, indicator_type, indicator_value, entity_count, report_count,
      first_seen_at, last_seen_at, detected_at)
    SELECT org_id, indicator_digest, min(indicator_type), min(indicator_value), count(DISTINCT sender_org_id),
      count(*), min(received_at), max(received_at), now()
    FROM campaign_observations WHERE org_id = ${org.id}
    GROUP BY org_id, indicator_digest HAVING count(DISTINCT sender_org_id) >= 2`.execute(p.db);
  await sql`ANALYZE inbox_reports; ANALYZE campaign_observations; ANALYZE campaigns`.execute(p.db);
  const counted = await sql<{ observations: string; campaigns: string }>`
    SELECT (SELECT count(*) FROM campaign_observations WHERE org_id = ${org.id}) AS observations,
           (SELECT count(*) FROM campaigns WHERE org_id = ${org.id}) AS campaigns`.execute(p.db);
  console.log(
    `\n## Campaign detection: ${REPORTS} reports from ${ENTITIES} entities, ${counted.rows[0]!.observations} observations, ${counted.rows[0]!.campaigns} campaigns (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );

  const rnd = random(17);
  // A report's indicators drawn as the seed drew them: mostly rare ones, now and then a popular one.
  const batches = Array.from({ length: QUERIES }, () =>
    Array.from({ length: PER_REPORT }, () => digests[Math.floor(rnd() ** 2 * INDICATORS)]!),
  );
  for (const b of batches.slice(0, 10)) await indicatorsReportedByEntities(p.db, org.id, b, 2);
  const detect: number[] = [];
  const list: number[] = [];
  const count: number[] = [];
  for (const b of batches) {
    let s = performance.now();
    await indicatorsReportedByEntities(p.db, org.id, b, 2);
    detect.push(performance.now() - s);
    s = performance.now();
    await listCampaigns(p.db, org.id, { page: 1, pageSize: 50 });
    list.push(performance.now() - s);
    s = performance.now();
    await sql`SELECT count(*) FROM campaign_observations WHERE org_id = ${org.id}`.execute(p.db);
    count.push(performance.now() - s);
  }
  const d = stats(detect);
  const l = stats(list);
  const c = stats(count);
  console.log(`detection (${PER_REPORT} indicators of one report): median ${fmt(d.median)}, p95 ${fmt(d.p95)}`);
  console.log(`campaign list (first page of 50, with total):  median ${fmt(l.median)}, p95 ${fmt(l.p95)}`);
  console.log(`plain SELECT count(*) of the observations:     median ${fmt(c.median)}, p95 ${fmt(c.p95)}`);
  console.log(
    `goal p95 < 100 ms: detection ${d.p95 < 100 ? 'met' : 'NOT met'}, list ${l.p95 < 100 ? 'met' : 'NOT met'}`,
  );
}

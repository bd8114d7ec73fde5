import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrendQuery } from '@weerbaar/core/trends';
import type { TrendIncidentRow, TrendStageDeadlineRow } from '../../src/db/schema-trends.ts';
import {
  countDeadlineTrend,
  countIncidentTrend,
  replaceTrendStageDeadlines,
  upsertTrendIncidents,
  type TrendCountRow,
  type TrendFilter,
} from '../../src/repositories/trends.repository.ts';
import { buildTrendTable, trendPeriod } from '../../src/services/trends/trends-queries.ts';
import * as trendRollupMigration from '../../src/db/migrations/20261211_0100_trend_rollup.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The deadline view's monthly rollup (trend_stage_months, docs/SCALE.md) and the totals derived from the
// cells give the dashboard the same figures as the GROUPING SETS query over the stage rows it replaced, on a
// seeded random mix: few entities (so small cells and suppression occur), stages replaced several times
// (so the rollup is lowered as well as raised), deadlines on Amsterdam month boundaries, and periods that
// start and end inside a month, reach into the future and end before the current month.

const t = useTestDatabase();
let orgId: string;

/** Mulberry32: the same mix on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = seeded(20261211);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const SENDERS = Array.from({ length: 7 }, () => randomUUID());
const START = Date.parse('2025-10-01T00:00:00Z');
const SPAN = Date.parse('2027-02-01T00:00:00Z') - START;
// Local midnight on the first of a month (CEST and CET), where a month's bucket starts.
const BOUNDARIES = ['2026-03-31T22:00:00Z', '2026-10-31T23:00:00Z', '2026-11-30T23:00:00Z'].map((d) => new Date(d));

interface Chain {
  sender: string;
  incident: string;
  /** A voluntary notification owes no deadline (NIS2 Art. 30(2)): its chain has no stage rows. */
  voluntary: boolean;
}
const chains: Chain[] = [];

function incidentRow(c: Chain): TrendIncidentRow {
  const at = new Date(START + rnd() * SPAN);
  return {
    org_id: orgId,
    sender_org_id: c.sender,
    incident_id: c.incident,
    first_received_at: at,
    last_received_at: at,
    sector: pick(['health', 'energy', null]),
    entity_type: 'other',
    critical_entity: rnd() < 0.2,
    category: pick(['ransomware', 'phishing']),
    severity: pick(['low', 'high', null]),
    cross_border: pick(['yes', 'no', 'unknown', null]),
    voluntary: c.voluntary,
    latest_submission_id: randomUUID(),
    root_cause: null,
  };
}

function stageRows(c: Chain): TrendStageDeadlineRow[] {
  if (c.voluntary) return [];
  const stages = ['early_warning', 'notification', 'final_report'].filter(() => rnd() < 0.8);
  return stages.map((stage) => {
    const due = rnd() < 0.15 ? pick(BOUNDARIES) : new Date(START + rnd() * SPAN);
    const roll = rnd();
    const submitted = roll < 0.3 ? null : roll < 0.4 ? due : new Date(due.getTime() + (rnd() - 0.6) * 5 * 86_400_000);
    return {
      org_id: orgId,
      sender_org_id: c.sender,
      incident_id: c.incident,
      stage,
      due_at: due,
      submitted_at: submitted,
    };
  });
}

beforeAll(async () => {
  orgId = (await createTestOrg(t.db, 'Rollup Autoriteit', 'authority', ['owner'])).id;
  for (let i = 0; i < 160; i++) chains.push({ sender: pick(SENDERS), incident: randomUUID(), voluntary: rnd() < 0.1 });
  await upsertTrendIncidents(t.db, chains.map(incidentRow));
  // Later reports change a chain's dimensions (and, in this mix, its month): the incident rollup moves.
  for (let round = 0; round < 2; round++) {
    const batch = chains.filter(() => rnd() < 0.4);
    for (let i = 0; i < batch.length; i += 9) await upsertTrendIncidents(t.db, batch.slice(i, i + 9).map(incidentRow));
  }
  // Three rounds of reports: every round replaces the stages of a batch of chains, as the subscriber does.
  for (let round = 0; round < 3; round++) {
    const batch = chains.filter(() => round === 0 || rnd() < 0.5);
    for (let i = 0; i < batch.length; i += 7) {
      const part = batch.slice(i, i + 7);
      await replaceTrendStageDeadlines(
        t.db,
        orgId,
        part.map((c) => ({ senderOrgId: c.sender, incidentId: c.incident })),
        part.flatMap(stageRows),
      );
    }
  }
  // Two intakes of one chain at once, as the subscriber writes them (chain row, then stages): the second
  // waits for the first's chain lock and moves the rollup from what the first left.
  const contested = chains.find((c) => !c.voluntary)!;
  const intake = (pause: number) =>
    t.db.transaction().execute(async (trx) => {
      await upsertTrendIncidents(trx, [incidentRow(contested)]);
      await replaceTrendStageDeadlines(
        trx,
        orgId,
        [{ senderOrgId: contested.sender, incidentId: contested.incident }],
        stageRows(contested),
      );
      await new Promise((r) => setTimeout(r, pause));
    });
  const first = intake(300);
  await new Promise((r) => setTimeout(r, 50));
  await Promise.all([first, intake(0)]);
}, 60_000);

/** The query the dashboard made before the rollup: every figure counted from the stage rows. */
async function deadlinesFromStageRows(q: {
  interval: string;
  from: Date;
  to: Date;
  now: Date;
  filter: TrendFilter;
}): Promise<TrendCountRow[]> {
  const result = await sql<{ bucket: string | null; key: string | null; count: string; entities: string }>`
    SELECT b AS bucket, k AS key, count(*) AS count, count(DISTINCT sender_org_id) AS entities
    FROM (
      SELECT to_char(date_trunc(${sql.lit(q.interval)}, d.due_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS b,
        CASE
          WHEN d.submitted_at IS NOT NULL AND d.submitted_at <= d.due_at THEN 'on_time'
          WHEN d.submitted_at IS NOT NULL THEN 'late'
          WHEN d.due_at < ${q.now} THEN 'missing'
          ELSE 'open'
        END AS k,
        d.sender_org_id
      FROM trend_stage_deadlines d JOIN trend_incidents t USING (org_id, sender_org_id, incident_id)
      WHERE d.org_id = ${orgId} AND d.due_at >= ${q.from} AND d.due_at < ${q.to}
        AND (${q.filter.crossBorder ?? null}::text IS NULL OR coalesce(t.cross_border, 'unknown') = ${q.filter.crossBorder ?? null})
    ) x
    GROUP BY GROUPING SETS ((b, k), (b), (k), ())`.execute(t.db);
  return result.rows.map((r) => ({ ...r, count: Number(r.count), entities: Number(r.entities) }));
}

const REFERENCE_KEYS = {
  severity: sql`coalesce(t.severity, 'unknown')`,
  sector: sql`coalesce(t.sector, 'unknown')`,
  crossBorder: sql`coalesce(t.cross_border, 'unknown')`,
};

async function incidentsFromChains(q: {
  interval: string;
  from: Date;
  to: Date;
  dimension: keyof typeof REFERENCE_KEYS;
}): Promise<TrendCountRow[]> {
  const result = await sql<{ bucket: string | null; key: string | null; count: string; entities: string }>`
    SELECT b AS bucket, k AS key, count(*) AS count, count(DISTINCT sender_org_id) AS entities
    FROM (
      SELECT to_char(date_trunc(${sql.lit(q.interval)}, t.first_received_at AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS b,
        ${REFERENCE_KEYS[q.dimension]} AS k, t.sender_org_id
      FROM trend_incidents t
      WHERE t.org_id = ${orgId} AND NOT t.voluntary AND t.first_received_at >= ${q.from} AND t.first_received_at < ${q.to}
    ) x
    GROUP BY GROUPING SETS ((b, k), (b), (k), ())`.execute(t.db);
  return result.rows.map((r) => ({ ...r, count: Number(r.count), entities: Number(r.entities) }));
}

/** What the comparison holds: every count, and every entity count as the suppression rule reads it. */
const asRuled = (rows: readonly TrendCountRow[]) =>
  rows
    .map((r) => `${r.bucket}|${r.key}|${r.count}|${Math.min(r.entities, 3)}`)
    .sort()
    .join('\n');

const CASES: { now: string; from: string; to: string; interval: 'week' | 'month' | 'quarter'; crossBorder?: string }[] =
  [
    { now: '2026-12-07T12:00:00Z', from: '2025-12-07', to: '2026-12-07', interval: 'month' },
    { now: '2026-12-07T12:00:00Z', from: '2026-01-01', to: '2026-11-30', interval: 'month' },
    { now: '2026-12-07T12:00:00Z', from: '2026-01-15', to: '2027-01-31', interval: 'month' },
    { now: '2026-12-07T12:00:00Z', from: '2025-10-01', to: '2027-01-31', interval: 'quarter' },
    { now: '2026-11-01T00:30:00Z', from: '2026-02-10', to: '2026-12-20', interval: 'quarter' },
    { now: '2026-06-15T08:00:00Z', from: '2026-01-01', to: '2026-12-31', interval: 'month' },
    { now: '2026-04-01T09:00:00Z', from: '2026-03-01', to: '2026-04-30', interval: 'month' },
    { now: '2026-12-07T12:00:00Z', from: '2026-09-01', to: '2026-12-07', interval: 'week' },
    { now: '2026-12-07T12:00:00Z', from: '2025-12-01', to: '2026-12-07', interval: 'month', crossBorder: 'yes' },
  ];

describe('trend rollup', () => {
  it('keeps trend_stage_months and its cells equal to a count of the stage rows', async () => {
    const diff = await sql<{ n: string }>`
      SELECT count(*) AS n FROM (
        (SELECT month, outcome, sender_org_id, stages FROM trend_stage_months WHERE org_id = ${orgId}
         EXCEPT ALL
         SELECT date_trunc('month', due_at AT TIME ZONE 'Europe/Amsterdam')::date,
           CASE WHEN submitted_at IS NULL THEN 'unsubmitted' WHEN submitted_at <= due_at THEN 'on_time' ELSE 'late' END,
           sender_org_id, count(*)::int
         FROM trend_stage_deadlines WHERE org_id = ${orgId} GROUP BY 1, 2, 3)
        UNION ALL
        (SELECT date_trunc('month', due_at AT TIME ZONE 'Europe/Amsterdam')::date,
           CASE WHEN submitted_at IS NULL THEN 'unsubmitted' WHEN submitted_at <= due_at THEN 'on_time' ELSE 'late' END,
           sender_org_id, count(*)::int
         FROM trend_stage_deadlines WHERE org_id = ${orgId} GROUP BY 1, 2, 3
         EXCEPT ALL
         SELECT month, outcome, sender_org_id, stages FROM trend_stage_months WHERE org_id = ${orgId})
      ) d`.execute(t.db);
    expect(Number(diff.rows[0]!.n)).toBe(0);
    const rows = await sql<{ n: string; zero: string }>`
      SELECT count(*) AS n, count(*) FILTER (WHERE stages <= 0) AS zero FROM trend_stage_months WHERE org_id = ${orgId}`.execute(
      t.db,
    );
    expect(Number(rows.rows[0]!.n)).toBeGreaterThan(50);
    expect(Number(rows.rows[0]!.zero)).toBe(0);
    // The counted cells are the rows of trend_stage_months, per month and outcome.
    const cells = await sql<{ n: string }>`
      SELECT count(*) AS n
      FROM (SELECT month, outcome, sum(stages)::int AS stages, count(*)::int AS entities
            FROM trend_stage_months WHERE org_id = ${orgId} GROUP BY 1, 2) m
      FULL JOIN (SELECT * FROM trend_stage_month_cells WHERE org_id = ${orgId} AND stages <> 0) c USING (month, outcome)
      WHERE m.stages IS DISTINCT FROM c.stages OR m.entities IS DISTINCT FROM c.entities`.execute(t.db);
    expect(Number(cells.rows[0]!.n)).toBe(0);
  });

  it('keeps trend_incident_months and its cells equal to a count of the chains', async () => {
    const diff = await sql<{ n: string }>`
      WITH fresh AS (
        SELECT date_trunc('month', t.first_received_at AT TIME ZONE 'Europe/Amsterdam')::date AS month, dk.dimension,
          dk.key, t.sender_org_id, count(*)::int AS incidents
        FROM trend_incidents t CROSS JOIN LATERAL (VALUES ('sector', coalesce(t.sector, 'unknown')),
          ('criticalEntity', CASE WHEN t.critical_entity THEN 'yes' ELSE 'no' END), ('entityType', t.entity_type),
          ('category', t.category), ('severity', coalesce(t.severity, 'unknown')),
          ('rootCause', coalesce(t.root_cause, 'unknown')), ('crossBorder', coalesce(t.cross_border, 'unknown'))
        ) AS dk(dimension, key)
        WHERE t.org_id = ${orgId} AND NOT t.voluntary GROUP BY 1, 2, 3, 4
      ), kept AS (
        SELECT month, dimension, key, sender_org_id, incidents FROM trend_incident_months WHERE org_id = ${orgId}
      ), cells AS (
        SELECT month, dimension, key, incidents, entities FROM trend_incident_month_cells
        WHERE org_id = ${orgId} AND incidents <> 0
      )
      SELECT (SELECT count(*) FROM ((SELECT * FROM fresh EXCEPT ALL SELECT * FROM kept)
                UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM fresh)) x)
           + (SELECT count(*) FROM (SELECT month, dimension, key, sum(incidents)::int AS incidents, count(*)::int AS entities
                FROM fresh GROUP BY 1, 2, 3) f FULL JOIN cells c USING (month, dimension, key)
              WHERE f.incidents IS DISTINCT FROM c.incidents OR f.entities IS DISTINCT FROM c.entities) AS n`.execute(
      t.db,
    );
    expect(Number(diff.rows[0]!.n)).toBe(0);
  });

  it.each(CASES)('gives the deadline figures of the stage rows ($interval $from–$to, now $now)', async (c) => {
    const now = new Date(c.now);
    const query = {
      view: 'deadlines',
      dimension: 'outcome',
      interval: c.interval,
      from: c.from,
      to: c.to,
    } as TrendQuery;
    const period = trendPeriod(query, now);
    const filter = { crossBorder: c.crossBorder };
    const range = { interval: c.interval, from: period.fromInstant, to: period.toInstant, now, filter };
    const fromRollup = await countDeadlineTrend(t.db, orgId, range);
    const fromStages = await deadlinesFromStageRows(range);
    expect(fromStages.length).toBeGreaterThan(4);
    expect(asRuled(fromRollup)).toBe(asRuled(fromStages));
    // Cells count their entities exactly; the table the analyst sees is the same, suppression included.
    const cells = (rows: readonly TrendCountRow[]) =>
      rows
        .filter((r) => r.bucket && r.key)
        .map((r) => `${r.bucket}|${r.key}|${r.count}|${r.entities}`)
        .sort();
    expect(cells(fromRollup)).toEqual(cells(fromStages));
    expect(buildTrendTable(query, period, fromRollup)).toEqual(buildTrendTable(query, period, fromStages));
  });

  it('shows some suppressed and some shown figures in the mix, so the comparison means something', async () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const query = { view: 'deadlines', dimension: 'outcome', interval: 'month', from: '2025-12-07', to: '2026-12-07' };
    const period = trendPeriod(query as TrendQuery, now);
    const rows = await countDeadlineTrend(t.db, orgId, {
      interval: 'month',
      from: period.fromInstant,
      to: period.toInstant,
      now,
      filter: {},
    });
    const shown = buildTrendTable(query as TrendQuery, period, rows).rows.flatMap((r) => r.cells);
    expect(shown.some((c) => c.suppressed === 'primary')).toBe(true);
    expect(shown.some((c) => c.value !== null && c.value > 0)).toBe(true);
  });

  it.each([
    ['week', 'severity', '2025-11-20', '2026-12-07'],
    ['month', 'severity', '2025-11-20', '2026-12-07'],
    ['month', 'sector', '2026-01-01', '2026-10-31'],
    ['month', 'crossBorder', '2025-10-01', '2027-01-31'],
    ['quarter', 'severity', '2025-11-20', '2026-12-07'],
  ] as const)('gives the incident figures of the chains per %s by %s, %s–%s', async (interval, dimension, from, to) => {
    const now = new Date('2026-12-07T12:00:00Z');
    const query = { view: 'incidents', dimension, interval, from, to } as TrendQuery;
    const period = trendPeriod(query, now);
    const q = { interval, from: period.fromInstant, to: period.toInstant };
    const counted = await countIncidentTrend(t.db, orgId, { ...q, dimension, filter: {} });
    const reference = await incidentsFromChains({ ...q, dimension });
    expect(reference.length).toBeGreaterThan(4);
    expect(asRuled(counted)).toBe(asRuled(reference));
    expect(buildTrendTable(query, period, counted)).toEqual(buildTrendTable(query, period, reference));
  });

  it('backfills from the base tables exactly what the subscriber keeps (migration down and up again)', async () => {
    const snapshot = async () => {
      const rows = await sql<{ r: string }>`
        SELECT concat_ws('|', 'sm', month, outcome, sender_org_id, stages) AS r FROM trend_stage_months WHERE org_id = ${orgId}
        UNION ALL SELECT concat_ws('|', 'sc', month, outcome, stages, entities) FROM trend_stage_month_cells
          WHERE org_id = ${orgId} AND stages <> 0
        UNION ALL SELECT concat_ws('|', 'im', month, dimension, key, sender_org_id, incidents) FROM trend_incident_months
          WHERE org_id = ${orgId}
        UNION ALL SELECT concat_ws('|', 'ic', month, dimension, key, incidents, entities) FROM trend_incident_month_cells
          WHERE org_id = ${orgId} AND incidents <> 0`.execute(t.db);
      return rows.rows.map((r) => r.r).sort();
    };
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(100);
    const migrationDb = t.db as unknown as Kysely<unknown>;
    await trendRollupMigration.down(migrationDb);
    await trendRollupMigration.up(migrationDb);
    expect(await snapshot()).toEqual(kept);
  });
});

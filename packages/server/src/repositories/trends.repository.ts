// The authority's trends rollup (migration 20261209_0400_authority_trends): one row per incident chain and
// one per owed reporting stage, kept by the trends subscriber in the intake's transaction, and the counts
// the dashboard reads from it. Every query names the authority's org_id (docs/SCALE.md).
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { TrendIncidentRow, TrendStageDeadlineRow } from '../db/schema-trends.ts';
import {
  bucketOf as bucketOfInstant,
  bucketOfIsoDate,
  bucketStartInstant,
  isoDate,
  nextBucket,
} from '@weerbaar/core/trends';
import { countCells, type TrendCountRow } from './trend-cells.ts';

export type { TrendCountRow } from './trend-cells.ts';

/**
 * Writes the chains' rows and moves their counts in trend_incident_months. The chains are locked first (in a
 * fixed order), so two intakes of one chain take turns and each lowers the rollup by what the other left.
 */
export async function upsertTrendIncidents(db: DbOrTrx, rows: readonly TrendIncidentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const orgId = rows[0]!.org_id;
  const keys = rows.map((r) => `trend-chain:${r.org_id}/${r.sender_org_id}/${r.incident_id}`).sort();
  // unnest keeps the array's (sorted) order, so every intake takes the locks in the same order.
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) AS k`.execute(db);
  const before = await db
    .selectFrom('trend_incidents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('sender_org_id', 'incident_id'),
        'in',
        rows.map((r) => tuple(r.sender_org_id, r.incident_id)),
      ),
    )
    .execute();
  const after = await db
    .insertInto('trend_incidents')
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(['org_id', 'sender_org_id', 'incident_id']).doUpdateSet((eb) => ({
        first_received_at: eb.ref('excluded.first_received_at'),
        last_received_at: eb.ref('excluded.last_received_at'),
        sector: eb.ref('excluded.sector'),
        entity_type: eb.ref('excluded.entity_type'),
        critical_entity: eb.ref('excluded.critical_entity'),
        category: eb.ref('excluded.category'),
        severity: eb.ref('excluded.severity'),
        cross_border: eb.ref('excluded.cross_border'),
        voluntary: eb.ref('excluded.voluntary'),
        latest_submission_id: eb.ref('excluded.latest_submission_id'),
        // A later report without a code (a progress report, a correction) keeps the code the chain had.
        root_cause: sql<string | null>`coalesce(excluded.root_cause, trend_incidents.root_cause)`,
      })),
    )
    .returningAll()
    .execute();
  await moveIncidentMonths(db, orgId, before, after);
}

// The rolled-up dimensions, keyed as the incident view keys them (INCIDENT_KEYS; not the classification,
// which is read live from the register). The migration 20261211_0100_trend_rollup backfilled with the same.
const ROLLED_UP_DIMENSIONS = [
  'sector',
  'criticalEntity',
  'entityType',
  'category',
  'severity',
  'rootCause',
  'crossBorder',
];

/** Lowers trend_incident_months by the chains as they were and raises it by the chains as they are now. */
async function moveIncidentMonths(
  db: DbOrTrx,
  orgId: string,
  before: readonly TrendIncidentRow[],
  after: readonly TrendIncidentRow[],
): Promise<void> {
  const counted = (r: TrendIncidentRow, n: number) => ({
    sender_org_id: r.sender_org_id,
    first_received_at: r.first_received_at.toISOString(),
    sector: r.sector,
    entity_type: r.entity_type,
    critical_entity: r.critical_entity,
    category: r.category,
    severity: r.severity,
    root_cause: r.root_cause,
    cross_border: r.cross_border,
    n,
  });
  const changes = [
    ...before.filter((r) => !r.voluntary).map((r) => counted(r, -1)),
    ...after.filter((r) => !r.voluntary).map((r) => counted(r, 1)),
  ];
  if (changes.length === 0) return;
  const keys = sql.join(ROLLED_UP_DIMENSIONS.map((d) => sql`(${d}, ${INCIDENT_KEYS[d]!})`));
  const moved = await sql<{ month: string; dimension: string; key: string; sender_org_id: string; incidents: number }>`
    WITH d AS (
      SELECT date_trunc('month', t.first_received_at AT TIME ZONE 'Europe/Amsterdam')::date AS month, dk.dimension,
        dk.key, t.sender_org_id AS sender, sum(t.n)::integer AS n
      FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS t(sender_org_id uuid,
        first_received_at timestamptz, sector text, entity_type text, critical_entity boolean, category text,
        severity text, root_cause text, cross_border text, n integer)
      CROSS JOIN LATERAL (VALUES ${keys}) AS dk(dimension, key)
      GROUP BY 1, 2, 3, 4
      HAVING sum(t.n) <> 0
    ), moved AS (
      INSERT INTO trend_incident_months (org_id, month, dimension, key, sender_org_id, incidents)
      SELECT ${orgId}, month, dimension, key, sender, n FROM d ORDER BY month, dimension, key, sender
      ON CONFLICT (org_id, month, dimension, key, sender_org_id)
        DO UPDATE SET incidents = trend_incident_months.incidents + excluded.incidents
      RETURNING month, dimension, key, sender_org_id, incidents, (xmax = 0) AS inserted
    ), cells AS (
      INSERT INTO trend_incident_month_cells (org_id, month, dimension, key, incidents, entities)
      SELECT ${orgId}, d.month, d.dimension, d.key, sum(d.n),
        (SELECT count(*) FILTER (WHERE m.inserted) - count(*) FILTER (WHERE m.incidents = 0 AND NOT m.inserted)
         FROM moved m WHERE m.month = d.month AND m.dimension = d.dimension AND m.key = d.key)
      FROM d GROUP BY d.month, d.dimension, d.key ORDER BY d.month, d.dimension, d.key
      ON CONFLICT (org_id, month, dimension, key) DO UPDATE SET
        incidents = trend_incident_month_cells.incidents + excluded.incidents,
        entities = trend_incident_month_cells.entities + excluded.entities
    )
    SELECT month::text, dimension, key, sender_org_id, incidents FROM moved`.execute(db);
  const emptied = moved.rows.filter((r) => r.incidents === 0);
  if (emptied.length > 0)
    await sql`
      DELETE FROM trend_incident_months
      WHERE org_id = ${orgId} AND incidents = 0
        AND (month, dimension, key, sender_org_id) IN (${sql.join(
          emptied.map((r) => sql`(${r.month}::date, ${r.dimension}, ${r.key}, ${r.sender_org_id}::uuid)`),
        )})`.execute(db);
}

/** Replaces the stage deadlines of the given chains, and moves their counts in trend_stage_months. */
export async function replaceTrendStageDeadlines(
  db: DbOrTrx,
  orgId: string,
  chains: readonly { senderOrgId: string; incidentId: string }[],
  rows: readonly TrendStageDeadlineRow[],
): Promise<void> {
  if (chains.length === 0) return;
  const removed = await db
    .deleteFrom('trend_stage_deadlines')
    .where('org_id', '=', orgId)
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('sender_org_id', 'incident_id'),
        'in',
        chains.map((k) => tuple(k.senderOrgId, k.incidentId)),
      ),
    )
    .returning(['sender_org_id', 'due_at', 'submitted_at'])
    .execute();
  if (rows.length > 0)
    await db
      .insertInto('trend_stage_deadlines')
      .values([...rows])
      .execute();
  await moveStageMonths(db, orgId, removed, rows);
}

type StageCount = Pick<TrendStageDeadlineRow, 'sender_org_id' | 'due_at' | 'submitted_at'>;

// The rollup's month and outcome of a stage row; the migration 20261211_0100_trend_rollup backfilled with the same.
const stageMonth = (dueAt: RawBuilder<unknown>) =>
  sql`date_trunc('month', ${dueAt} AT TIME ZONE 'Europe/Amsterdam')::date`;
const stageOutcome = (dueAt: RawBuilder<unknown>, submittedAt: RawBuilder<unknown>) =>
  sql`CASE WHEN ${submittedAt} IS NULL THEN 'unsubmitted' WHEN ${submittedAt} <= ${dueAt} THEN 'on_time' ELSE 'late' END`;

/**
 * Lowers the rollup by the replaced stage rows and raises it by the new ones. A later report mostly leaves a
 * stage as it was (the early warning stays on time), so equal rows cancel first and most intakes write one
 * small upsert; a count that drops to zero is removed, so a row always stands for at least one stage.
 */
async function moveStageMonths(
  db: DbOrTrx,
  orgId: string,
  removed: readonly StageCount[],
  added: readonly StageCount[],
): Promise<void> {
  const delta = new Map<string, { sender: string; due_at: string; submitted_at: string | null; n: number }>();
  const move = (r: StageCount, n: number) => {
    const row = {
      sender: r.sender_org_id,
      due_at: r.due_at.toISOString(),
      submitted_at: r.submitted_at?.toISOString() ?? null,
    };
    const key = `${row.sender}|${row.due_at}|${row.submitted_at}`;
    delta.set(key, { ...row, n: (delta.get(key)?.n ?? 0) + n });
  };
  removed.forEach((r) => move(r, -1));
  added.forEach((r) => move(r, 1));
  const changes = [...delta.values()].filter((c) => c.n !== 0);
  if (changes.length === 0) return;
  // Rows in a fixed order, so two intakes that move the same rows lock them in the same order (no deadlock).
  const moved = await sql<{ month: string; outcome: string; sender_org_id: string; stages: number }>`
    WITH d AS (
      SELECT ${stageMonth(sql`c.due_at`)} AS month, ${stageOutcome(sql`c.due_at`, sql`c.submitted_at`)} AS outcome,
        c.sender, sum(c.n)::integer AS n
      FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb)
        AS c(sender uuid, due_at timestamptz, submitted_at timestamptz, n integer)
      GROUP BY 1, 2, 3
      HAVING sum(c.n) <> 0
    ), moved AS (
      INSERT INTO trend_stage_months (org_id, month, outcome, sender_org_id, stages)
      SELECT ${orgId}, month, outcome, sender, n FROM d ORDER BY month, outcome, sender
      ON CONFLICT (org_id, month, outcome, sender_org_id)
        DO UPDATE SET stages = trend_stage_months.stages + excluded.stages
      RETURNING month, outcome, sender_org_id, stages, (xmax = 0) AS inserted
    ), cells AS (
      -- An entity enters a cell with its first stage there and leaves it with its last.
      INSERT INTO trend_stage_month_cells (org_id, month, outcome, stages, entities)
      SELECT ${orgId}, d.month, d.outcome, sum(d.n),
        (SELECT count(*) FILTER (WHERE m.inserted) - count(*) FILTER (WHERE m.stages = 0 AND NOT m.inserted)
         FROM moved m WHERE m.month = d.month AND m.outcome = d.outcome)
      FROM d GROUP BY d.month, d.outcome ORDER BY d.month, d.outcome
      ON CONFLICT (org_id, month, outcome) DO UPDATE SET
        stages = trend_stage_month_cells.stages + excluded.stages,
        entities = trend_stage_month_cells.entities + excluded.entities
    )
    SELECT month::text, outcome, sender_org_id, stages FROM moved`.execute(db);
  const emptied = moved.rows.filter((r) => r.stages === 0);
  if (emptied.length > 0)
    await sql`
      DELETE FROM trend_stage_months
      WHERE org_id = ${orgId} AND stages = 0
        AND (month, outcome, sender_org_id) IN (${sql.join(
          emptied.map((r) => sql`(${r.month}::date, ${r.outcome}, ${r.sender_org_id}::uuid)`),
        )})`.execute(db);
}

/** Counts the deadline rollup afresh from the stage rows, as the migration did (the bench seeds with it). */
export async function rebuildTrendStageMonths(db: DbOrTrx, orgId: string): Promise<void> {
  await sql`DELETE FROM trend_stage_month_cells WHERE org_id = ${orgId}`.execute(db);
  await sql`DELETE FROM trend_stage_months WHERE org_id = ${orgId}`.execute(db);
  await sql`
    INSERT INTO trend_stage_months (org_id, month, outcome, sender_org_id, stages)
    SELECT org_id, ${stageMonth(sql`due_at`)}, ${stageOutcome(sql`due_at`, sql`submitted_at`)}, sender_org_id, count(*)
    FROM trend_stage_deadlines WHERE org_id = ${orgId}
    GROUP BY 1, 2, 3, 4`.execute(db);
  await sql`
    INSERT INTO trend_stage_month_cells (org_id, month, outcome, stages, entities)
    SELECT org_id, month, outcome, sum(stages), count(*) FROM trend_stage_months WHERE org_id = ${orgId}
    GROUP BY 1, 2, 3`.execute(db);
}

export type TrendBucketInterval = 'week' | 'month' | 'quarter';

export interface TrendFilter {
  sector?: string | undefined;
  category?: string | undefined;
  rootCause?: string | undefined;
  crossBorder?: string | undefined;
  criticalEntity?: boolean | undefined;
  includeVoluntary?: boolean | undefined;
}

// The dimension columns, by the name the contract uses. Only these fixed fragments are ever spliced in.
const INCIDENT_KEYS: Record<string, RawBuilder<string>> = {
  sector: sql`coalesce(t.sector, 'unknown')`,
  classification: sql`coalesce(e.classification_nl, e.classification_eu, 'unknown')`,
  criticalEntity: sql`CASE WHEN t.critical_entity THEN 'yes' ELSE 'no' END`,
  entityType: sql`t.entity_type`,
  category: sql`t.category`,
  severity: sql`coalesce(t.severity, 'unknown')`,
  rootCause: sql`coalesce(t.root_cause, 'unknown')`,
  crossBorder: sql`coalesce(t.cross_border, 'unknown')`,
};

const bucketOf = (interval: TrendBucketInterval, column: RawBuilder<unknown>) =>
  // The Amsterdam calendar (core/trends/buckets.ts); date_trunc('week') starts on Monday (ISO 8601).
  sql<string>`date_trunc(${sql.lit(interval)}, ${column} AT TIME ZONE 'Europe/Amsterdam')::date`;

function incidentConditions(orgId: string, f: TrendFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`t.org_id = ${orgId}`];
  if (!f.includeVoluntary) parts.push(sql`NOT t.voluntary`);
  if (f.sector) parts.push(sql`t.sector = ${f.sector}`);
  if (f.category) parts.push(sql`t.category = ${f.category}`);
  if (f.rootCause) parts.push(sql`coalesce(t.root_cause, 'unknown') = ${f.rootCause}`);
  if (f.crossBorder) parts.push(sql`coalesce(t.cross_border, 'unknown') = ${f.crossBorder}`);
  if (f.criticalEntity !== undefined) parts.push(sql`t.critical_entity = ${f.criticalEntity}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Incident chains per bucket of their first received report and per key, with every total. A monthly table
 * of mandatory chains by a rolled-up dimension, without a filter, reads its whole months from the rollup
 * (trend_incident_month_cells); its partial first and last month, and every other table, count the chains.
 */
export async function countIncidentTrend(
  db: DbOrTrx,
  orgId: string,
  q: { dimension: string; interval: TrendBucketInterval; from: Date; to: Date; filter: TrendFilter },
): Promise<TrendCountRow[]> {
  const key = INCIDENT_KEYS[q.dimension];
  if (!key) throw new Error(`no incident dimension ${q.dimension}`);
  const join =
    q.dimension === 'classification'
      ? sql`LEFT JOIN registry_entities e ON e.org_id = t.org_id AND e.entity_id = t.sender_org_id`
      : sql``;
  const f = q.filter;
  const narrowed = Boolean(f.sector || f.category || f.rootCause || f.crossBorder || f.criticalEntity !== undefined);
  const chainRows = (ranges: readonly { from: Date; to: Date }[]) => sql`
    SELECT ${bucketOf(q.interval, sql`t.first_received_at`)} AS b, ${key} AS k, t.sender_org_id AS s, count(*) AS n
    FROM trend_incidents t ${join}
    WHERE ${incidentConditions(orgId, q.filter)}
      AND (${sql.join(
        ranges.map((r) => sql`(t.first_received_at >= ${r.from} AND t.first_received_at < ${r.to})`),
        sql` OR `,
      )})
    GROUP BY 1, 2, 3`;
  // A chain's month does not move with the clock (it is its first report's), so the rollup may reach up to
  // the last whole month of the period.
  const months =
    q.interval === 'month' && !narrowed && !f.includeVoluntary && ROLLED_UP_DIMENSIONS.includes(q.dimension)
      ? rollupMonths(q.from, q.to, q.to)
      : null;
  if (!months) return countCells(db, chainRows([{ from: q.from, to: q.to }]));
  const live = [
    { from: q.from, to: bucketStartInstant(months.from) },
    { from: bucketStartInstant(months.to), to: q.to },
  ].filter((r) => r.from < r.to);
  const inMonths = sql`org_id = ${orgId} AND dimension = ${q.dimension}
    AND month >= ${months.from}::date AND month < ${months.to}::date`;
  const fromRollup = sql`SELECT month AS b, key AS k, sender_org_id AS s, incidents AS n FROM trend_incident_months WHERE ${inMonths}`;
  const cells = sql`SELECT month AS b, key AS k, incidents AS count, entities FROM trend_incident_month_cells WHERE ${inMonths}`;
  if (live.length === 0) return countCells(db, fromRollup, cells);
  const liveRows = chainRows(live);
  return countCells(
    db,
    sql`${fromRollup} UNION ALL ${liveRows}`,
    sql`${cells} UNION ALL SELECT b, k, sum(n) AS count, count(*) AS entities FROM (${liveRows}) l GROUP BY b, k`,
  );
}

/**
 * Owed reporting stages per bucket of their deadline, by outcome, with every total. The outcome is the
 * comparison core's tracking makes (deadline-tracking.ts, trackReportingDeadlines): the first report of the
 * stage by the strict deadline is on time, after it late; none past the deadline is missing, none before it
 * open. Whole months before the current one come from the rollup trend_stage_months when no filter narrows
 * the chains; the rest of the period (its partial first and last month, the current month, weeks, filters)
 * is counted from the stage rows.
 */
export async function countDeadlineTrend(
  db: DbOrTrx,
  orgId: string,
  q: { interval: TrendBucketInterval; from: Date; to: Date; now: Date; filter: TrendFilter; stage?: string },
): Promise<TrendCountRow[]> {
  const f = q.filter;
  const filtered = Boolean(f.sector || f.category || f.rootCause || f.crossBorder || f.criticalEntity !== undefined);
  const months = filtered || q.stage || q.interval === 'week' ? null : rollupMonths(q.from, q.to, q.now);
  if (!months) return countCells(db, deadlineRowsFromStages(orgId, q, [{ from: q.from, to: q.to }]));
  const live = [
    { from: q.from, to: bucketStartInstant(months.from) },
    { from: bucketStartInstant(months.to), to: q.to },
  ].filter((r) => r.from < r.to);
  const fromRollup = sql`
    SELECT date_trunc(${sql.lit(q.interval)}, m.month)::date AS b,
      CASE m.outcome WHEN 'unsubmitted' THEN 'missing' ELSE m.outcome END AS k, m.sender_org_id AS s, m.stages AS n
    FROM trend_stage_months m
    WHERE m.org_id = ${orgId} AND m.month >= ${months.from}::date AND m.month < ${months.to}::date`;
  const liveRows = deadlineRowsFromStages(orgId, q, live);
  const rows = live.length === 0 ? fromRollup : sql`${fromRollup} UNION ALL ${liveRows}`;
  if (q.interval === 'quarter') {
    // A quarter holds several months, and an entity in two of them counts once: regrouped by entity.
    return countCells(db, sql`SELECT b, k, s, sum(n) AS n FROM (${rows}) u GROUP BY b, k, s`);
  }
  // A month is either in the rollup or live, never both: its counted cell is read as it is, with its entities.
  const cells = sql`
    SELECT c.month AS b, CASE c.outcome WHEN 'unsubmitted' THEN 'missing' ELSE c.outcome END AS k,
      c.stages AS count, c.entities
    FROM trend_stage_month_cells c
    WHERE c.org_id = ${orgId} AND c.month >= ${months.from}::date AND c.month < ${months.to}::date`;
  return countCells(
    db,
    rows,
    live.length === 0
      ? cells
      : sql`${cells} UNION ALL SELECT b, k, sum(n) AS count, count(*) AS entities FROM (${liveRows}) l GROUP BY b, k`,
  );
}

/**
 * The whole months (first days, YYYY-MM-DD; `to` exclusive) of the period that the rollup can give: they lie
 * in the period and end before the current month starts, so an unsubmitted stage in them is missing. Null
 * when there is none.
 */
export function rollupMonths(from: Date, to: Date, now: Date): { from: string; to: string } | null {
  const first = bucketOfInstant(from, 'month');
  const start =
    bucketStartInstant(first) < from ? isoDate(nextBucket(bucketOfIsoDate(first, 'month'), 'month')) : first;
  const last = [bucketOfInstant(to, 'month'), bucketOfInstant(now, 'month')].sort()[0]!;
  return start < last ? { from: start, to: last } : null;
}

/** One row per (bucket, outcome, entity) of the stage rows due in the given ranges, outcomes as of now. */
function deadlineRowsFromStages(
  orgId: string,
  q: { interval: TrendBucketInterval; now: Date; filter: TrendFilter; stage?: string },
  ranges: readonly { from: Date; to: Date }[],
): RawBuilder<unknown> {
  // A voluntary notification owes no deadline (NIS2 Art. 30(2)): its chain has no stage rows, so the
  // incident row is joined only to filter by its dimensions.
  const f = q.filter;
  const joinNeeded = Boolean(f.sector || f.category || f.rootCause || f.crossBorder || f.criticalEntity !== undefined);
  const inRanges = sql.join(
    ranges.map((r) => sql`(d.due_at >= ${r.from} AND d.due_at < ${r.to})`),
    sql` OR `,
  );
  return sql`
    SELECT ${bucketOf(q.interval, sql`d.due_at`)} AS b,
      CASE
        WHEN d.submitted_at IS NOT NULL AND d.submitted_at <= d.due_at THEN 'on_time'
        WHEN d.submitted_at IS NOT NULL THEN 'late'
        WHEN d.due_at < ${q.now} THEN 'missing'
        ELSE 'open'
      END AS k,
      d.sender_org_id AS s, count(*) AS n
    FROM trend_stage_deadlines d
    ${
      joinNeeded
        ? sql`JOIN trend_incidents t
            ON t.org_id = d.org_id AND t.sender_org_id = d.sender_org_id AND t.incident_id = d.incident_id
            AND ${incidentConditions(orgId, q.filter)}`
        : sql``
    }
    WHERE d.org_id = ${orgId} AND (${inRanges})
      ${q.stage ? sql`AND d.stage = ${q.stage}` : sql``}
    GROUP BY 1, 2, 3`;
}

/** Registered entities per bucket of their first registration, by sector (each of theirs) or classification. */
export async function countRegistrationTrend(
  db: DbOrTrx,
  orgId: string,
  q: { dimension: string; interval: TrendBucketInterval; from: Date; to: Date; sector?: string | undefined },
): Promise<TrendCountRow[]> {
  const key =
    q.dimension === 'classification'
      ? sql`coalesce(e.classification_nl, e.classification_eu, 'unknown')`
      : sql`coalesce(s.sector, 'unknown')`;
  const result = await sql<{ bucket: string | null; key: string | null; count: string; entities: string }>`
    SELECT to_char(b, 'YYYY-MM-DD') AS bucket, k AS key, count(DISTINCT entity_id) AS count, count(DISTINCT entity_id) AS entities
    FROM (
      SELECT ${bucketOf(q.interval, sql`e.first_received_at`)} AS b, ${key} AS k, e.entity_id
      FROM registry_entities e
      LEFT JOIN LATERAL unnest(e.sectors) AS s(sector) ON true
      WHERE e.org_id = ${orgId}
        AND e.first_received_at >= ${q.from} AND e.first_received_at < ${q.to}
        ${q.sector ? sql`AND ${q.sector} = ANY (e.sectors)` : sql``}
    ) x
    GROUP BY GROUPING SETS ((b, k), (b), (k), ())`.execute(db);
  return result.rows.map((r) => ({
    bucket: r.bucket,
    key: r.key,
    count: Number(r.count),
    entities: Number(r.entities),
  }));
}

/** Counts the incident rollup afresh from the chains, as the migration did (the bench seeds with it). */
export async function rebuildTrendIncidentMonths(db: DbOrTrx, orgId: string): Promise<void> {
  await sql`DELETE FROM trend_incident_month_cells WHERE org_id = ${orgId}`.execute(db);
  await sql`DELETE FROM trend_incident_months WHERE org_id = ${orgId}`.execute(db);
  const keys = sql.join(ROLLED_UP_DIMENSIONS.map((d) => sql`(${d}, ${INCIDENT_KEYS[d]!})`));
  await sql`
    INSERT INTO trend_incident_months (org_id, month, dimension, key, sender_org_id, incidents)
    SELECT t.org_id, date_trunc('month', t.first_received_at AT TIME ZONE 'Europe/Amsterdam')::date, dk.dimension,
      dk.key, t.sender_org_id, count(*)
    FROM trend_incidents t CROSS JOIN LATERAL (VALUES ${keys}) AS dk(dimension, key)
    WHERE t.org_id = ${orgId} AND NOT t.voluntary
    GROUP BY 1, 2, 3, 4, 5`.execute(db);
  await sql`
    INSERT INTO trend_incident_month_cells (org_id, month, dimension, key, incidents, entities)
    SELECT org_id, month, dimension, key, sum(incidents), count(*) FROM trend_incident_months WHERE org_id = ${orgId}
    GROUP BY 1, 2, 3, 4`.execute(db);
}

/**
 * Mandatory reports received in a period and the distinct entities that sent them (the quarterly
 * report's summary); voluntary notifications (NIS2 Art. 30) are left out as the trend tables do.
 */
export async function countReceivedReports(
  db: DbOrTrx,
  orgId: string,
  q: { from: Date; to: Date },
): Promise<{ reports: number; entities: number }> {
  const row = await db
    .selectFrom('inbox_reports')
    .select((eb) => [
      eb.fn.countAll<string>().as('reports'),
      eb.fn.count<string>('sender_org_id').distinct().as('entities'),
    ])
    .where('org_id', '=', orgId)
    .where('stage', '<>', 'voluntary_notification')
    .where('received_at', '>=', q.from)
    .where('received_at', '<', q.to)
    .executeTakeFirstOrThrow();
  return { reports: Number(row.reports), entities: Number(row.entities) };
}

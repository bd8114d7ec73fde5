// The authority's trends rollup (migration 20261209_0400_authority_trends): one row per incident chain and
// one per owed reporting stage, kept by the trends subscriber in the intake's transaction, and the counts
// the dashboard reads from it. Every query names the authority's org_id (docs/SCALE.md).
import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { TrendIncidentRow, TrendStageDeadlineRow } from '../db/schema-trends.ts';

export async function upsertTrendIncidents(db: DbOrTrx, rows: readonly TrendIncidentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
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
    .execute();
}

/** Replaces the stage deadlines of the given chains. */
export async function replaceTrendStageDeadlines(
  db: DbOrTrx,
  orgId: string,
  chains: readonly { senderOrgId: string; incidentId: string }[],
  rows: readonly TrendStageDeadlineRow[],
): Promise<void> {
  if (chains.length === 0) return;
  await db
    .deleteFrom('trend_stage_deadlines')
    .where('org_id', '=', orgId)
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('sender_org_id', 'incident_id'),
        'in',
        chains.map((k) => tuple(k.senderOrgId, k.incidentId)),
      ),
    )
    .execute();
  if (rows.length > 0)
    await db
      .insertInto('trend_stage_deadlines')
      .values([...rows])
      .execute();
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

/** One figure of the grouping sets: a cell (bucket and key), a bucket total, a key total or the grand total. */
export interface TrendCountRow {
  bucket: string | null;
  key: string | null;
  count: number;
  entities: number;
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
  sql<string>`to_char(date_trunc(${sql.lit(interval)}, ${column} AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD')`;

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

const grouped = (rows: { bucket: string | null; key: string | null; count: string; entities: string }[]) =>
  rows.map((r) => ({ bucket: r.bucket, key: r.key, count: Number(r.count), entities: Number(r.entities) }));

/** Incident chains per bucket of their first received report and per key, with every total, in one query. */
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
  const result = await sql<{ bucket: string | null; key: string | null; count: string; entities: string }>`
    SELECT b AS bucket, k AS key, count(*) AS count, count(DISTINCT sender_org_id) AS entities
    FROM (
      SELECT ${bucketOf(q.interval, sql`t.first_received_at`)} AS b, ${key} AS k, t.sender_org_id
      FROM trend_incidents t ${join}
      WHERE ${incidentConditions(orgId, q.filter)}
        AND t.first_received_at >= ${q.from} AND t.first_received_at < ${q.to}
    ) x
    GROUP BY GROUPING SETS ((b, k), (b), (k), ())`.execute(db);
  return grouped(result.rows);
}

/**
 * Owed reporting stages per bucket of their deadline, by outcome. The outcome is the comparison core's
 * tracking makes (deadline-tracking.ts, trackReportingDeadlines): the first report of the stage by the
 * strict deadline is on time, after it late; none past the deadline is missing, none before it open.
 */
export async function countDeadlineTrend(
  db: DbOrTrx,
  orgId: string,
  q: { interval: TrendBucketInterval; from: Date; to: Date; now: Date; filter: TrendFilter; stage?: string },
): Promise<TrendCountRow[]> {
  // A voluntary notification owes no deadline (NIS2 Art. 30(2)): its chain has no stage rows, so the
  // incident row is joined only to filter by its dimensions.
  const f = q.filter;
  const joinNeeded = Boolean(f.sector || f.category || f.rootCause || f.crossBorder || f.criticalEntity !== undefined);
  const result = await sql<{ bucket: string | null; key: string | null; count: string; entities: string }>`
    SELECT b AS bucket, k AS key, count(*) AS count, count(DISTINCT sender_org_id) AS entities
    FROM (
      SELECT ${bucketOf(q.interval, sql`d.due_at`)} AS b,
        CASE
          WHEN d.submitted_at IS NOT NULL AND d.submitted_at <= d.due_at THEN 'on_time'
          WHEN d.submitted_at IS NOT NULL THEN 'late'
          WHEN d.due_at < ${q.now} THEN 'missing'
          ELSE 'open'
        END AS k,
        d.sender_org_id
      FROM trend_stage_deadlines d
      ${
        joinNeeded
          ? sql`JOIN trend_incidents t
              ON t.org_id = d.org_id AND t.sender_org_id = d.sender_org_id AND t.incident_id = d.incident_id
              AND ${incidentConditions(orgId, q.filter)}`
          : sql``
      }
      WHERE d.org_id = ${orgId} AND d.due_at >= ${q.from} AND d.due_at < ${q.to}
        ${q.stage ? sql`AND d.stage = ${q.stage}` : sql``}
    ) x
    GROUP BY GROUPING SETS ((b, k), (b), (k), ())`.execute(db);
  return grouped(result.rows);
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
    SELECT b AS bucket, k AS key, count(DISTINCT entity_id) AS count, count(DISTINCT entity_id) AS entities
    FROM (
      SELECT ${bucketOf(q.interval, sql`e.first_received_at`)} AS b, ${key} AS k, e.entity_id
      FROM registry_entities e
      LEFT JOIN LATERAL unnest(e.sectors) AS s(sector) ON true
      WHERE e.org_id = ${orgId}
        AND e.first_received_at >= ${q.from} AND e.first_received_at < ${q.to}
        ${q.sector ? sql`AND ${q.sector} = ANY (e.sectors)` : sql``}
    ) x
    GROUP BY GROUPING SETS ((b, k), (b), (k), ())`.execute(db);
  return grouped(result.rows);
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

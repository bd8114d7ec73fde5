import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type {
  AssetRow,
  IncidentRow,
  SignificanceDecisionRow,
  StoredRecurrenceOverride,
} from '../db/schema-incidents.ts';

/** The next number of the organisation's incident series for a year; the counter row stays locked. */
export async function nextIncidentNumber(db: DbOrTrx, orgId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('incident_counters')
    .values({ org_id: orgId, year, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['org_id', 'year']).doUpdateSet((eb) => ({ last_value: eb('incident_counters.last_value', '+', 1) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

export interface NewIncidentRow {
  org_id: string;
  reference: string;
  external_id: string | null;
  title: string;
  description: string | null;
  category: string;
  source: string;
  reported_by: string | null;
  started_at: Date | null;
  detected_at: Date;
  impact: Record<string, unknown>;
  root_cause: string | null;
  root_cause_detail: string | null;
  created_by: string;
}

/** Inserts unless the external id is taken (then undefined): a concurrent duplicate webhook waits and finds the first. */
export async function insertIncident(db: DbOrTrx, row: NewIncidentRow): Promise<IncidentRow | undefined> {
  return db
    .insertInto('incidents')
    .values({ ...row, impact: JSON.stringify(row.impact) })
    .onConflict((oc) => oc.columns(['org_id', 'external_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findIncident(db: DbOrTrx, orgId: string, id: string): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/**
 * Locks the incident for the rest of the transaction: changes to one incident are serialised. FOR NO KEY
 * UPDATE, not FOR UPDATE: the key never changes, and FOR UPDATE would also block the foreign-key checks of
 * rows that only point at the incident (a timeline entry written by another transaction that already holds
 * its audit chain's head, such as a receipt coming in) — a deadlock with a use case that holds the incident
 * and waits for that head.
 */
export async function lockIncident(db: DbOrTrx, orgId: string, id: string): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function findIncidentByExternalId(
  db: DbOrTrx,
  orgId: string,
  externalId: string,
): Promise<IncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export type IncidentChanges = Partial<{
  title: string;
  description: string | null;
  category: string;
  reported_by: string | null;
  status: string;
  started_at: Date | null;
  detected_at: Date;
  aware_at: Date | null;
  contained_at: Date | null;
  resolved_at: Date | null;
  impact: Record<string, unknown>;
  root_cause: string | null;
  root_cause_detail: string | null;
  recurrence_override: StoredRecurrenceOverride | null;
  lessons_learned: string | null;
}>;

export async function updateIncident(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: IncidentChanges,
): Promise<IncidentRow> {
  const { impact, recurrence_override: override, ...rest } = changes;
  return db
    .updateTable('incidents')
    .set({
      ...rest,
      ...(impact !== undefined ? { impact: JSON.stringify(impact) } : {}),
      ...(override !== undefined ? { recurrence_override: override === null ? null : JSON.stringify(override) } : {}),
      updated_at: new Date(),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface IncidentFilter {
  statuses?: string[] | undefined;
  open?: boolean | undefined;
  category?: string | undefined;
  source?: string | undefined;
  significance?: 'significant' | 'not_significant' | 'undecided' | undefined;
  q?: string | undefined;
}

export type IncidentListRow = IncidentRow & { decided_outcome: string | null };

const CLOSED = ['closed', 'post_incident_review'];

function filtered(db: DbOrTrx, orgId: string, f: IncidentFilter) {
  let q = db
    .selectFrom('incidents as i')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('incident_significance_decisions as d')
          .select('d.outcome')
          .whereRef('d.org_id', '=', 'i.org_id')
          .whereRef('d.incident_id', '=', 'i.id')
          .orderBy('d.decided_at', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .where('i.org_id', '=', orgId);
  if (f.statuses && f.statuses.length > 0) q = q.where('i.status', 'in', f.statuses);
  if (f.open === true) q = q.where('i.status', 'not in', CLOSED);
  if (f.open === false) q = q.where('i.status', 'in', CLOSED);
  if (f.category) q = q.where('i.category', '=', f.category);
  if (f.source) q = q.where('i.source', '=', f.source);
  if (f.significance === 'undecided') q = q.where('latest.outcome', 'is', null);
  else if (f.significance) q = q.where('latest.outcome', '=', f.significance);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('i.title', 'ilike', like), eb('i.reference', 'ilike', like), eb('i.external_id', '=', f.q!)]),
    );
  }
  return q;
}

export async function listIncidents(
  db: DbOrTrx,
  orgId: string,
  filter: IncidentFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: IncidentListRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, orgId, filter)
      .selectAll('i')
      .select('latest.outcome as decided_outcome')
      .orderBy('i.created_at', 'desc')
      .orderBy('i.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, orgId, filter)
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as IncidentListRow[], total: Number(count.n) };
}

export async function listIncidentAssets(db: DbOrTrx, orgId: string, incidentId: string): Promise<AssetRow[]> {
  return db
    .selectFrom('incident_assets as ia')
    .innerJoin('assets as a', (join) => join.onRef('a.org_id', '=', 'ia.org_id').onRef('a.id', '=', 'ia.asset_id'))
    .selectAll('a')
    .where('ia.org_id', '=', orgId)
    .where('ia.incident_id', '=', incidentId)
    .orderBy('a.kind', 'desc')
    .orderBy('a.name')
    .execute();
}

export async function replaceIncidentAssets(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
  assetIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('incident_assets').where('org_id', '=', orgId).where('incident_id', '=', incidentId).execute();
  if (assetIds.length === 0) return;
  await db
    .insertInto('incident_assets')
    .values([...new Set(assetIds)].map((asset_id) => ({ org_id: orgId, incident_id: incidentId, asset_id })))
    .execute();
}

export async function insertSignificanceDecision(
  db: DbOrTrx,
  row: Omit<SignificanceDecisionRow, 'id' | 'criteria_met'> & { criteria_met: SignificanceDecisionRow['criteria_met'] },
): Promise<SignificanceDecisionRow> {
  return db
    .insertInto('incident_significance_decisions')
    .values({ ...row, criteria_met: JSON.stringify(row.criteria_met) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findLatestDecision(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
): Promise<SignificanceDecisionRow | undefined> {
  return db
    .selectFrom('incident_significance_decisions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listDecisions(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
): Promise<SignificanceDecisionRow[]> {
  return db
    .selectFrom('incident_significance_decisions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('decided_at', 'desc')
    .execute();
}

/** Incidents whose latest decision starts a reporting clock (NIS2 or CER significant). */
export async function listIncidentsWithClock(
  db: DbOrTrx,
  orgId: string,
): Promise<(IncidentRow & { decision: SignificanceDecisionRow })[]> {
  const rows = await db
    .selectFrom('incidents as i')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('incident_significance_decisions as d')
          .selectAll('d')
          .whereRef('d.org_id', '=', 'i.org_id')
          .whereRef('d.incident_id', '=', 'i.id')
          .orderBy('d.decided_at', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .selectAll('i')
    .select(sql<SignificanceDecisionRow>`to_jsonb(latest)`.as('decision_json'))
    .where('i.org_id', '=', orgId)
    .where((eb) => eb.or([eb('latest.outcome', '=', 'significant'), eb('latest.cer_outcome', '=', 'significant')]))
    .execute();
  return rows.map(({ decision_json, ...incident }) => ({
    ...(incident as IncidentRow),
    decision: reviveDecision(decision_json as unknown as Record<string, unknown>),
  }));
}

function reviveDecision(j: Record<string, unknown>): SignificanceDecisionRow {
  const date = (v: unknown) => (v == null ? null : new Date(String(v)));
  return { ...(j as unknown as SignificanceDecisionRow), aware_at: date(j.aware_at), decided_at: date(j.decided_at)! };
}

/** An incident as the Impl. Reg. 2024/2690 Art. 4 count reads it, with its latest decision. */
export type RecurrenceCandidateRow = Pick<
  IncidentRow,
  'id' | 'reference' | 'title' | 'started_at' | 'detected_at' | 'root_cause' | 'root_cause_detail' | 'impact'
> & { decided_outcome: 'significant' | 'not_significant' | null; decided_criteria: { id: string }[] | null };

/**
 * The organisation's incidents with one of the root-cause categories that occurred (started, else detected)
 * between `from` and `to`, both included: the register Art. 4 counts from. Only this organisation's rows.
 */
export async function listRecurrenceCandidates(
  db: DbOrTrx,
  orgId: string,
  filter: { rootCauses: readonly string[]; from: Date; to: Date },
): Promise<RecurrenceCandidateRow[]> {
  if (filter.rootCauses.length === 0) return [];
  const occurred = sql<Date>`coalesce(i.started_at, i.detected_at)`;
  return db
    .selectFrom('incidents as i')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('incident_significance_decisions as d')
          .select(['d.outcome', 'd.criteria_met'])
          .whereRef('d.org_id', '=', 'i.org_id')
          .whereRef('d.incident_id', '=', 'i.id')
          .orderBy('d.decided_at', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .select([
      'i.id',
      'i.reference',
      'i.title',
      'i.started_at',
      'i.detected_at',
      'i.root_cause',
      'i.root_cause_detail',
      'i.impact',
      'latest.outcome as decided_outcome',
      'latest.criteria_met as decided_criteria',
    ])
    .where('i.org_id', '=', orgId)
    .where('i.root_cause', 'in', [...filter.rootCauses])
    .where(occurred, '>=', filter.from)
    .where(occurred, '<=', filter.to)
    .execute();
}

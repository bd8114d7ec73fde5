// Campaigns across entities (issue 15 item 2): the indicator index of received reports, the campaigns it
// finds and the analyst's cases. Every query carries the authority's org_id first (Citus: sharded by it).
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type {
  CampaignCaseEntryRow,
  CampaignCaseRow,
  CampaignObservationsTable,
  CampaignRow,
} from '../db/schema-campaigns.ts';
import type { InboxReportRow } from '../db/schema-incidents.ts';

export type ObservationInsert = Omit<CampaignObservationsTable, 'received_at'> & { received_at: Date };

/** Idempotent: an indicator already indexed for a report is not indexed again. */
export async function insertObservations(db: DbOrTrx, rows: ObservationInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('campaign_observations')
    .values(rows)
    .onConflict((oc) => oc.columns(['org_id', 'indicator_digest', 'submission_id']).doNothing())
    .execute();
}

export interface IndicatorSpread {
  indicator_digest: string;
  indicator_type: string;
  indicator_value: string;
  entity_count: number;
  report_count: number;
  first_seen_at: Date;
  last_seen_at: Date;
}

/**
 * The detection query: of these indicators, those that at least `minEntities` different entities reported,
 * with their spread. One index range per digest (the primary key starts with org_id, indicator_digest).
 */
export async function indicatorsReportedByEntities(
  db: DbOrTrx,
  orgId: string,
  digests: readonly string[],
  minEntities: number,
): Promise<IndicatorSpread[]> {
  if (digests.length === 0) return [];
  const rows = await db
    .selectFrom('campaign_observations')
    .select([
      'indicator_digest',
      sql<string>`min(indicator_type)`.as('indicator_type'),
      sql<string>`min(indicator_value)`.as('indicator_value'),
      sql<string>`count(DISTINCT sender_org_id)`.as('entity_count'),
      sql<string>`count(*)`.as('report_count'),
      sql<Date>`min(received_at)`.as('first_seen_at'),
      sql<Date>`max(received_at)`.as('last_seen_at'),
    ])
    .where('org_id', '=', orgId)
    .where('indicator_digest', 'in', [...digests])
    .groupBy('indicator_digest')
    .having(sql`count(DISTINCT sender_org_id)`, '>=', minEntities)
    .execute();
  return rows.map((r) => ({ ...r, entity_count: Number(r.entity_count), report_count: Number(r.report_count) }));
}

export async function findCampaignsByDigest(
  db: DbOrTrx,
  orgId: string,
  digests: readonly string[],
): Promise<CampaignRow[]> {
  if (digests.length === 0) return [];
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('indicator_digest', 'in', [...digests])
    .execute();
}

/**
 * Inserts new campaigns and refreshes the spread of known ones; the new ones raise the authority's count per
 * indicator type (`campaign_counts`, the list's total) in the same transaction.
 */
export async function upsertCampaigns(
  db: DbOrTrx,
  orgId: string,
  spreads: readonly IndicatorSpread[],
  now: Date,
): Promise<CampaignRow[]> {
  if (spreads.length === 0) return [];
  const rows = await db
    .insertInto('campaigns')
    .values(spreads.map((s) => ({ org_id: orgId, ...s, detected_at: now })))
    .onConflict((oc) =>
      oc.columns(['org_id', 'indicator_digest']).doUpdateSet((eb) => ({
        entity_count: eb.ref('excluded.entity_count'),
        report_count: eb.ref('excluded.report_count'),
        first_seen_at: eb.ref('excluded.first_seen_at'),
        last_seen_at: eb.ref('excluded.last_seen_at'),
      })),
    )
    .returningAll()
    // xmax is 0 on a row this statement inserted, not on one it updated.
    .returning(sql<boolean>`xmax = 0`.as('inserted'))
    .execute();
  const added = new Map<string, number>();
  for (const r of rows) if (r.inserted) added.set(r.indicator_type, (added.get(r.indicator_type) ?? 0) + 1);
  if (added.size > 0) {
    await db
      .insertInto('campaign_counts')
      .values(
        // In one order, so two intakes raising the same counters never wait on each other crosswise.
        [...added]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([type, n]) => ({ org_id: orgId, indicator_type: type, campaigns: n })),
      )
      .onConflict((oc) =>
        oc
          .columns(['org_id', 'indicator_type'])
          .doUpdateSet({ campaigns: sql`campaign_counts.campaigns + excluded.campaigns` }),
      )
      .execute();
  }
  return rows.map(({ inserted: _inserted, ...row }) => row);
}

/** The authority's number of campaigns (of one indicator type): kept by upsertCampaigns, not counted. */
export async function countCampaigns(db: DbOrTrx, orgId: string, type?: string): Promise<number> {
  let q = db
    .selectFrom('campaign_counts')
    .select(sql<string>`coalesce(sum(campaigns), 0)`.as('n'))
    .where('org_id', '=', orgId);
  if (type) q = q.where('indicator_type', '=', type);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function listCampaigns(
  db: DbOrTrx,
  orgId: string,
  query: { type?: string; page: number; pageSize: number },
): Promise<{ rows: CampaignRow[]; total: number }> {
  let q = db.selectFrom('campaigns').where('org_id', '=', orgId);
  if (query.type) q = q.where('indicator_type', '=', query.type);
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy('last_seen_at', 'desc')
      .orderBy('id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    countCampaigns(db, orgId, query.type),
  ]);
  return { rows, total };
}

export async function findCampaign(db: DbOrTrx, orgId: string, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The received reports that name an indicator, oldest first. */
export async function listReportsOfIndicator(db: DbOrTrx, orgId: string, digest: string): Promise<InboxReportRow[]> {
  return db
    .selectFrom('campaign_observations as o')
    .innerJoin('inbox_reports as r', (j) =>
      j.onRef('r.org_id', '=', 'o.org_id').onRef('r.submission_id', '=', 'o.submission_id'),
    )
    .selectAll('r')
    .where('o.org_id', '=', orgId)
    .where('o.indicator_digest', '=', digest)
    .orderBy('r.received_at')
    .orderBy('r.submission_id')
    .execute();
}

/** Received reports of this authority among the given ids (the others do not exist for it). */
export async function findInboxReports(db: DbOrTrx, orgId: string, ids: readonly string[]): Promise<InboxReportRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('inbox_reports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('submission_id', 'in', [...ids])
    .execute();
}

// ── Cases ─────────────────────────────────────────────────────────────────────

export async function insertCase(
  db: DbOrTrx,
  row: { org_id: string; title: string; created_by: string; created_at: Date; updated_at: Date },
): Promise<CampaignCaseRow> {
  return db.insertInto('campaign_cases').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The case, locked for the change (reports and entries of one case change one at a time). */
export async function findCaseForUpdate(db: DbOrTrx, orgId: string, id: string): Promise<CampaignCaseRow | undefined> {
  return db
    .selectFrom('campaign_cases')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function findCase(db: DbOrTrx, orgId: string, id: string): Promise<CampaignCaseRow | undefined> {
  return db
    .selectFrom('campaign_cases')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function touchCase(db: DbOrTrx, orgId: string, id: string, at: Date): Promise<void> {
  await db
    .updateTable('campaign_cases')
    .set({ updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Links reports to a case; returns the ids that were not linked yet. */
export async function insertCaseReports(
  db: DbOrTrx,
  orgId: string,
  caseId: string,
  submissionIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (submissionIds.length === 0) return [];
  const rows = await db
    .insertInto('campaign_case_reports')
    .values(submissionIds.map((id) => ({ org_id: orgId, case_id: caseId, submission_id: id, added_at: at })))
    .onConflict((oc) => oc.columns(['org_id', 'case_id', 'submission_id']).doNothing())
    .returning('submission_id')
    .execute();
  return rows.map((r) => r.submission_id);
}

/** Unlinks a report; false when it was not linked. */
export async function deleteCaseReport(
  db: DbOrTrx,
  orgId: string,
  caseId: string,
  submissionId: string,
): Promise<boolean> {
  const row = await db
    .deleteFrom('campaign_case_reports')
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .where('submission_id', '=', submissionId)
    .returning('submission_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCaseEntries(
  db: DbOrTrx,
  rows: {
    org_id: string;
    case_id: string;
    kind: CampaignCaseEntryRow['kind'];
    text: string | null;
    submission_id: string | null;
    created_by: string;
    created_at: Date;
  }[],
): Promise<CampaignCaseEntryRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('campaign_case_entries').values(rows).returningAll().execute();
}

export async function listCaseReports(db: DbOrTrx, orgId: string, caseId: string): Promise<InboxReportRow[]> {
  return db
    .selectFrom('campaign_case_reports as c')
    .innerJoin('inbox_reports as r', (j) =>
      j.onRef('r.org_id', '=', 'c.org_id').onRef('r.submission_id', '=', 'c.submission_id'),
    )
    .selectAll('r')
    .where('c.org_id', '=', orgId)
    .where('c.case_id', '=', caseId)
    .orderBy('r.received_at')
    .orderBy('r.submission_id')
    .execute();
}

export async function listCaseEntries(db: DbOrTrx, orgId: string, caseId: string): Promise<CampaignCaseEntryRow[]> {
  return db
    .selectFrom('campaign_case_entries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export interface CaseListRow extends CampaignCaseRow {
  report_count: number;
  entity_count: number;
}

export async function listCases(
  db: DbOrTrx,
  orgId: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: CaseListRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('campaign_cases as k')
      .leftJoin('campaign_case_reports as c', (j) =>
        j.onRef('c.org_id', '=', 'k.org_id').onRef('c.case_id', '=', 'k.id'),
      )
      .leftJoin('inbox_reports as r', (j) =>
        j.onRef('r.org_id', '=', 'c.org_id').onRef('r.submission_id', '=', 'c.submission_id'),
      )
      .selectAll('k')
      .select([
        sql<string>`count(c.submission_id)`.as('report_count'),
        sql<string>`count(DISTINCT r.sender_org_id)`.as('entity_count'),
      ])
      .where('k.org_id', '=', orgId)
      .groupBy(['k.org_id', 'k.id'])
      .orderBy('k.updated_at', 'desc')
      .orderBy('k.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('campaign_cases')
      .select(sql<string>`count(*)`.as('n'))
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, report_count: Number(r.report_count), entity_count: Number(r.entity_count) })),
    total: Number(total.n),
  };
}

/** The cases holding any of these reports. */
export async function listCasesOfReports(
  db: DbOrTrx,
  orgId: string,
  submissionIds: readonly string[],
): Promise<{ id: string; title: string }[]> {
  if (submissionIds.length === 0) return [];
  return db
    .selectFrom('campaign_cases as k')
    .select(['k.id', 'k.title'])
    .where('k.org_id', '=', orgId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('campaign_case_reports as c')
          .select(sql`1`.as('one'))
          .whereRef('c.org_id', '=', 'k.org_id')
          .whereRef('c.case_id', '=', 'k.id')
          .where('c.submission_id', 'in', [...submissionIds]),
      ),
    )
    .orderBy('k.created_at')
    .execute();
}

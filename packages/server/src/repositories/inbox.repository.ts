// The authority's inbox of incident reports: an index over received_submissions (which keeps the payload,
// docs/DELIVERY.md), with the acknowledgements and requests the authority sends back.
import { sql } from 'kysely';
import { VOLUNTARY_STAGE } from '@weerbaar/core/incidents';
import type { DbOrTrx } from '../db/database.ts';
import type { InboxAcknowledgementRow, InboxReportRequestRow, InboxReportRow } from '../db/schema-incidents.ts';

export async function insertInboxReports(db: DbOrTrx, rows: readonly InboxReportRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('inbox_reports')
    .values([...rows])
    .onConflict((oc) => oc.columns(['org_id', 'submission_id']).doNothing())
    .execute();
}

export async function findInboxReport(
  db: DbOrTrx,
  orgId: string,
  submissionId: string,
): Promise<InboxReportRow | undefined> {
  return db
    .selectFrom('inbox_reports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('submission_id', '=', submissionId)
    .executeTakeFirst();
}

export interface InboxFilter {
  sector?: string | undefined;
  stage?: string | undefined;
  /** Voluntary notifications only (true) or the mandatory reports only (false); NIS2 Art. 30. */
  voluntary?: boolean | undefined;
  category?: string | undefined;
  severity?: string | undefined;
  entityType?: string | undefined;
  senderOrgId?: string | undefined;
  /** Reports that ask for guidance or support (Cbw art. 36). */
  supportRequested?: boolean | undefined;
  /** The report's answer on cross-border impact (NIS2 Art. 23(1), (6)). */
  crossBorder?: 'yes' | 'no' | 'unknown' | undefined;
  /** Early warnings without acknowledgement (NIS2 Art. 23(5)). */
  unacknowledged?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function filtered(db: DbOrTrx, orgId: string, f: InboxFilter) {
  let q = db.selectFrom('inbox_reports as r').where('r.org_id', '=', orgId);
  if (f.sector) q = q.where('r.sector', '=', f.sector);
  if (f.stage) q = q.where('r.stage', '=', f.stage);
  if (f.voluntary !== undefined) q = q.where('r.stage', f.voluntary ? '=' : '<>', VOLUNTARY_STAGE);
  if (f.category) q = q.where('r.category', '=', f.category);
  if (f.severity) q = q.where('r.severity', '=', f.severity);
  if (f.entityType) q = q.where('r.entity_type', '=', f.entityType);
  if (f.senderOrgId) q = q.where('r.sender_org_id', '=', f.senderOrgId);
  if (f.supportRequested !== undefined) q = q.where('r.support_requested', '=', f.supportRequested);
  if (f.crossBorder) q = q.where('r.cross_border', '=', f.crossBorder);
  if (f.from) q = q.where('r.received_at', '>=', new Date(f.from));
  if (f.to) q = q.where('r.received_at', '<', new Date(f.to));
  if (f.unacknowledged) {
    q = q
      .where('r.stage', '=', 'early_warning')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('inbox_acknowledgements as a')
              .select('a.id')
              .whereRef('a.org_id', '=', 'r.org_id')
              .whereRef('a.submission_id', '=', 'r.submission_id'),
          ),
        ),
      );
  }
  return q;
}

export async function listInboxReports(
  db: DbOrTrx,
  orgId: string,
  filter: InboxFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: InboxReportRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, orgId, filter)
      .selectAll('r')
      .orderBy('r.received_at', 'desc')
      .orderBy('r.submission_id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, orgId, filter)
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function* iterateInboxReports(
  db: DbOrTrx,
  orgId: string,
  filter: InboxFilter,
  batch = 1000,
): AsyncGenerator<InboxReportRow> {
  for (let offset = 0; ; offset += batch) {
    const rows = await filtered(db, orgId, filter)
      .selectAll('r')
      .orderBy('r.received_at')
      .orderBy('r.submission_id')
      .limit(batch)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < batch) return;
  }
}

/**
 * The chains of several (sender, incident) pairs in one query, each in submission order: a page of the
 * inbox loads all of its chains at once instead of one query per chain.
 */
export async function listChains(
  db: DbOrTrx,
  orgId: string,
  keys: readonly { senderOrgId: string; incidentId: string }[],
): Promise<InboxReportRow[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('inbox_reports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('sender_org_id', 'incident_id'),
        'in',
        keys.map((k) => tuple(k.senderOrgId, k.incidentId)),
      ),
    )
    .orderBy('sender_org_id')
    .orderBy('incident_id')
    .orderBy('submitted_at')
    .orderBy('version')
    .execute();
}

export async function findReceivedPayload(
  db: DbOrTrx,
  orgId: string,
  submissionId: string,
): Promise<{ payload: Record<string, unknown>; audit_hash: string | null } | undefined> {
  return db
    .selectFrom('received_submissions')
    .select(['payload', 'audit_hash'])
    .where('org_id', '=', orgId)
    .where('id', '=', submissionId)
    .executeTakeFirst();
}

export async function insertAcknowledgement(
  db: DbOrTrx,
  row: Omit<InboxAcknowledgementRow, 'id'>,
): Promise<InboxAcknowledgementRow> {
  return db.insertInto('inbox_acknowledgements').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listAcknowledgements(
  db: DbOrTrx,
  orgId: string,
  submissionIds: readonly string[],
): Promise<InboxAcknowledgementRow[]> {
  if (submissionIds.length === 0) return [];
  return db
    .selectFrom('inbox_acknowledgements')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('submission_id', 'in', submissionIds)
    .orderBy('acknowledged_at')
    .execute();
}

export async function insertReportRequest(
  db: DbOrTrx,
  row: Omit<InboxReportRequestRow, 'id'>,
): Promise<InboxReportRequestRow> {
  return db.insertInto('inbox_report_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listReportRequests(
  db: DbOrTrx,
  orgId: string,
  submissionIds: readonly string[],
): Promise<InboxReportRequestRow[]> {
  if (submissionIds.length === 0) return [];
  return db
    .selectFrom('inbox_report_requests')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('submission_id', 'in', submissionIds)
    .orderBy('requested_at')
    .execute();
}

/** The latest report of every chain (sender, incident) with a report received since `since`. */
export async function listLatestOfRecentChains(db: DbOrTrx, orgId: string, since: Date): Promise<InboxReportRow[]> {
  return db
    .selectFrom('inbox_reports')
    .selectAll()
    .distinctOn(['sender_org_id', 'incident_id'])
    .where('org_id', '=', orgId)
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('sender_org_id', 'incident_id'),
        'in',
        selectFrom('inbox_reports as recent')
          .select(['recent.sender_org_id', 'recent.incident_id'])
          .where('recent.org_id', '=', orgId)
          .where('recent.received_at', '>=', since)
          .$asTuple('sender_org_id', 'incident_id'),
      ),
    )
    .orderBy('sender_org_id')
    .orderBy('incident_id')
    .orderBy('received_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
}

import type { InboxQuery, InboxReportDetail, InboxReportSummary } from '@weerbaar/core/inbox';
import type { ReportingStage } from '@weerbaar/core/incidents';
import { notFound } from '@weerbaar/core/platform';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { InboxReportRow } from '../../db/schema-incidents.ts';
import {
  findInboxReport,
  findReceivedPayload,
  iterateInboxReports,
  listAcknowledgements,
  listChains,
  listInboxReports,
  listLatestOfRecentChains,
  listReportRequests,
  type InboxFilter,
} from '../../repositories/inbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { chainDeadlines, missedStages } from './inbox-clock.ts';
import { presentAwareAt, presentInboxReportDetail, presentInboxReportSummary } from './inbox.presenter.ts';
import { csvCell } from '../../adapters/csv.ts';

const chainKey = (r: Pick<InboxReportRow, 'sender_org_id' | 'incident_id'>) => `${r.sender_org_id}/${r.incident_id}`;

/** Summaries with their chains' missed deadlines: every chain of the page in one query. */
async function summarise(
  db: DbOrTrx,
  orgId: string,
  rows: readonly InboxReportRow[],
  nowMs: number,
): Promise<InboxReportSummary[]> {
  const keys = new Map(rows.map((r) => [chainKey(r), { senderOrgId: r.sender_org_id, incidentId: r.incident_id }]));
  const chains = new Map<string, InboxReportRow[]>([...keys.keys()].map((key) => [key, []]));
  // In submission order per chain (listChains), so each chain is built in its order.
  for (const r of await listChains(db, orgId, [...keys.values()])) chains.get(chainKey(r))!.push(r);
  const allIds = [...chains.values()].flat().map((r) => r.submission_id);
  const [acks, requests] = await Promise.all([
    listAcknowledgements(db, orgId, allIds),
    listReportRequests(db, orgId, allIds),
  ]);
  const missed = new Map<string, ReportingStage[]>();
  for (const [key, chain] of chains) {
    const ids = new Set(chain.map((c) => c.submission_id));
    missed.set(
      key,
      missedStages(
        chainDeadlines(
          chain,
          requests.filter((q) => ids.has(q.submission_id)),
          nowMs,
        ),
      ),
    );
  }
  return rows.map((r) => presentInboxReportSummary(r, acks, missed.get(chainKey(r)) ?? [], nowMs));
}

export async function listInbox(db: Db, ctx: OrgActor, query: InboxQuery, now: Date) {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'inbox-report', orgId }, 'Report');
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listInboxReports(db, orgId, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: await summarise(db, orgId, rows, now.getTime()), page, pageSize, total };
}

export async function requireInboxReport(db: DbOrTrx, orgId: string, id: string): Promise<InboxReportRow> {
  const row = await findInboxReport(db, orgId, id);
  if (!row) throw notFound('Report');
  return row;
}

export async function getInboxReport(db: Db, ctx: OrgActor, id: string, now: Date): Promise<InboxReportDetail> {
  const { orgId } = ctx;
  const row = await requireInboxReport(db, orgId, id);
  authorize(ctx, 'read', { type: 'inbox-report', orgId: row.org_id }, 'Report');
  const chain = await listChains(db, orgId, [{ senderOrgId: row.sender_org_id, incidentId: row.incident_id }]);
  const ids = chain.map((c) => c.submission_id);
  const [received, acks, requests] = await Promise.all([
    findReceivedPayload(db, orgId, id),
    listAcknowledgements(db, orgId, ids),
    listReportRequests(db, orgId, ids),
  ]);
  const deadlines = chainDeadlines(chain, requests, now.getTime());
  const missed = missedStages(deadlines);
  return presentInboxReportDetail(row, { chain, received, acks, requests, deadlines, missed }, now.getTime());
}

const CSV_COLUMNS = [
  'authorityReference',
  'receivedAt',
  'submittedAt',
  'senderName',
  'sector',
  'entityType',
  'incidentReference',
  'incidentTitle',
  'category',
  'stage',
  'version',
  'severity',
  'awareAt',
] as const;

/**
 * The filtered inbox as CSV, oldest first, streamed in batches. Authorised before the stream starts, so a
 * refusal is an answer of its own and not a broken download.
 */
export function exportInboxCsv(db: Db, ctx: OrgActor, filter: InboxFilter): AsyncGenerator<string> {
  authorize(ctx, 'read', { type: 'inbox-report', orgId: ctx.orgId }, 'Report');
  return inboxCsvRows(db, ctx.orgId, filter);
}

async function* inboxCsvRows(db: Db, orgId: string, filter: InboxFilter): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for await (const r of iterateInboxReports(db, orgId, filter)) {
    const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      authorityReference: r.authority_reference,
      receivedAt: r.received_at.toISOString(),
      submittedAt: r.submitted_at.toISOString(),
      senderName: r.sender_name,
      sector: r.sector,
      entityType: r.entity_type,
      incidentReference: r.incident_reference,
      incidentTitle: r.incident_title,
      category: r.category,
      stage: r.stage,
      version: r.version,
      severity: r.severity,
      awareAt: presentAwareAt(r),
    };
    yield `${CSV_COLUMNS.map((c) => csvCell(values[c])).join(',')}\r\n`;
  }
}

/**
 * The latest report of each chain with a report received since `since` in which the entity missed a
 * deadline (a stage late or sent late), the most recently received first.
 */
export async function listMissedDeadlines(db: Db, ctx: OrgActor, since: Date, now: Date, limit: number) {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'inbox-report', orgId }, 'Report');
  const latest = await listLatestOfRecentChains(db, orgId, since);
  const missed = (await summarise(db, orgId, latest, now.getTime()))
    .filter((r) => r.missedDeadlines.length > 0)
    .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
  return { items: missed.slice(0, limit), total: missed.length };
}

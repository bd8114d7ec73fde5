import type { InboxQuery, InboxReportDetail, InboxReportSummary } from '@weerbaar/core/inbox';
import {
  INCIDENT_CATEGORY_LABELS_NL,
  SEVERITY_LABELS_NL,
  SIGNIFICANCE_ENTITY_TYPE_CATALOGUE,
  STAGE_DEFINITIONS,
  type ReportingStage,
  type ReportStage,
  type SignificanceEntityType,
} from '@weerbaar/core/incidents';
import { notFound, type ExportFormat } from '@weerbaar/core/platform';
import { entityTypeLabel, SECTORS } from '@weerbaar/core/scope';
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
import { csvWriter, dutchCsvTime, type CsvColumn } from '../../adapters/csv.ts';

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

const dutchOrCode = (labels: Readonly<Record<string, string>>, code: string | null) =>
  code === null ? '' : (labels[code] ?? code);
const sectorNl = (sector: string | null) =>
  sector === null ? '' : (SECTORS.find((s) => s.sector === sector)?.sector_nl ?? sector);
/** The significance entity type by its Dutch NIS2 name (through its Annex entry); `other` has none. */
const entityTypeNl = (type: string) => {
  const entry = SIGNIFICANCE_ENTITY_TYPE_CATALOGUE[type as SignificanceEntityType]?.nis2AnnexEntry;
  return entry ? entityTypeLabel(entry, 'nl') : type === 'other' ? 'Andere entiteit' : type;
};

const CSV_COLUMNS: readonly CsvColumn<InboxReportRow>[] = [
  { machine: 'authorityReference', people: 'Kenmerk', value: (r) => r.authority_reference },
  {
    machine: 'receivedAt',
    people: 'Ontvangen (Nederlandse tijd)',
    value: (r) => r.received_at.toISOString(),
    peopleValue: (r) => dutchCsvTime(r.received_at),
  },
  {
    machine: 'submittedAt',
    people: 'Verstuurd (Nederlandse tijd)',
    value: (r) => r.submitted_at.toISOString(),
    peopleValue: (r) => dutchCsvTime(r.submitted_at),
  },
  { machine: 'senderName', people: 'Afzender', value: (r) => r.sender_name },
  { machine: 'sector', people: 'Sector', value: (r) => r.sector, peopleValue: (r) => sectorNl(r.sector) },
  {
    machine: 'entityType',
    people: 'Soort entiteit',
    value: (r) => r.entity_type,
    peopleValue: (r) => entityTypeNl(r.entity_type),
  },
  { machine: 'incidentReference', people: 'Incident', value: (r) => r.incident_reference },
  { machine: 'incidentTitle', people: 'Titel', value: (r) => r.incident_title },
  {
    machine: 'category',
    people: 'Soort incident',
    value: (r) => r.category,
    peopleValue: (r) => dutchOrCode(INCIDENT_CATEGORY_LABELS_NL, r.category),
  },
  {
    machine: 'stage',
    people: 'Soort melding',
    value: (r) => r.stage,
    peopleValue: (r) => STAGE_DEFINITIONS[r.stage as ReportStage]?.labelNl ?? r.stage,
  },
  { machine: 'version', people: 'Versie', value: (r) => r.version },
  {
    machine: 'severity',
    people: 'Ernst',
    value: (r) => r.severity,
    peopleValue: (r) => dutchOrCode(SEVERITY_LABELS_NL, r.severity),
  },
  {
    machine: 'awareAt',
    people: 'Bekend sinds (Nederlandse tijd)',
    value: (r) => presentAwareAt(r),
    peopleValue: (r) => dutchCsvTime(presentAwareAt(r)),
  },
];

/**
 * The filtered inbox as CSV, oldest first, streamed in batches. Authorised before the stream starts, so a
 * refusal is an answer of its own and not a broken download.
 */
export function exportInboxCsv(
  db: Db,
  ctx: OrgActor,
  { format, ...filter }: InboxFilter & { format: ExportFormat },
): AsyncGenerator<string> {
  authorize(ctx, 'read', { type: 'inbox-report', orgId: ctx.orgId }, 'Report');
  return inboxCsvRows(db, ctx.orgId, filter, format);
}

async function* inboxCsvRows(db: Db, orgId: string, filter: InboxFilter, format: ExportFormat): AsyncGenerator<string> {
  const csv = csvWriter(format, CSV_COLUMNS);
  yield csv.header;
  for await (const r of iterateInboxReports(db, orgId, filter)) yield csv.row(r);
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

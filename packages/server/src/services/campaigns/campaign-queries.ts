// Reads of campaigns and cases (authority only: the policy 'campaign' is own('authority:read')).
import type {
  CampaignCase,
  CampaignCaseSummary,
  CampaignDetail,
  CampaignQuery,
  CampaignSummary,
} from '@weerbaar/core/campaigns';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import {
  findCampaign,
  findCase,
  findInboxReports,
  listCampaigns as listCampaignRows,
  listCaseEntries,
  listCaseReports,
  listCases as listCaseRows,
  listCasesOfReports,
  listReportsOfIndicator,
} from '../../repositories/campaign.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentCampaign, presentCase, presentCaseSummary, presentLinkedReport } from './campaign.presenter.ts';

type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export async function listCampaigns(db: DbOrTrx, ctx: OrgActor, query: CampaignQuery): Promise<Page<CampaignSummary>> {
  authorize(ctx, 'read', { type: 'campaign', orgId: ctx.orgId }, 'Campaign');
  const { rows, total } = await listCampaignRows(db, ctx.orgId, query);
  return { items: rows.map(presentCampaign), page: query.page, pageSize: query.pageSize, total };
}

export async function getCampaign(db: DbOrTrx, ctx: OrgActor, id: string): Promise<CampaignDetail> {
  authorize(ctx, 'read', { type: 'campaign', orgId: ctx.orgId }, 'Campaign');
  const row = await findCampaign(db, ctx.orgId, id);
  if (!row) throw notFound('Campaign');
  const reports = await listReportsOfIndicator(db, ctx.orgId, row.indicator_digest);
  const cases = await listCasesOfReports(
    db,
    ctx.orgId,
    reports.map((r) => r.submission_id),
  );
  return { ...presentCampaign(row), reports: reports.map(presentLinkedReport), cases };
}

export async function listCampaignCases(
  db: DbOrTrx,
  ctx: OrgActor,
  page: { page: number; pageSize: number },
): Promise<Page<CampaignCaseSummary>> {
  authorize(ctx, 'read', { type: 'campaign', orgId: ctx.orgId }, 'Case');
  const { rows, total } = await listCaseRows(db, ctx.orgId, page);
  return {
    items: rows.map((r) => presentCaseSummary(r, { reportCount: r.report_count, entityCount: r.entity_count })),
    page: page.page,
    pageSize: page.pageSize,
    total,
  };
}

export async function getCampaignCase(db: DbOrTrx, ctx: OrgActor, id: string): Promise<CampaignCase> {
  authorize(ctx, 'read', { type: 'campaign', orgId: ctx.orgId }, 'Case');
  const row = await findCase(db, ctx.orgId, id);
  if (!row) throw notFound('Case');
  const [reports, entries] = await Promise.all([
    listCaseReports(db, ctx.orgId, id),
    listCaseEntries(db, ctx.orgId, id),
  ]);
  // Entries may name a report since removed from the case: its name comes from the inbox.
  const named = await findInboxReports(db, ctx.orgId, [
    ...new Set(entries.map((e) => e.submission_id).filter((s): s is string => s !== null)),
  ]);
  const namesOf = new Map(
    named.map((r) => [r.submission_id, { authorityReference: r.authority_reference, senderName: r.sender_name }]),
  );
  return presentCase(row, reports, entries, namesOf);
}

import type { CampaignCase } from '@weerbaar/core/campaigns';
import { notFound } from '@weerbaar/core/platform';
import { deleteCaseReport, insertCaseEntries, touchCase } from '../../repositories/campaign.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { getCampaignCase } from './campaign-queries.ts';
import { lockCase } from './case-guards.ts';

/** Unlinks a report from a case; the timeline keeps that it was there and who took it out. */
export const removeCaseReport = defineUseCase({
  actions: ['campaign-case.report-removed'],
  async run({ trx, now, record }, ctx: OrgActor, input: { caseId: string; reportId: string }): Promise<CampaignCase> {
    authorize(ctx, 'write', { type: 'campaign', orgId: ctx.orgId }, 'Case');
    await lockCase(trx, ctx.orgId, input.caseId);
    if (!(await deleteCaseReport(trx, ctx.orgId, input.caseId, input.reportId))) throw notFound('Report in this case');
    await insertCaseEntries(trx, [
      {
        org_id: ctx.orgId,
        case_id: input.caseId,
        kind: 'report_removed',
        text: null,
        submission_id: input.reportId,
        created_by: ctx.actor.label,
        created_at: now,
      },
    ]);
    await touchCase(trx, ctx.orgId, input.caseId, now);
    await record(
      'campaign-case.report-removed',
      { subjectType: 'campaign-case', subjectId: input.caseId, details: { reportId: input.reportId } },
      { caseId: input.caseId, submissionId: input.reportId },
    );
    return getCampaignCase(trx, ctx, input.caseId);
  },
});

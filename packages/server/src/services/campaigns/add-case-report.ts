import type { CampaignCase } from '@weerbaar/core/campaigns';
import { insertCaseEntries, insertCaseReports, touchCase } from '../../repositories/campaign.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { getCampaignCase } from './campaign-queries.ts';
import { lockCase, requireReceivedReports } from './case-guards.ts';

/** Links one more received report to a case; linking it again changes nothing. */
export const addCaseReport = defineUseCase({
  actions: ['campaign-case.report-added'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    input: { caseId: string; reportId: string },
  ): Promise<CampaignCase> {
    authorize(ctx, 'write', { type: 'campaign', orgId: ctx.orgId }, 'Case');
    await lockCase(trx, ctx.orgId, input.caseId);
    await requireReceivedReports(trx, ctx.orgId, [input.reportId], 'body.reportId');
    const added = await insertCaseReports(trx, ctx.orgId, input.caseId, [input.reportId], now);
    if (added.length === 0) {
      unchanged();
      return getCampaignCase(trx, ctx, input.caseId);
    }
    await insertCaseEntries(trx, [
      {
        org_id: ctx.orgId,
        case_id: input.caseId,
        kind: 'report_added',
        text: null,
        submission_id: input.reportId,
        created_by: ctx.actor.label,
        created_at: now,
      },
    ]);
    await touchCase(trx, ctx.orgId, input.caseId, now);
    await record(
      'campaign-case.report-added',
      { subjectType: 'campaign-case', subjectId: input.caseId, details: { reportId: input.reportId } },
      { caseId: input.caseId, submissionId: input.reportId },
    );
    return getCampaignCase(trx, ctx, input.caseId);
  },
});

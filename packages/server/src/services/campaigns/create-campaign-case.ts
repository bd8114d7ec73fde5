import type { CampaignCase, CampaignCaseCreate } from '@weerbaar/core/campaigns';
import { CampaignCaseCreateSchema } from '@weerbaar/core/campaigns';
import { insertCase, insertCaseEntries, insertCaseReports } from '../../repositories/campaign.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { getCampaignCase } from './campaign-queries.ts';
import { requireReceivedReports } from './case-guards.ts';

/** Merges linked reports into one case (issue 15 item 2); each report's addition is on the case's timeline. */
export const createCampaignCase = defineUseCase({
  actions: ['campaign-case.created'],
  input: CampaignCaseCreateSchema,
  async run({ trx, now, record }, ctx: OrgActor, input: CampaignCaseCreate): Promise<CampaignCase> {
    authorize(ctx, 'write', { type: 'campaign', orgId: ctx.orgId }, 'Case');
    const ids = [...new Set(input.reportIds)];
    await requireReceivedReports(trx, ctx.orgId, ids, 'body.reportIds');
    const row = await insertCase(trx, {
      org_id: ctx.orgId,
      title: input.title,
      created_by: ctx.actor.label,
      created_at: now,
      updated_at: now,
    });
    const added = await insertCaseReports(trx, ctx.orgId, row.id, ids, now);
    await insertCaseEntries(
      trx,
      added.map((id) => ({
        org_id: ctx.orgId,
        case_id: row.id,
        kind: 'report_added' as const,
        text: null,
        submission_id: id,
        created_by: ctx.actor.label,
        created_at: now,
      })),
    );
    const result = await getCampaignCase(trx, ctx, row.id);
    await record(
      'campaign-case.created',
      { subjectType: 'campaign-case', subjectId: row.id, after: { title: row.title, reportIds: added } },
      { caseId: row.id, submissionIds: added },
    );
    return result;
  },
});

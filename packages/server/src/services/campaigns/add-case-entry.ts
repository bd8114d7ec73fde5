import type { CampaignCase, CaseEntryCreate } from '@weerbaar/core/campaigns';
import { CaseEntryCreateSchema } from '@weerbaar/core/campaigns';
import { insertCaseEntries, touchCase } from '../../repositories/campaign.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { getCampaignCase } from './campaign-queries.ts';
import { lockCase } from './case-guards.ts';

/** An analyst's note or decision on the case's timeline. */
export const addCaseEntry = defineUseCase({
  actions: ['campaign-case.entry-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { caseId: string; entry: CaseEntryCreate },
  ): Promise<CampaignCase> {
    authorize(ctx, 'write', { type: 'campaign', orgId: ctx.orgId }, 'Case');
    const entry = CaseEntryCreateSchema.parse(input.entry);
    await lockCase(trx, ctx.orgId, input.caseId);
    const [row] = await insertCaseEntries(trx, [
      {
        org_id: ctx.orgId,
        case_id: input.caseId,
        kind: entry.kind,
        text: entry.text,
        submission_id: null,
        created_by: ctx.actor.label,
        created_at: now,
      },
    ]);
    await touchCase(trx, ctx.orgId, input.caseId, now);
    await record(
      'campaign-case.entry-added',
      { subjectType: 'campaign-case', subjectId: input.caseId, after: { kind: entry.kind, text: entry.text } },
      { caseId: input.caseId, entryId: row!.id, kind: entry.kind },
    );
    return getCampaignCase(trx, ctx, input.caseId);
  },
});

import type { InboxAcknowledgement } from '@weerbaar/core/inbox';
import { insertAcknowledgement } from '../../repositories/inbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentAcknowledgement } from './inbox.presenter.ts';
import { requireInboxReport } from './inbox-queries.ts';

/** Initial feedback on a received report (NIS2 Art. 23(5); Cbw art. 36). */
export const acknowledgeReport = defineUseCase({
  actions: ['inbox.report-acknowledged'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { id: string; message: string },
  ): Promise<InboxAcknowledgement> {
    const report = await requireInboxReport(trx, ctx.orgId, input.id);
    authorize(ctx, 'triage', { type: 'inbox-report', orgId: report.org_id }, 'Report');
    const ack = presentAcknowledgement(
      await insertAcknowledgement(trx, {
        org_id: ctx.orgId,
        submission_id: input.id,
        message: input.message,
        acknowledged_at: now,
        acknowledged_by: ctx.actor.label,
      }),
    );
    await record(
      'inbox.report-acknowledged',
      {
        subjectType: 'received-submission',
        subjectId: input.id,
        after: ack,
        details: { authorityReference: report.authority_reference, stage: report.stage },
      },
      {},
    );
    return ack;
  },
});

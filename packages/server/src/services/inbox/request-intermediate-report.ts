import type { IntermediateReportRequest } from '@weerbaar/core/inbox';
import { isVoluntaryStage } from '@weerbaar/core/incidents';
import { DomainError } from '@weerbaar/core/platform';
import { insertReportRequest } from '../../repositories/inbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentRequest } from './inbox.presenter.ts';
import { requireInboxReport } from './inbox-queries.ts';

/**
 * Asks the entity for an intermediate report (NIS2 Art. 23(4)(c); Cbw art. 28), by a set time or — the law
 * sets no period — without one; either way the entity's clock shows it as owed.
 */
export const requestIntermediateReport = defineUseCase({
  actions: ['inbox.intermediate-report-requested'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { id: string; dueAt?: string | null | undefined; message: string },
  ): Promise<IntermediateReportRequest> {
    const dueAt = input.dueAt ? new Date(input.dueAt) : null;
    if (dueAt && dueAt.getTime() <= now.getTime()) {
      throw new DomainError('validation_failed', 'The time for the intermediate report must lie in the future', [
        { name: 'body.dueAt', reason: 'must be in the future', code: 'must_be_future' },
      ]);
    }
    const report = await requireInboxReport(trx, ctx.orgId, input.id);
    authorize(ctx, 'triage', { type: 'inbox-report', orgId: report.org_id }, 'Report');
    // NIS2 Art. 30(2): a voluntary notification imposes no additional obligation on the notifier, and an
    // Art. 23(4)(c) request would set it a deadline; ask for information informally (acknowledgement) instead.
    if (isVoluntaryStage(report.stage)) {
      const reason = 'a voluntary notification (NIS2 Art. 30) creates no obligation to send an intermediate report';
      throw new DomainError('precondition_failed', reason, [{ name: 'path.id', reason }]);
    }
    const request = presentRequest(
      await insertReportRequest(trx, {
        org_id: ctx.orgId,
        submission_id: input.id,
        due_at: dueAt,
        message: input.message,
        requested_at: now,
        requested_by: ctx.actor.label,
      }),
    );
    await record(
      'inbox.intermediate-report-requested',
      {
        subjectType: 'received-submission',
        subjectId: input.id,
        after: request,
        details: {
          authorityReference: report.authority_reference,
          senderOrgId: report.sender_org_id,
          incidentId: report.incident_id,
        },
      },
      {},
    );
    return request;
  },
});

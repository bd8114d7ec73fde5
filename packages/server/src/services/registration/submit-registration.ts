import type { RegistrationSubmission } from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import { findLatestRegistrationVersion } from '../../repositories/registration.repository.ts';
import { findOutboxRow } from '../../repositories/submission-outbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { enqueueSubmission } from '../delivery/enqueue-submission.ts';
import { presentOutboxEntry } from '../delivery/delivery.presenter.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/**
 * Queues the current registration version for the register (NIS2 Art. 3(4); Cbw art. 44). Delivery happens
 * in the background; the answer is the outbox entry, committed before it is returned. Queueing records
 * 'submission.queued' through this use case (enqueue-submission.ts), in its transaction.
 */
export const submitRegistration = defineUseCase({
  actions: ['registration.submitted', 'submission.queued'],
  async run(scope, ctx: OrgActor, input: { submissionId?: string | undefined }): Promise<RegistrationSubmission> {
    const { trx, record, unchanged } = scope;
    authorize(ctx, 'write', { type: 'registration', orgId: ctx.orgId }, 'Registration');
    const latest = await findLatestRegistrationVersion(trx, ctx.orgId);
    if (!latest) throw new DomainError('precondition_failed', 'Save the registration before submitting it');
    // A repeated request (same client id) answers the entry it queued the first time.
    const repeat = input.submissionId ? await findOutboxRow(trx, ctx.orgId, input.submissionId) : undefined;
    if (repeat?.kind === 'registration' && repeat.subject_id === latest.id) {
      unchanged();
      return { ...presentOutboxEntry(repeat), version: latest.version };
    }
    const submissionId = input.submissionId ?? null;
    const audit = await record(
      'registration.submitted',
      {
        subjectType: 'registration-version',
        subjectId: latest.id,
        after: latest.data,
        details: { version: latest.version, submissionId },
      },
      { version: latest.version, submissionId },
    );
    const entry = await enqueueSubmission(scope, ctx, {
      kind: 'registration',
      subjectId: latest.id,
      submissionId: input.submissionId,
      payload: latest.data,
      auditHash: audit.hash,
    });
    return { ...entry, version: latest.version };
  },
});

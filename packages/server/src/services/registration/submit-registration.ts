import type { RegistrationSubmission } from '@weerbaar/core/registration';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findLatestRegistrationVersion } from '../../repositories/registration.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { findOutboxRow } from '../../repositories/submission-outbox.repository.ts';
import { enqueueSubmission } from '../delivery/enqueue-submission.ts';
import { presentOutboxEntry } from '../delivery/outbox.presenter.ts';

/**
 * Queues the current registration version for the register (NIS2 Art. 3(4); Cbw art. 44). Delivery happens
 * in the background; the answer is the outbox entry, committed before it is returned.
 */
export async function submitRegistration(
  db: Db,
  ctx: OrgActor,
  input: { submissionId?: string },
): Promise<RegistrationSubmission> {
  return db.transaction().execute(async (trx) => {
    const latest = await findLatestRegistrationVersion(trx, ctx.orgId);
    if (!latest) throw new DomainError('precondition_failed', 'Save the registration before submitting it');
    // A repeated request (same client id) answers the entry it queued the first time.
    const repeat = input.submissionId ? await findOutboxRow(trx, ctx.orgId, input.submissionId) : undefined;
    if (repeat?.kind === 'registration' && repeat.subject_id === latest.id)
      return { ...presentOutboxEntry(repeat), version: latest.version };
    const audit = await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'registration.submitted',
      subjectType: 'registration-version',
      subjectId: latest.id,
      after: latest.data,
      details: { version: latest.version, submissionId: input.submissionId ?? null },
    });
    const entry = await enqueueSubmission(trx, ctx, {
      kind: 'registration',
      subjectId: latest.id,
      submissionId: input.submissionId,
      payload: latest.data,
      auditHash: audit.hash,
    });
    return { ...entry, version: latest.version };
  });
}

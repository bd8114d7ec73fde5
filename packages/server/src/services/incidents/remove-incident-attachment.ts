import { canRemoveAttachment, IncidentStatusSchema } from '@weerbaar/core/incidents';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { deleteAttachment, findAttachment } from '../../repositories/incident-attachment.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { auditedAttachment, presentAttachment } from './incident-activity.presenter.ts';
import { lockIncidentFor } from './incident-guards.ts';

/** Removes an evidence file while the incident is open (core canRemoveAttachment); audited with its digest. */
export const removeIncidentAttachment = defineUseCase({
  actions: ['incident.attachment-removed'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { incidentId, attachmentId }: { incidentId: string; attachmentId: string },
  ): Promise<void> {
    const incident = await lockIncidentFor(trx, ctx, incidentId);
    const row = await findAttachment(trx, ctx.orgId, incidentId, attachmentId);
    if (!row) throw notFound('Attachment');
    if (!canRemoveAttachment(IncidentStatusSchema.parse(incident.status))) {
      throw new DomainError(
        'precondition_failed',
        'The incident is closed: its evidence can no longer be removed. Reopen the incident first.',
      );
    }
    const before = presentAttachment(row);
    await deleteAttachment(trx, ctx.orgId, attachmentId);
    await record(
      'incident.attachment-removed',
      {
        subjectType: 'incident',
        subjectId: incidentId,
        // What was removed stays provable by its digest and size; its name is deliberately left out.
        before: auditedAttachment(before),
        details: auditedAttachment(before),
      },
      { incidentId, fileName: before.fileName, sizeBytes: before.sizeBytes, sha256: before.sha256 },
    );
  },
});

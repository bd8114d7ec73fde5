import type { InvalidParam } from '@weerbaar/core/platform';
// NIS2 Art. 23(1)-(2); Cbw art. 30: the entity informs recipients of its services. The register keeps the
// log that shows who was told what, when and how.
import type { RecipientCommunication, RecipientCommunicationCreateSchema } from '@weerbaar/core/incidents';
import type { z } from 'zod';
import { insertRecipientCommunication } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentRecipientCommunication } from './incident-activity.presenter.ts';
import { lockIncidentFor, notInFuture, throwIfProblems } from './incident-guards.ts';

export const recordRecipientCommunication = defineUseCase({
  actions: ['incident.recipients-informed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    {
      incidentId,
      communication: input,
    }: { incidentId: string; communication: z.output<typeof RecipientCommunicationCreateSchema> },
  ): Promise<RecipientCommunication> {
    const problems: InvalidParam[] = [];
    notInFuture('body.communicatedAt', input.communicatedAt, now.getTime(), problems);
    throwIfProblems(problems);
    await lockIncidentFor(trx, ctx, incidentId);
    const communication = presentRecipientCommunication(
      await insertRecipientCommunication(trx, {
        org_id: ctx.orgId,
        incident_id: incidentId,
        kind: input.kind,
        communicated_at: new Date(input.communicatedAt),
        recipients: input.recipients,
        recipient_count: input.recipientCount ?? null,
        channel: input.channel,
        message: input.message,
        recorded_by: ctx.actor.label,
      }),
    );
    await record(
      'incident.recipients-informed',
      { subjectType: 'incident', subjectId: incidentId, after: communication },
      {
        incidentId,
        channel: input.channel,
        recipients: input.recipients,
        communicatedAt: communication.communicatedAt,
      },
    );
    return communication;
  },
});

// NIS2 Art. 23(1)-(2); Cbw art. 30: the entity informs recipients of its services. The register keeps the
// log that shows who was told what, when and how.
import type { RecipientCommunication, RecipientCommunicationCreateSchema } from '@weerbaar/core/incidents';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { RecipientCommunicationRow } from '../../db/schema-incidents.ts';
import {
  insertRecipientCommunication,
  listRecipientCommunications,
} from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { notInFuture, requireIncident, throwIfProblems } from './incident-guards.ts';
import { addTimelineEntry } from './incident-timeline.ts';

function present(r: RecipientCommunicationRow): RecipientCommunication {
  return {
    id: r.id,
    kind: r.kind as RecipientCommunication['kind'],
    communicatedAt: r.communicated_at.toISOString(),
    recipients: r.recipients,
    recipientCount: r.recipient_count,
    channel: r.channel as RecipientCommunication['channel'],
    message: r.message,
    recordedBy: r.recorded_by,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listIncidentRecipientCommunications(
  db: Db,
  { orgId }: OrgActor,
  incidentId: string,
): Promise<RecipientCommunication[]> {
  await requireIncident(db, orgId, incidentId);
  return (await listRecipientCommunications(db, orgId, incidentId)).map(present);
}

export async function recordRecipientCommunication(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  input: z.output<typeof RecipientCommunicationCreateSchema>,
  now = new Date(),
): Promise<RecipientCommunication> {
  const problems: { name: string; reason: string }[] = [];
  notInFuture('body.communicatedAt', input.communicatedAt, now.getTime(), problems);
  throwIfProblems(problems);
  return db.transaction().execute(async (trx) => {
    await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    const communication = present(
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
    await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'recipients_informed',
      summary: `Afnemers geïnformeerd (${input.channel}): ${input.recipients}`,
      actorLabel: ctx.actor.label,
      occurredAt: new Date(input.communicatedAt),
    });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.recipients-informed',
      subjectType: 'incident',
      subjectId: incidentId,
      after: communication,
    });
    return communication;
  });
}

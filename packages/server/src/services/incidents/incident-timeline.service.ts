import type { TimelineEntry } from '@weerbaar/core/incidents';
import type { Db } from '../../db/database.ts';
import { listTimeline } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { notInFuture, requireIncident, throwIfProblems } from './incident-guards.ts';
import { addTimelineEntry, presentTimelineEntry } from './incident-timeline.ts';

export async function listIncidentTimeline(db: Db, { orgId }: OrgActor, incidentId: string): Promise<TimelineEntry[]> {
  await requireIncident(db, orgId, incidentId);
  return (await listTimeline(db, orgId, incidentId)).map(presentTimelineEntry);
}

/** A note by a person, also about something earlier ("09:40 first ransom note found"). */
export async function addTimelineNote(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  input: { summary: string; occurredAt?: string | undefined },
  now = new Date(),
): Promise<TimelineEntry> {
  const problems: { name: string; reason: string }[] = [];
  notInFuture('body.occurredAt', input.occurredAt, now.getTime(), problems);
  throwIfProblems(problems);
  return db.transaction().execute(async (trx) => {
    await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    const row = await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'note',
      summary: input.summary,
      actorLabel: ctx.actor.label,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
    });
    const entry = presentTimelineEntry(row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.note-added',
      subjectType: 'incident',
      subjectId: incidentId,
      after: entry,
    });
    return entry;
  });
}

import type { InvalidParam } from '@weerbaar/core/platform';
import type { TimelineEntry } from '@weerbaar/core/incidents';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockIncidentFor, notInFuture, throwIfProblems } from './incident-guards.ts';
import { presentTimelineEntry } from './incident-activity.presenter.ts';
import { addTimelineEntry } from './incident-timeline.ts';

/** A note by a person, also about something earlier ("09:40 first ransom note found"). */
export const addTimelineNote = defineUseCase({
  actions: ['incident.note-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { incidentId, summary, occurredAt }: { incidentId: string; summary: string; occurredAt?: string | undefined },
  ): Promise<TimelineEntry> {
    const problems: InvalidParam[] = [];
    notInFuture('body.occurredAt', occurredAt, now.getTime(), problems);
    throwIfProblems(problems);
    await lockIncidentFor(trx, ctx, incidentId);
    // The note is the timeline entry itself, not a reaction to something else.
    const row = await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'note',
      summary,
      actorLabel: ctx.actor.label,
      occurredAt: occurredAt ? new Date(occurredAt) : now,
    });
    const entry = presentTimelineEntry(row);
    await record(
      'incident.note-added',
      { subjectType: 'incident', subjectId: incidentId, after: entry },
      { incidentId },
    );
    return entry;
  },
});

import {
  canTransition,
  IncidentStatusSchema,
  allowedNextStatuses,
  transitionEffects,
  type Incident,
  type IncidentStatus,
} from '@weerbaar/core/incidents';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { updateIncident, type IncidentChanges } from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { rescheduleDeadlineReminders } from './deadline-reminders.ts';
import { requireIncident } from './incident-guards.ts';
import { loadIncident } from './incident.service.ts';
import { addTimelineEntry } from './incident-timeline.ts';

const STATUS_LABELS_NL: Record<IncidentStatus, string> = {
  new: 'nieuw',
  triage: 'triage',
  containment: 'inperking',
  eradication: 'uitroeiing',
  recovery: 'herstel',
  closed: 'afgesloten',
  post_incident_review: 'evaluatie',
};

/** Moves an incident along the handling workflow (core incident-workflow.ts decides what may follow what). */
export async function transitionIncidentStatus(
  db: Db,
  ctx: OrgActor,
  id: string,
  input: { to: IncidentStatus; note?: string | null | undefined },
  now = new Date(),
): Promise<Incident> {
  return db.transaction().execute(async (trx) => {
    const row = await requireIncident(trx, ctx.orgId, id, { lock: true });
    const from = IncidentStatusSchema.parse(row.status);
    if (!canTransition(from, input.to)) {
      const allowed = allowedNextStatuses(from);
      throw new DomainError('validation_failed', `An incident in status ${from} cannot go to ${input.to}`, [
        { name: 'body.to', reason: `from ${from} only ${allowed.join(', ') || 'nothing'} may follow` },
      ]);
    }
    const effects = transitionEffects(from, input.to);
    const changes: IncidentChanges = { status: input.to };
    if (effects.set.includes('containedAt') && !row.contained_at) changes.contained_at = now;
    if (effects.set.includes('resolvedAt') && !row.resolved_at) changes.resolved_at = now;
    if (effects.clear.includes('resolvedAt')) changes.resolved_at = null;
    const updated = await updateIncident(trx, ctx.orgId, id, changes);
    await addTimelineEntry(trx, ctx.orgId, id, {
      kind: 'status_changed',
      summary: `Status: ${STATUS_LABELS_NL[from]} → ${STATUS_LABELS_NL[input.to]}${input.note ? ` — ${input.note}` : ''}`,
      actorLabel: ctx.actor.label,
      occurredAt: now,
    });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.status-changed',
      subjectType: 'incident',
      subjectId: id,
      before: { status: from },
      after: { status: input.to },
      details: { from, to: input.to, note: input.note ?? null },
    });
    if (changes.resolved_at !== undefined) await rescheduleDeadlineReminders(trx, ctx.orgId, id, now.getTime());
    return loadIncident(trx, ctx.orgId, updated);
  });
}

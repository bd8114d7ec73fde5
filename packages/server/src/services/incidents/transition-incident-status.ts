import {
  allowedNextStatuses,
  canTransition,
  IncidentStatusSchema,
  transitionEffects,
  type Incident,
  type IncidentStatus,
} from '@weerbaar/core/incidents';
import { DomainError } from '@weerbaar/core/platform';
import { updateIncident, type IncidentChanges } from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockIncidentFor } from './incident-guards.ts';
import { loadIncident } from './incident-queries.ts';

/** Moves an incident along the handling workflow (core incident-workflow.ts decides what may follow what). */
export const transitionIncidentStatus = defineUseCase({
  actions: ['incident.status-changed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { id, to, note }: { id: string; to: IncidentStatus; note?: string | null | undefined },
  ): Promise<Incident> {
    const row = await lockIncidentFor(trx, ctx, id);
    const from = IncidentStatusSchema.parse(row.status);
    if (!canTransition(from, to)) {
      const allowed = allowedNextStatuses(from);
      throw new DomainError('validation_failed', `An incident in status ${from} cannot go to ${to}`, [
        {
          name: 'body.to',
          reason: `from ${from} only ${allowed.join(', ') || 'nothing'} may follow`,
          code: 'status_transition',
        },
      ]);
    }
    const effects = transitionEffects(from, to);
    const changes: IncidentChanges = { status: to };
    if (effects.set.includes('containedAt') && !row.contained_at) changes.contained_at = now;
    if (effects.set.includes('resolvedAt') && !row.resolved_at) changes.resolved_at = now;
    if (effects.clear.includes('resolvedAt')) changes.resolved_at = null;
    const updated = await updateIncident(trx, ctx.orgId, id, changes);
    await record(
      'incident.status-changed',
      {
        subjectType: 'incident',
        subjectId: id,
        before: { status: from },
        after: { status: to },
        details: { from, to, note: note ?? null },
      },
      { incidentId: id, from, to, note: note ?? null, handlingTimeChanged: changes.resolved_at !== undefined },
    );
    return loadIncident(trx, ctx.orgId, updated);
  },
});

import {
  allowedNextStatuses,
  canTransition,
  IncidentStatusSchema,
  type Incident,
  type IncidentStatus,
} from '@weerbaar/core/incidents';
import { DomainError } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockIncidentFor } from './incident-guards.ts';
import { applyStatusStep } from './incident-progress.ts';
import { loadIncident } from './incident-queries.ts';

/** Moves an incident along the handling workflow (core incident-workflow.ts decides what may follow what). */
export const transitionIncidentStatus = defineUseCase({
  actions: ['incident.status-changed'],
  async run(
    scope,
    ctx: OrgActor,
    { id, to, note }: { id: string; to: IncidentStatus; note?: string | null | undefined },
  ): Promise<Incident> {
    const row = await lockIncidentFor(scope.trx, ctx, id);
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
    const updated = await applyStatusStep(scope, ctx.orgId, row, to, { note: note ?? null });
    return loadIncident(scope.trx, ctx.orgId, updated);
  },
});

import type { Incident, RecurrenceOverrideCreateSchema } from '@weerbaar/core/incidents';
import type { z } from 'zod';
import { updateIncident } from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockIncidentFor } from './incident-guards.ts';
import { loadIncident } from './incident-queries.ts';

/**
 * Impl. Reg. 2024/2690 Art. 4: the handler replaces the register's count of recurring incidents (e.g. an
 * incident the register does not hold, or one it counts that has another cause), always with a reason;
 * `null` returns to the register's count. Audited with the count before and after; the significance
 * proposal follows at once, the decision stays the handler's own step.
 */
export const overrideRecurrence = defineUseCase({
  actions: ['incident.recurrence-overridden', 'incident.recurrence-override-removed'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { id, override }: { id: string; override: z.output<typeof RecurrenceOverrideCreateSchema> | null },
  ): Promise<Incident> {
    const row = await lockIncidentFor(trx, ctx, id);
    const before = (await loadIncident(trx, ctx.orgId, row)).significance.recurrence;
    const current = row.recurrence_override;
    // The same override again (a retried request) or removing none: nothing changes, nothing is recorded.
    const same =
      override === null
        ? current === null
        : current !== null &&
          current.sameRootCauseIncidents === override.sameRootCauseIncidents &&
          current.combinedLossEur === (override.combinedLossEur ?? null) &&
          current.reason === override.reason;
    if (same) {
      unchanged();
      return loadIncident(trx, ctx.orgId, row);
    }
    const stored =
      override === null
        ? null
        : {
            sameRootCauseIncidents: override.sameRootCauseIncidents,
            combinedLossEur: override.combinedLossEur ?? null,
            reason: override.reason,
            decidedBy: ctx.actor.label,
            decidedAt: now.toISOString(),
          };
    const updated = await updateIncident(trx, ctx.orgId, id, { recurrence_override: stored });
    const after = await loadIncident(trx, ctx.orgId, updated);
    const audited = (r: Incident['significance']['recurrence']) => ({
      source: r.source,
      sameRootCauseIncidents: r.sameRootCauseIncidents,
      combinedLossEur: r.combinedLossEur,
      incidents: r.incidents.map((i) => i.reference),
      reason: r.override?.reason ?? null,
    });
    const facts = {
      subjectType: 'incident',
      subjectId: id,
      before: audited(before),
      after: audited(after.significance.recurrence),
      details: {
        sameRootCauseIncidents: stored?.sameRootCauseIncidents ?? null,
        combinedLossEur: stored?.combinedLossEur ?? null,
        reason: stored?.reason ?? null,
      },
    } as const;
    if (stored === null) {
      await record('incident.recurrence-override-removed', facts, { incidentId: id });
    } else {
      await record('incident.recurrence-overridden', facts, {
        incidentId: id,
        sameRootCauseIncidents: stored.sameRootCauseIncidents,
      });
    }
    return after;
  },
});

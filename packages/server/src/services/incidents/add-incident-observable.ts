import type { Observable, ObservableType } from '@weerbaar/core/incidents';
import { insertObservable, listObservables } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentObservable } from './incident-activity.presenter.ts';
import { lockIncidentFor } from './incident-guards.ts';

/** Adds a validated, normalised observable; the same type and value again returns the one recorded. */
export const addIncidentObservable = defineUseCase({
  actions: ['incident.observable-added'],
  async run(
    { trx, record, unchanged },
    ctx: OrgActor,
    {
      incidentId,
      observable: input,
    }: { incidentId: string; observable: { type: ObservableType; value: string; description: string | null } },
  ): Promise<{ created: boolean; observable: Observable }> {
    await lockIncidentFor(trx, ctx, incidentId);
    const row = await insertObservable(trx, { org_id: ctx.orgId, incident_id: incidentId, ...input });
    if (!row) {
      unchanged();
      const existing = (await listObservables(trx, ctx.orgId, incidentId)).find(
        (o) => o.type === input.type && o.value === input.value,
      )!;
      return { created: false, observable: presentObservable(existing) };
    }
    const observable = presentObservable(row);
    await record(
      'incident.observable-added',
      { subjectType: 'incident', subjectId: incidentId, after: observable },
      { incidentId, type: input.type, value: input.value },
    );
    return { created: true, observable };
  },
});

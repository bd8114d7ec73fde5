import type { Observable, ObservableType } from '@weerbaar/core/incidents';
import type { Db } from '../../db/database.ts';
import type { ObservableRow } from '../../db/schema-incidents.ts';
import { insertObservable, listObservables } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { requireIncident } from './incident-guards.ts';
import { addTimelineEntry } from './incident-timeline.ts';

export function presentObservable(r: ObservableRow): Observable {
  return {
    id: r.id,
    type: r.type as ObservableType,
    value: r.value,
    description: r.description,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listIncidentObservables(db: Db, { orgId }: OrgActor, incidentId: string): Promise<Observable[]> {
  await requireIncident(db, orgId, incidentId);
  return (await listObservables(db, orgId, incidentId)).map(presentObservable);
}

/** Adds a validated, normalised observable; the same type and value again returns the one recorded. */
export async function addIncidentObservable(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  input: { type: ObservableType; value: string; description: string | null },
): Promise<{ created: boolean; observable: Observable }> {
  return db.transaction().execute(async (trx) => {
    await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    const row = await insertObservable(trx, { org_id: ctx.orgId, incident_id: incidentId, ...input });
    if (!row) {
      const existing = (await listObservables(trx, ctx.orgId, incidentId)).find(
        (o) => o.type === input.type && o.value === input.value,
      )!;
      return { created: false, observable: presentObservable(existing) };
    }
    const observable = presentObservable(row);
    await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'observable_added',
      summary: `Indicator ${input.type}: ${input.value}`,
      actorLabel: ctx.actor.label,
    });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.observable-added',
      subjectType: 'incident',
      subjectId: incidentId,
      after: observable,
    });
    return { created: true, observable };
  });
}

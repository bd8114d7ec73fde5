import type { TimelineEntry } from '@weerbaar/core/incidents';
import type { Trx } from '../../db/database.ts';
import type { TimelineRow } from '../../db/schema-incidents.ts';
import { insertTimelineEntry } from '../../repositories/incident-activity.repository.ts';

/** Adds what the platform did to the incident's own timeline, in the caller's (a use case's) transaction. */
export async function addTimelineEntry(
  trx: Trx,
  orgId: string,
  incidentId: string,
  entry: { kind: TimelineEntry['kind']; summary: string; actorLabel: string; occurredAt: Date },
): Promise<TimelineRow> {
  return insertTimelineEntry(trx, {
    org_id: orgId,
    incident_id: incidentId,
    occurred_at: entry.occurredAt,
    kind: entry.kind,
    summary: entry.summary,
    actor_label: entry.actorLabel,
  });
}

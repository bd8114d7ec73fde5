import type { TimelineEntry } from '@weerbaar/core/incidents';
import type { DbOrTrx } from '../../db/database.ts';
import type { TimelineRow } from '../../db/schema-incidents.ts';
import { insertTimelineEntry } from '../../repositories/incident-activity.repository.ts';

/** Adds what the platform did to the incident's own timeline, in the caller's transaction. */
export async function addTimelineEntry(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
  entry: { kind: TimelineEntry['kind']; summary: string; actorLabel: string; occurredAt?: Date },
): Promise<TimelineRow> {
  return insertTimelineEntry(db, {
    org_id: orgId,
    incident_id: incidentId,
    occurred_at: entry.occurredAt ?? new Date(),
    kind: entry.kind,
    summary: entry.summary,
    actor_label: entry.actorLabel,
  });
}

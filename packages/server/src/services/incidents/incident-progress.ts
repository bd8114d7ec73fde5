// One status step of an incident, on the record: the status (and the handling times it sets), the audit
// event `incident.status-changed`, on which the incidents subscriber notes it on the timeline. Taken by a
// person (transitionIncidentStatus) or by the work itself (core incident-progress.ts: deciding, reporting
// and the authority's feedback move a "new" incident to triage, in the use case that did the work).
import {
  automaticTransition,
  IncidentStatusSchema,
  transitionEffects,
  type IncidentStatus,
  type ProgressTrigger,
} from '@weerbaar/core/incidents';
import type { IncidentRow } from '../../db/schema-incidents.ts';
import { updateIncident, type IncidentChanges } from '../../repositories/incident.repository.ts';
import type { UseCaseScope } from '../../kernel/use-case.ts';

type StatusScope = Pick<UseCaseScope<'incident.status-changed'>, 'trx' | 'now' | 'record'>;

/** Applies an allowed step (the caller checked it) and records it. */
export async function applyStatusStep(
  { trx, now, record }: StatusScope,
  orgId: string,
  row: IncidentRow,
  to: IncidentStatus,
  { note = null, trigger = null }: { note?: string | null; trigger?: ProgressTrigger | null } = {},
): Promise<IncidentRow> {
  const from = IncidentStatusSchema.parse(row.status);
  const effects = transitionEffects(from, to);
  const changes: IncidentChanges = { status: to };
  if (effects.set.includes('containedAt') && !row.contained_at) changes.contained_at = now;
  if (effects.set.includes('resolvedAt') && !row.resolved_at) changes.resolved_at = now;
  if (effects.clear.includes('resolvedAt')) changes.resolved_at = null;
  const updated = await updateIncident(trx, orgId, row.id, changes);
  await record(
    'incident.status-changed',
    {
      orgId,
      subjectType: 'incident',
      subjectId: row.id,
      before: { status: from },
      after: { status: to },
      details: { from, to, note, trigger },
    },
    {
      incidentId: row.id,
      from,
      to,
      note,
      trigger,
      handlingTimeChanged: changes.resolved_at !== undefined,
    },
  );
  return updated;
}

/**
 * The step the work takes by itself, if any (core automaticTransition); returns the incident as it is
 * afterwards. The row must be locked by the caller's use case.
 */
export async function advanceWithWork(
  scope: StatusScope,
  orgId: string,
  row: IncidentRow,
  trigger: ProgressTrigger,
): Promise<IncidentRow> {
  const to = automaticTransition(IncidentStatusSchema.parse(row.status));
  return to ? applyStatusStep(scope, orgId, row, to, { trigger }) : row;
}

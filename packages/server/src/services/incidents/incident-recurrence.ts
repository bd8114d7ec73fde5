// Impl. Reg. 2024/2690 Art. 4: the recurrence the significance proposal uses, counted from the organisation's
// own register (core recurrence.ts holds the rule; this file only reads the register for it).
import {
  applyRecurrenceOverride,
  assessIncidentSignificance,
  IncidentRootCauseSchema,
  isIndividuallySignificant,
  recurrenceFromRegister,
  recurrenceWindowStart,
  rootCauseKey,
  type IncidentSettings,
  type Recurrence,
  type RecurrenceCandidate,
} from '@weerbaar/core/incidents';
import type { DbOrTrx } from '../../db/database.ts';
import type { IncidentRow } from '../../db/schema-incidents.ts';
import { listRecurrenceCandidates, type RecurrenceCandidateRow } from '../../repositories/incident.repository.ts';
import { readImpact } from './significance-proposal.ts';

type RecurrenceSource = Pick<
  IncidentRow,
  | 'id'
  | 'reference'
  | 'title'
  | 'started_at'
  | 'detected_at'
  | 'root_cause'
  | 'root_cause_detail'
  | 'impact'
  | 'recurrence_override'
>;

const occurredAt = (row: { started_at: Date | null; detected_at: Date }): Date => row.started_at ?? row.detected_at;
const rootCauseOf = (value: string | null) => IncidentRootCauseSchema.nullable().catch(null).parse(value);
const keyOf = (row: Pick<IncidentRow, 'root_cause' | 'root_cause_detail'>) =>
  rootCauseKey({ rootCause: rootCauseOf(row.root_cause), rootCauseDetail: row.root_cause_detail });

function toCandidate(
  row: Omit<RecurrenceCandidateRow, 'decided_outcome' | 'decided_criteria'>,
  individuallySignificant: boolean,
): RecurrenceCandidate {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    occurredAt: occurredAt(row),
    rootCause: rootCauseOf(row.root_cause),
    rootCauseDetail: row.root_cause_detail,
    financialLossEur: readImpact(row.impact).financialLossEur ?? null,
    individuallySignificant,
  };
}

/**
 * The recurrence of each incident, counted in one query for all of them (a list page reads many at once).
 * A register incident counts only when it is not significant on its own: its decision, else its own
 * proposal without Art. 4, under the organisation's entity type.
 */
export async function loadRecurrences(
  db: DbOrTrx,
  orgId: string,
  rows: readonly RecurrenceSource[],
  settings: IncidentSettings,
): Promise<Map<string, Recurrence>> {
  const withCause = rows.filter((r) => rootCauseOf(r.root_cause) !== null);
  const times = withCause.map((r) => occurredAt(r).getTime());
  const register =
    withCause.length === 0
      ? []
      : await listRecurrenceCandidates(db, orgId, {
          rootCauses: [...new Set(withCause.map((r) => r.root_cause!))],
          from: recurrenceWindowStart(new Date(Math.min(...times))),
          to: new Date(Math.max(...times)),
        });
  // Only incidents that share a cause with one of `rows` can count, so only those are assessed on their own.
  const keys = new Set(rows.map(keyOf));
  const candidates = register
    .filter((row) => keys.has(keyOf(row)))
    .map((row) =>
      toCandidate(
        row,
        isIndividuallySignificant({
          decision: row.decided_outcome
            ? { outcome: row.decided_outcome, criteriaMetIds: (row.decided_criteria ?? []).map((c) => c.id) }
            : null,
          proposedWithoutRecurrence: assessIncidentSignificance(settings.significanceEntityType, readImpact(row.impact))
            .outcome,
        }),
      ),
    );
  return new Map(
    rows.map((row) => [
      row.id,
      applyRecurrenceOverride(recurrenceFromRegister(toCandidate(row, false), candidates), row.recurrence_override),
    ]),
  );
}

export async function loadRecurrence(
  db: DbOrTrx,
  orgId: string,
  row: RecurrenceSource,
  settings: IncidentSettings,
): Promise<Recurrence> {
  return (await loadRecurrences(db, orgId, [row], settings)).get(row.id)!;
}

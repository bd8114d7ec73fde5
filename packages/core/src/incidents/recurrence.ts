// Recurring incidents, Impl. Reg. 2024/2690 Art. 4 (OJ L 2024/2690, 18.10.2024): "Incidents that individually
// are not considered a significant incident within the meaning of Article 3, shall be considered collectively
// as one significant incident where they meet all of the following criteria: (a) they have occurred at least
// twice within 6 months; (b) they have the same apparent root cause; (c) they collectively meet the criteria
// set out in Article 3(1)(a)." Recital 40 gives the reason: such incidents point at weaknesses in the entity's
// cyber risk management. The platform holds the register, so it counts; the handler records the apparent root
// cause and may override the count with a reason. Readings: docs/incident-deadlines.md "Recurring incidents".
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { addCalendarMonths, calendarDateOfUtcFields, utcFieldsToMs } from '../platform/legal-calendar.ts';

/**
 * The apparent root cause of an incident, in the five root-cause categories ENISA uses in its annual
 * incident reporting (system failures, natural phenomena, human errors, malicious actions, third-party
 * failures), plus `other`. The category alone is coarse; `rootCauseDetail` names the cause itself
 * (a CVE, a failing component, a supplier), and Art. 4(b) compares the two together.
 */
export const INCIDENT_ROOT_CAUSES = [
  'system_failure',
  'human_error',
  'malicious_action',
  'third_party_failure',
  'natural_phenomenon',
  'other',
] as const;
export const IncidentRootCauseSchema = z.enum(INCIDENT_ROOT_CAUSES);
export type IncidentRootCause = z.infer<typeof IncidentRootCauseSchema>;

/** Art. 4(a): "at least twice within 6 months". */
export const RECURRENCE_WINDOW_MONTHS = 6;

/** The detail as compared: case, surrounding and repeated spaces do not make a different cause. */
export function normaliseRootCauseDetail(detail: string | null | undefined): string {
  return (detail ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Art. 4(b) "the same apparent root cause" as one comparable key: the category and the normalised detail
 * (both without a detail share the category's key); null without a root cause, which matches nothing.
 */
export function rootCauseKey(c: {
  rootCause: IncidentRootCause | null;
  rootCauseDetail: string | null;
}): string | null {
  return c.rootCause === null ? null : `${c.rootCause}:${normaliseRootCauseDetail(c.rootCauseDetail)}`;
}

/** Art. 4(b) "the same apparent root cause": the same category and the same detail (both absent counts as the same). */
export function sameApparentRootCause(
  a: { rootCause: IncidentRootCause | null; rootCauseDetail: string | null },
  b: { rootCause: IncidentRootCause | null; rootCauseDetail: string | null },
): boolean {
  const key = rootCauseKey(a);
  return key !== null && key === rootCauseKey(b);
}

/**
 * The start of the six months that end when the incident under assessment occurred: the same UTC time six
 * calendar months earlier, a day the month lacks becoming its last day (31 August → 28/29 February), as
 * Reg. (EEC, Euratom) 1182/71 Art. 3(2)(c) counts months. An incident at exactly that moment is within them.
 */
export function recurrenceWindowStart(occurredAt: Date): Date {
  const date = addCalendarMonths(calendarDateOfUtcFields(occurredAt.getTime()), -RECURRENCE_WINDOW_MONTHS);
  return new Date(
    utcFieldsToMs(
      date,
      occurredAt.getUTCHours(),
      occurredAt.getUTCMinutes(),
      occurredAt.getUTCSeconds(),
      occurredAt.getUTCMilliseconds(),
    ),
  );
}

/** An incident of the register as the Art. 4 count sees it. */
export interface RecurrenceCandidate {
  id: string;
  reference: string;
  title: string;
  /** When the incident occurred: its start where known, else its detection. */
  occurredAt: Date;
  rootCause: IncidentRootCause | null;
  rootCauseDetail: string | null;
  /** Impl. Reg. 2024/2690 Art. 3(1)(a) direct financial loss; null when not known. */
  financialLossEur: number | null;
  /** Significant on its own (Art. 3 without Art. 4): such an incident is reported on its own, not counted. */
  individuallySignificant: boolean;
}

/**
 * Whether an incident of the register is a significant incident on its own, so that Art. 4 does not count it.
 * The entity's own decision counts first (NIS2 Art. 23(3) is the entity's assessment): `not_significant`
 * means not; `significant` means so unless it rested on Art. 4 alone (an earlier collective incident).
 * Without a decision, its own proposal without Art. 4 decides.
 */
export function isIndividuallySignificant(input: {
  decision: { outcome: 'significant' | 'not_significant'; criteriaMetIds: readonly string[] } | null;
  proposedWithoutRecurrence: 'significant' | 'not_significant' | 'unknown';
}): boolean {
  const { decision } = input;
  if (decision === null) return input.proposedWithoutRecurrence === 'significant';
  if (decision.outcome === 'not_significant') return false;
  return !(decision.criteriaMetIds.length > 0 && decision.criteriaMetIds.every((id) => id === 'art4'));
}

/**
 * The incidents Art. 4 counts together with `current`: same apparent root cause (b), occurred in the six
 * months up to and including the moment `current` occurred (a), each not significant on its own. `current`
 * itself counts ("at least twice" includes the incident under assessment). Later incidents are not counted:
 * the collective incident becomes significant when its last part occurs, and that part's assessment counts
 * the earlier ones. Sorted by occurrence, oldest first.
 */
export function findRecurringIncidents(
  current: RecurrenceCandidate,
  register: readonly RecurrenceCandidate[],
): RecurrenceCandidate[] {
  if (current.rootCause === null) return [];
  const from = recurrenceWindowStart(current.occurredAt).getTime();
  const to = current.occurredAt.getTime();
  const others = register.filter(
    (c) =>
      c.id !== current.id &&
      sameApparentRootCause(current, c) &&
      c.occurredAt.getTime() >= from &&
      c.occurredAt.getTime() <= to &&
      !c.individuallySignificant,
  );
  return [current, ...others].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.reference.localeCompare(b.reference),
  );
}

export const RECURRENCE_SOURCES = ['register', 'override', 'input'] as const;

const instant = () => z.iso.datetime();

export const RecurringIncidentSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  occurredAt: instant(),
  financialLossEur: z.number().nullable(),
});
export type RecurringIncident = z.infer<typeof RecurringIncidentSchema>;

/** The handler's override of the count, with the reason it is audited with. */
export const RecurrenceOverrideCreateSchema = z
  .object({
    /** Incidents with the same apparent root cause within 6 months, this one included. */
    sameRootCauseIncidents: z.number().int().min(1),
    /** Their direct financial loss together (EUR); null when not known. */
    combinedLossEur: z.number().nonnegative().finite().nullish(),
    reason: TextSchema.trim().min(1).max(4000),
  })
  .strict();
export type RecurrenceOverrideCreate = z.input<typeof RecurrenceOverrideCreateSchema>;

export const RecurrenceOverrideSchema = z.object({
  sameRootCauseIncidents: z.number().int().min(1),
  combinedLossEur: z.number().nullable(),
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: instant(),
});
export type RecurrenceOverride = z.infer<typeof RecurrenceOverrideSchema>;

/**
 * The Art. 4 facts an assessment uses. `register`: counted by the platform from the organisation's own
 * incidents (listed in `incidents`); `override`: the handler's count, with a reason; `input`: given as facts
 * where there is no register (the CLI).
 */
export const RecurrenceSchema = z.object({
  source: z.enum(RECURRENCE_SOURCES),
  rootCause: IncidentRootCauseSchema.nullable(),
  rootCauseDetail: z.string().nullable(),
  /** The six months counted (register only). */
  windowStart: instant().nullable(),
  windowEnd: instant().nullable(),
  /** The incidents the register counts, this one included, oldest first (empty unless the register counted). */
  incidents: z.array(RecurringIncidentSchema),
  /** Art. 4(a): how many; null when not known (no root cause recorded, or not given). */
  sameRootCauseIncidents: z.number().int().min(0).nullable(),
  /** Art. 4(c): the direct financial loss of the known ones together (EUR); null when none is known. */
  combinedLossEur: z.number().nullable(),
  /** References of counted incidents whose loss is not known: the sum may be higher. */
  lossUnknownFor: z.array(z.string()),
  override: RecurrenceOverrideSchema.nullable(),
});
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** The register's count for `current` (see findRecurringIncidents). */
export function recurrenceFromRegister(
  current: RecurrenceCandidate,
  register: readonly RecurrenceCandidate[],
): Recurrence {
  const base = {
    source: 'register' as const,
    rootCause: current.rootCause,
    rootCauseDetail: current.rootCauseDetail,
    override: null,
  };
  if (current.rootCause === null) {
    return {
      ...base,
      windowStart: null,
      windowEnd: null,
      incidents: [],
      sameRootCauseIncidents: null,
      combinedLossEur: null,
      lossUnknownFor: [],
    };
  }
  const counted = findRecurringIncidents(current, register);
  const known = counted.filter((c) => c.financialLossEur !== null);
  return {
    ...base,
    windowStart: recurrenceWindowStart(current.occurredAt).toISOString(),
    windowEnd: current.occurredAt.toISOString(),
    incidents: counted.map((c) => ({
      id: c.id,
      reference: c.reference,
      title: c.title,
      occurredAt: c.occurredAt.toISOString(),
      financialLossEur: c.financialLossEur,
    })),
    sameRootCauseIncidents: counted.length,
    combinedLossEur: known.length > 0 ? known.reduce((sum, c) => sum + c.financialLossEur!, 0) : null,
    lossUnknownFor: counted.filter((c) => c.financialLossEur === null).map((c) => c.reference),
  };
}

/** The handler's override replaces the count and the loss; the register's list stays visible beside it. */
export function applyRecurrenceOverride(recurrence: Recurrence, override: RecurrenceOverride | null): Recurrence {
  if (override === null) return recurrence;
  return {
    ...recurrence,
    source: 'override',
    sameRootCauseIncidents: override.sameRootCauseIncidents,
    combinedLossEur: override.combinedLossEur,
    lossUnknownFor: [],
    override,
  };
}

/** Facts given as input where there is no register (`weerbaar significance check`). */
export const RecurrenceInputSchema = z.strictObject({
  sameRootCauseIncidents: z
    .number()
    .int()
    .min(1)
    .nullish()
    .describe('Incidents with the same apparent root cause within 6 months, this one included (Art. 4(a)-(b))'),
  combinedLossEur: z
    .number()
    .nonnegative()
    .finite()
    .nullish()
    .describe('Their direct financial loss together (EUR) (Art. 4(c))'),
});
export type RecurrenceInput = z.infer<typeof RecurrenceInputSchema>;

export function recurrenceFromInput(input: RecurrenceInput | undefined): Recurrence {
  return {
    source: 'input',
    rootCause: null,
    rootCauseDetail: null,
    windowStart: null,
    windowEnd: null,
    incidents: [],
    sameRootCauseIncidents: input?.sameRootCauseIncidents ?? null,
    combinedLossEur: input?.combinedLossEur ?? null,
    lossUnknownFor: [],
    override: null,
  };
}

/** Facts of Art. 4 that are not impact facts: what the assessment names when they are missing. */
export const RECURRENCE_FACTS = [
  'rootCause',
  'recurringIncidentLosses',
  'sameRootCauseIncidents',
  'sameRootCauseCombinedLossEur',
] as const;
export type RecurrenceFact = (typeof RECURRENCE_FACTS)[number];

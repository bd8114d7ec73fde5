// The management body and the measures (NIS2 Art. 20; Cyberbeveiligingswet art. 24, Stb. 2026, 187):
// the board approves the set of measures (Art. 20(1); Cbw art. 24(1): "De maatregelen, bedoeld in
// artikel 21, behoeven de goedkeuring van het bestuur") and every board member follows training
// (Art. 20(2); Cbw art. 24(2)-(5): knowledge and skills, within two years, kept demonstrably up to date,
// shown by a certificate of a training on those topics).
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { rule } from '../platform/validation-codes.ts';
import { ImplementationStatusSchema, MaturitySchema } from './implementation.contracts.ts';
import { RequirementIdSchema } from './catalogue.contracts.ts';

const text = (max: number) => TextSchema.trim().min(1).max(max);
const date = () => z.iso.date().meta({ format: 'date' });

/** POST /measure-approvals: the board's decision as it was taken. */
export const MeasureApprovalInputSchema = z.object({
  approvedOn: DateInputSchema.meta({ format: 'date' }),
  approverName: text(200),
  /** The approver's function (e.g. "voorzitter raad van bestuur"; for a municipality: the college, Cbw art. 24(12)). */
  approverFunction: text(200),
  /** What the board decided (and any condition it set). */
  decision: text(5000),
});
export type MeasureApprovalInput = z.infer<typeof MeasureApprovalInputSchema>;

/** What one implementation record looked like: absent means not started. */
export const ImplementationStateSchema = z.object({
  status: ImplementationStatusSchema,
  maturity: MaturitySchema.nullable(),
});
export type ImplementationState = z.infer<typeof ImplementationStateSchema>;
/** Every implementation record of an organisation at one moment, by requirement id. */
export type ImplementationSnapshot = Record<string, ImplementationState>;

export const MeasureApprovalChangeSchema = z.object({
  requirementId: RequirementIdSchema,
  ref: z.string(),
  title: z.string(),
  before: ImplementationStateSchema,
  after: ImplementationStateSchema,
});
export type MeasureApprovalChange = z.infer<typeof MeasureApprovalChangeSchema>;

export const MeasureApprovalSchema = z.object({
  id: z.uuid(),
  /** 1 for the first approval; each new approval supersedes the one before. */
  version: z.int().min(1),
  approvedOn: date(),
  approverName: z.string(),
  approverFunction: z.string(),
  decision: z.string(),
  /** Implementation records whose status or maturity changed since the previous approval. */
  changes: z.array(MeasureApprovalChangeSchema),
  /** How many implementation records the approved set held. */
  recordCount: z.int().min(0),
  recordedBy: z.string(),
  recordedAt: z.iso.datetime(),
});
export type MeasureApproval = z.infer<typeof MeasureApprovalSchema>;

export const ApprovalParams = z.object({ approvalId: z.uuid() });

const NOT_STARTED: ImplementationState = { status: 'not-started', maturity: null };

/**
 * Which records changed status or maturity between two snapshots (a record missing from a snapshot
 * counts as not started), ordered by requirement id. `describe` names a requirement for people.
 */
export function changedImplementations(
  previous: ImplementationSnapshot,
  current: ImplementationSnapshot,
  describe: (requirementId: string) => { ref: string; title: string },
): MeasureApprovalChange[] {
  const ids = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  return ids.flatMap((requirementId) => {
    const before = previous[requirementId] ?? NOT_STARTED;
    const after = current[requirementId] ?? NOT_STARTED;
    if (before.status === after.status && before.maturity === after.maturity) return [];
    return [
      {
        requirementId: requirementId as MeasureApprovalChange['requirementId'],
        ...describe(requirementId),
        before,
        after,
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------------
// Training of board members (NIS2 Art. 20(2); Cbw art. 24(2)-(5)).

/** A reminder goes out this many days before a certificate expires; the list shows "expiring" from then. */
export const TRAINING_REMINDER_DAYS = 60;

export const BoardTrainingInputSchema = z
  .object({
    personName: text(200),
    /** The person's role in the board (e.g. "lid raad van bestuur", "wethouder"). */
    boardRole: text(200),
    trainingName: text(200),
    completedOn: DateInputSchema.meta({ format: 'date' }),
    /** Until when the certificate counts (Cbw art. 24(4): knowledge kept demonstrably up to date). */
    expiresOn: DateInputSchema.nullable().meta({ format: 'date' }),
  })
  .superRefine((value, ctx) => {
    if (value.expiresOn && value.completedOn && value.expiresOn < value.completedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        ...rule('not_before', 'must not be before completedOn', { other: 'completedOn' }),
      });
  });
export type BoardTrainingInput = z.infer<typeof BoardTrainingInputSchema>;

export const TrainingExpirySchema = z.enum(['valid', 'expiring', 'expired', 'no-expiry']);
export type TrainingExpiry = z.infer<typeof TrainingExpirySchema>;

export const BoardTrainingSchema = z.object({
  id: z.uuid(),
  personName: z.string(),
  boardRole: z.string(),
  trainingName: z.string(),
  completedOn: date(),
  expiresOn: date().nullable(),
  expiry: TrainingExpirySchema,
  recordedBy: z.string(),
  recordedAt: z.iso.datetime(),
});
export type BoardTraining = z.infer<typeof BoardTrainingSchema>;

export const BoardTrainingParams = z.object({ trainingId: z.uuid() });

/** The calendar date `days` after an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Expired from the expiry date on; expiring within TRAINING_REMINDER_DAYS before it. */
export function trainingExpiry(expiresOn: string | null, today: string): TrainingExpiry {
  if (expiresOn === null) return 'no-expiry';
  if (expiresOn <= today) return 'expired';
  if (addDays(today, TRAINING_REMINDER_DAYS) >= expiresOn) return 'expiring';
  return 'valid';
}

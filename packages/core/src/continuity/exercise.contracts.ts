// Exercises of continuity and crisis plans (issue 13 item 6). NIS2 Art. 21(2)(c) asks for business continuity
// and crisis management; CER Art. 13(1)(c)-(d) for response, recovery and business continuity. The Dutch
// strategy adds that incident, continuity and recovery plans are exercised regularly, within the organisation
// and with partners in the sector and chain. An exercise tests plans (continuity_plans) on a scenario from
// the risk analysis (risk_scenarios) and ends in findings that become improvement actions with owners: the
// same task rows as the incident module's improvement actions (incident_tasks, source exercise).
import { z } from 'zod';
import { IncidentTaskSchema, InstantSchema } from '../incidents/incident.contracts.ts';
import { TextSchema } from '../platform/input.contracts.ts';

const text = (max: number) => TextSchema.trim().min(1).max(max);
const instantOut = () => z.iso.datetime();

export const EXERCISE_KINDS = ['tabletop', 'technical', 'full-scale'] as const;
export const ExerciseKindSchema = z.enum(EXERCISE_KINDS);
export type ExerciseKind = z.infer<typeof ExerciseKindSchema>;

export const EXERCISE_STATUSES = ['planned', 'held', 'evaluated', 'cancelled'] as const;
export const ExerciseStatusSchema = z.enum(EXERCISE_STATUSES);
export type ExerciseStatus = z.infer<typeof ExerciseStatusSchema>;

/**
 * Where an exercise may go from each status: it is held or called off; a held one is evaluated; a called
 * off one may be planned again. An evaluated exercise is closed.
 */
export const EXERCISE_TRANSITIONS: Record<ExerciseStatus, readonly ExerciseStatus[]> = {
  planned: ['held', 'cancelled'],
  held: ['evaluated'],
  evaluated: [],
  cancelled: ['planned'],
};

export const INVITATION_STATUSES = ['invited', 'accepted', 'declined'] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const LOG_ENTRY_KINDS = ['inject', 'decision', 'observation'] as const;
export const LogEntryKindSchema = z.enum(LOG_ENTRY_KINDS);

const ParticipantSchema = z.object({ name: text(200), role: TextSchema.trim().max(200).default('') }).strict();

export const ExerciseCreateSchema = z
  .object({
    title: text(200),
    kind: ExerciseKindSchema,
    /** The scenario from the risk analysis the exercise plays. */
    scenarioId: z.uuid(),
    startsAt: InstantSchema,
    endsAt: InstantSchema.nullish(),
    objectives: z.array(text(500)).min(1).max(20),
    /** The continuity plans and crisis protocols it tests. */
    planIds: z.array(z.uuid()).max(50).default([]),
    /** People of the own organisation who take part (a name and their part in the exercise). */
    participants: z.array(ParticipantSchema).max(200).default([]),
  })
  .strict();
export type ExerciseCreate = z.infer<typeof ExerciseCreateSchema>;

/** PATCH: the status moves planned → held → evaluated (or cancelled); an evaluation is written when it is held. */
export const ExerciseUpdateSchema = z
  .object({
    status: ExerciseStatusSchema.optional(),
    evaluation: TextSchema.trim().max(20_000).optional(),
  })
  .strict();
export type ExerciseUpdate = z.infer<typeof ExerciseUpdateSchema>;

export const InvitationCreateSchema = z
  .object({
    /** Another organisation on this platform, in the sector or the chain. */
    orgId: z.uuid(),
    /** Its part in the exercise, as the invitation shows it ("gemeente: crisisteam bevolkingszorg"). */
    role: text(200),
  })
  .strict();
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

export const InvitationResponseSchema = z.object({ response: z.enum(['accepted', 'declined']) }).strict();
export type InvitationResponse = z.infer<typeof InvitationResponseSchema>;

export const LogEntryCreateSchema = z
  .object({ occurredAt: InstantSchema.optional(), kind: LogEntryKindSchema, text: text(4000) })
  .strict();
export type LogEntryCreate = z.infer<typeof LogEntryCreateSchema>;

export const FindingCreateSchema = z.object({ text: text(4000) }).strict();
export type FindingCreate = z.infer<typeof FindingCreateSchema>;

/** An improvement action from a finding: a title, an owner and a due date, like an incident's improvement task. */
export const ExerciseActionCreateSchema = z
  .object({ title: text(200), assignee: text(200), dueAt: InstantSchema.nullish() })
  .strict();
export type ExerciseActionCreate = z.infer<typeof ExerciseActionCreateSchema>;
export const ExerciseActionUpdateSchema = z.object({ done: z.boolean() }).strict();

export const ExerciseActionSchema = IncidentTaskSchema.extend({ findingId: z.uuid().nullable() });
export type ExerciseAction = z.infer<typeof ExerciseActionSchema>;

export const ExerciseInvitationSchema = z.object({
  id: z.uuid(),
  org: z.object({ id: z.uuid(), name: z.string() }),
  role: z.string(),
  status: InvitationStatusSchema,
  respondedAt: instantOut().nullable(),
});
export type ExerciseInvitation = z.infer<typeof ExerciseInvitationSchema>;

export const LogEntrySchema = z.object({
  id: z.uuid(),
  occurredAt: instantOut(),
  kind: LogEntryKindSchema,
  text: z.string(),
  recordedBy: z.string(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const FindingSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  createdAt: instantOut(),
  actions: z.array(ExerciseActionSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ExerciseSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: ExerciseKindSchema,
  status: ExerciseStatusSchema,
  startsAt: instantOut(),
  endsAt: instantOut().nullable(),
  scenario: z.object({ id: z.uuid(), title: z.string() }),
});
export type ExerciseSummary = z.infer<typeof ExerciseSummarySchema>;

export const ExerciseSchema = ExerciseSummarySchema.extend({
  objectives: z.array(z.string()),
  plans: z.array(z.object({ id: z.uuid(), title: z.string(), kind: z.enum(['continuity', 'crisis']) })),
  participants: z.array(z.object({ name: z.string(), role: z.string() })),
  invitations: z.array(ExerciseInvitationSchema),
  log: z.array(LogEntrySchema),
  evaluation: z.string().nullable(),
  findings: z.array(FindingSchema),
  createdAt: instantOut(),
});
export type Exercise = z.infer<typeof ExerciseSchema>;

/**
 * What an invited organisation sees of an exercise in its own platform: the invitation's facts only —
 * title, kind, dates, who organises it, the scenario's title and its own part. Not the objectives, plans,
 * other participants, run log or findings: those stay the organiser's (tenant isolation otherwise intact).
 */
export const ReceivedInvitationSchema = z.object({
  id: z.uuid(),
  exerciseTitle: z.string(),
  kind: ExerciseKindSchema,
  startsAt: instantOut(),
  endsAt: instantOut().nullable(),
  organiser: z.object({ name: z.string() }),
  scenarioTitle: z.string(),
  role: z.string(),
  status: InvitationStatusSchema,
  exerciseStatus: ExerciseStatusSchema,
  respondedAt: instantOut().nullable(),
});
export type ReceivedInvitation = z.infer<typeof ReceivedInvitationSchema>;

export const PLAN_EXERCISE_STATUSES = ['current', 'due', 'never'] as const;

export const PlanExerciseCoverageSchema = z.object({
  plan: z.object({ id: z.uuid(), title: z.string(), kind: z.enum(['continuity', 'crisis']) }),
  lastExercisedAt: instantOut().nullable(),
  lastExerciseId: z.uuid().nullable(),
  status: z.enum(PLAN_EXERCISE_STATUSES),
});
export type PlanExerciseCoverage = z.infer<typeof PlanExerciseCoverageSchema>;

export const ExerciseParams = z.object({ exerciseId: z.uuid() });
export const InvitationParams = z.object({ invitationId: z.uuid() });
export const FindingParams = z.object({ exerciseId: z.uuid(), findingId: z.uuid() });
export const ExerciseActionParams = z.object({ exerciseId: z.uuid(), actionId: z.uuid() });

// Crisis coordination (issue 16 items 1, 2, 5): declaring a crisis or heightened state, its scope, team and
// members, the situation picture, decision log, actions, sitreps, and closing with evaluation and lessons.
import { z } from 'zod';
import { DateTimeInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { CrisisLevelDefinitionSchema, CrisisStructureDefinitionSchema, SitrepIntervalSchema } from './crisis-levels.ts';

const instantOut = () => z.iso.datetime();
const KeyInput = TextSchema.min(1).max(60);

export const CRISIS_STATUSES = ['declared', 'de-escalated', 'closed'] as const;
export const CrisisStatusSchema = z.enum(CRISIS_STATUSES);
export type CrisisStatus = z.infer<typeof CrisisStatusSchema>;

/**
 * Crisis-team roles, on top of the platform role (roles.ts): the coordinator leads (level, team, members,
 * closing), the analyst keeps the picture, decisions, actions and sitreps, the observer only reads. A person
 * still needs the platform permission; the team role can only narrow it (policies.ts 'crisis-room').
 */
export const CRISIS_TEAM_ROLES = ['coordinator', 'analyst', 'observer'] as const;
export const CrisisTeamRoleSchema = z.enum(CRISIS_TEAM_ROLES);
export type CrisisTeamRole = z.infer<typeof CrisisTeamRoleSchema>;

export const FACT_CERTAINTIES = ['known', 'unknown', 'assumed'] as const;
export const FactCertaintySchema = z.enum(FACT_CERTAINTIES);
export type FactCertainty = z.infer<typeof FactCertaintySchema>;

const ListOfText = (max: number) => z.array(TextSchema.trim().min(1).max(200)).max(max);

export const CrisisScopeInputSchema = z
  .object({
    sectors: ListOfText(50).default([]),
    regions: ListOfText(50).default([]),
    /** Received incident reports (inbox submission ids); never in an exercise crisis. */
    inboxReportIds: z.array(z.uuid()).max(200).default([]),
    /** Advisories (csaf_advisories ids); never in an exercise crisis. */
    advisoryIds: z.array(z.uuid()).max(200).default([]),
    /** Observables (indicators) from received reports; never in an exercise crisis. */
    observables: z
      .array(z.object({ type: TextSchema.trim().min(1).max(60), value: TextSchema.trim().min(1).max(2000) }).strict())
      .max(200)
      .default([]),
  })
  .strict();
export type CrisisScopeInput = z.infer<typeof CrisisScopeInputSchema>;

/** Links to take out of the scope (sectors and regions are set with the scope itself). */
export const CrisisScopeRemovalSchema = CrisisScopeInputSchema.omit({ sectors: true, regions: true });
export type CrisisScopeRemoval = z.input<typeof CrisisScopeRemovalSchema>;

export const CrisisDeclareSchema = z
  .object({
    title: TextSchema.trim().min(1).max(200),
    description: TextSchema.trim().max(10_000).default(''),
    level: KeyInput,
    reason: TextSchema.trim().min(1).max(4000),
    scope: CrisisScopeInputSchema.default({
      sectors: [],
      regions: [],
      inboxReportIds: [],
      advisoryIds: [],
      observables: [],
    }),
    /** Keys of the decision-making structures (settings) this crisis feeds. */
    structures: z.array(KeyInput).max(30).default([]),
    sitrepIntervalMinutes: SitrepIntervalSchema.optional(),
    memberOrgIds: z.array(z.uuid()).max(200).default([]),
    /** An exercise: marked OEFENING everywhere and never mixed with real reports (issue 16 item 6). */
    isExercise: z.boolean().default(false),
    exerciseAgendaItemId: z.uuid().nullable().default(null),
  })
  .strict();
export type CrisisDeclare = z.input<typeof CrisisDeclareSchema>;
export type CrisisDeclareParsed = z.infer<typeof CrisisDeclareSchema>;

export const CrisisLevelChangeSchema = z
  .object({ level: KeyInput, reason: TextSchema.trim().min(1).max(4000) })
  .strict();
export type CrisisLevelChange = z.infer<typeof CrisisLevelChangeSchema>;

export const CrisisMemberAddSchema = z.object({ orgId: z.uuid() }).strict();
export const CrisisTeamMemberSetSchema = z.object({ userId: z.uuid(), role: CrisisTeamRoleSchema }).strict();
export type CrisisTeamMemberSet = z.infer<typeof CrisisTeamMemberSetSchema>;

export const CrisisFactCreateSchema = z
  .object({
    statement: TextSchema.trim().min(1).max(4000),
    certainty: FactCertaintySchema,
    source: TextSchema.trim().min(1).max(400),
    observedAt: DateTimeInputSchema,
  })
  .strict();
export type CrisisFactCreate = z.infer<typeof CrisisFactCreateSchema>;

export const CrisisDecisionCreateSchema = z
  .object({
    decision: TextSchema.trim().min(1).max(4000),
    decidedBy: TextSchema.trim().min(1).max(200),
    decidedAt: DateTimeInputSchema,
    basis: TextSchema.trim().min(1).max(4000),
    structure: KeyInput.nullable().default(null),
  })
  .strict();
export type CrisisDecisionCreate = z.input<typeof CrisisDecisionCreateSchema>;

export const CrisisActionCreateSchema = z
  .object({
    title: TextSchema.trim().min(1).max(500),
    owner: TextSchema.trim().min(1).max(200),
    dueAt: DateTimeInputSchema,
  })
  .strict();
export type CrisisActionCreate = z.infer<typeof CrisisActionCreateSchema>;
export const CrisisActionChangeSchema = z.object({ done: z.boolean() }).strict();

export const CrisisSitrepCreateSchema = z.object({ summary: TextSchema.trim().min(1).max(10_000) }).strict();
export type CrisisSitrepCreate = z.infer<typeof CrisisSitrepCreateSchema>;

export const CrisisCloseSchema = z
  .object({
    reason: TextSchema.trim().min(1).max(4000),
    evaluation: TextSchema.trim().min(1).max(20_000),
    /** Lessons; each with an owner becomes an improvement action (a task of the one task mechanism). */
    lessons: z
      .array(
        z
          .object({
            lesson: TextSchema.trim().min(1).max(4000),
            owner: TextSchema.trim().min(1).max(200).nullable().default(null),
            dueAt: DateTimeInputSchema.nullable().default(null),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();
export type CrisisClose = z.input<typeof CrisisCloseSchema>;

// Output.
export const CrisisFactSchema = z.object({
  id: z.string(),
  statement: z.string(),
  certainty: FactCertaintySchema,
  source: z.string(),
  observedAt: instantOut(),
  recordedBy: z.string(),
  recordedAt: instantOut(),
});
export type CrisisFact = z.infer<typeof CrisisFactSchema>;

export const CrisisDecisionSchema = z.object({
  id: z.string(),
  number: z.int(),
  decision: z.string(),
  decidedBy: z.string(),
  decidedAt: instantOut(),
  basis: z.string(),
  structure: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: instantOut(),
});
export type CrisisDecision = z.infer<typeof CrisisDecisionSchema>;

export const CrisisActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  dueAt: instantOut().nullable(),
  doneAt: instantOut().nullable(),
  kind: z.enum(['response', 'improvement']),
  overdue: z.boolean(),
});
export type CrisisAction = z.infer<typeof CrisisActionSchema>;

export const CrisisLevelChangeEntrySchema = z.object({
  kind: z.enum(['declared', 'escalated', 'de-escalated', 'closed']),
  fromLevel: z.string().nullable(),
  toLevel: z.string(),
  reason: z.string(),
  changedBy: z.string(),
  changedAt: instantOut(),
});
export type CrisisLevelChangeEntry = z.infer<typeof CrisisLevelChangeEntrySchema>;

/** What a sitrep froze: the crisis as it stood when the sitrep was issued. */
export const SitrepContentSchema = z.object({
  reference: z.string(),
  title: z.string(),
  isExercise: z.boolean(),
  level: z.string(),
  levelLabel: z.string(),
  status: CrisisStatusSchema,
  sectors: z.array(z.string()),
  regions: z.array(z.string()),
  facts: z.array(CrisisFactSchema),
  decisions: z.array(CrisisDecisionSchema),
  actions: z.array(CrisisActionSchema),
});
export type SitrepContent = z.infer<typeof SitrepContentSchema>;

export const CrisisSitrepSchema = z.object({
  id: z.string(),
  number: z.int(),
  summary: z.string(),
  issuedBy: z.string(),
  issuedAt: instantOut(),
  content: SitrepContentSchema,
});
export type CrisisSitrep = z.infer<typeof CrisisSitrepSchema>;

export const CrisisTeamMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: CrisisTeamRoleSchema,
});
export type CrisisTeamMember = z.infer<typeof CrisisTeamMemberSchema>;

/**
 * Who may be put in the crisis team: people of the owning organisation and of its member organisations whose
 * role may post in the room (policies.ts 'crisis-room'), grouped by organisation, the owner first. Name and
 * organisation only: the picker needs no more of another organisation's people.
 */
export const CrisisTeamCandidatesSchema = z.object({
  organisations: z.array(
    z.object({
      orgId: z.string(),
      name: z.string(),
      /** The organisation that runs the crisis (else a member organisation). */
      owner: z.boolean(),
      people: z.array(z.object({ userId: z.string(), name: z.string() })),
    }),
  ),
});
export type CrisisTeamCandidates = z.infer<typeof CrisisTeamCandidatesSchema>;

export const CrisisSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  status: CrisisStatusSchema,
  isExercise: z.boolean(),
  declaredAt: instantOut(),
  nextSitrepDueAt: instantOut().nullable(),
  sitrepOverdue: z.boolean(),
  /** The organisation that runs the crisis (another one when the reader is a member). */
  ownerOrgId: z.string(),
});
export type CrisisSummary = z.infer<typeof CrisisSummarySchema>;
export const CrisisListSchema = z.object({ items: z.array(CrisisSummarySchema) });

export const CrisisListQuerySchema = z
  .object({
    exercise: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict();

export const CrisisSchema = CrisisSummarySchema.extend({
  description: z.string(),
  sectors: z.array(z.string()),
  regions: z.array(z.string()),
  structures: z.array(CrisisStructureDefinitionSchema),
  sitrepIntervalMinutes: z.int(),
  exerciseAgendaItemId: z.string().nullable(),
  declaredBy: z.string(),
  closedAt: instantOut().nullable(),
  evaluation: z.string().nullable(),
  scope: z.object({
    inboxReports: z.array(
      z.object({ id: z.string(), reference: z.string(), title: z.string(), senderName: z.string() }),
    ),
    advisories: z.array(z.object({ id: z.string(), trackingId: z.string(), title: z.string() })),
    observables: z.array(z.object({ type: z.string(), value: z.string() })),
  }),
  /**
   * Member organisations. `remote`: an entity of the register on another installation — it receives each new
   * sitrep as a crisis message over the pull channel and never reads the room.
   */
  members: z.array(z.object({ orgId: z.string(), name: z.string(), remote: z.boolean() })),
  team: z.array(CrisisTeamMemberSchema),
  levels: z.array(CrisisLevelDefinitionSchema),
  levelChanges: z.array(CrisisLevelChangeEntrySchema),
  facts: z.array(CrisisFactSchema),
  decisions: z.array(CrisisDecisionSchema),
  actions: z.array(CrisisActionSchema),
  sitreps: z.array(CrisisSitrepSchema.omit({ content: true })),
  lessons: z.array(z.object({ id: z.string(), lesson: z.string(), taskId: z.string().nullable() })),
  /** What the reader may do here (policies.ts 'crisis-room'). */
  may: z.object({ post: z.boolean(), manage: z.boolean() }),
});
export type Crisis = z.infer<typeof CrisisSchema>;

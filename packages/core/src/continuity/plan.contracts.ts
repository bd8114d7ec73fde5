// Continuity plans per critical service and crisis-management protocols (issue 13 item 2). NIS2 Art. 21(2)(c):
// business continuity, disaster recovery and crisis management (Cbw art. 21(3)(c): "bedrijfscontinuïteit, zoals
// back-upbeheer en herstelplannen, en crisisbeheer"); CER Art. 13(1)(c)-(d): respond (crisis
// protocols, alert routines) and recover (business continuity). What a plan holds follows Impl. Reg.
// (EU) 2024/2690 Annex 4.1.2 (roles, key contacts and channels, activation, order of recovery, interfaces to
// incident handling) and 4.3.2 (roles in a crisis, communication means, escalation). A plan has versions:
// an approved version is frozen, a change makes a new draft (Annex 4.1.4: reviewed at planned intervals).
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';

const short = () => TextSchema.trim().max(200);
const named = () => TextSchema.trim().min(1).max(200);
const phone = () => TextSchema.trim().max(50);
const longText = () => TextSchema.trim().max(8000);

export const PLAN_KINDS = ['continuity', 'crisis'] as const;
export const PlanKindSchema = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKindSchema>;

export const PLAN_VERSION_STATUSES = ['draft', 'approved', 'superseded'] as const;
export const PlanVersionStatusSchema = z.enum(PLAN_VERSION_STATUSES);
export type PlanVersionStatus = z.infer<typeof PlanVersionStatusSchema>;

/** A role in the plan, who holds it and who stands in (Annex 4.1.2(b), 4.3.2(a)). */
export const PlanRoleSchema = z.object({
  role: named(),
  holder: short(),
  deputy: short().default(''),
  tasks: longText().default(''),
});
export type PlanRole = z.infer<typeof PlanRoleSchema>;

/** One row of the call tree: who is called, at which level, and who this person calls next. */
export const CallTreeRowSchema = z.object({
  level: z.number().int().min(1).max(9),
  name: named(),
  role: short().default(''),
  phone: phone(),
  alternativePhone: phone().default(''),
  calls: short().default(''),
});
export type CallTreeRow = z.infer<typeof CallTreeRowSchema>;

export const EXTERNAL_HELP_KINDS = ['csirt', 'incident-response', 'insurer', 'supplier', 'authority', 'other'] as const;
export const ExternalHelpKindSchema = z.enum(EXTERNAL_HELP_KINDS);

/** Help organised in advance: the CSIRT, an incident-response firm, the insurer, suppliers' emergency lines. */
export const ExternalContactSchema = z.object({
  kind: ExternalHelpKindSchema,
  name: named(),
  phone: phone(),
  email: short().default(''),
  /** A contract, policy or customer number to quote on the phone. */
  reference: short().default(''),
});
export type ExternalContact = z.infer<typeof ExternalContactSchema>;

/** One recovery step; the list is in the order of recovery (Annex 4.1.2(e)). */
export const RecoveryStepSchema = z.object({
  title: named(),
  description: longText().default(''),
  owner: short().default(''),
  /** Hours after activation by which the step should be done; null when not set. */
  targetHours: z.number().int().min(0).max(8760).nullable().default(null),
});
export type RecoveryStep = z.infer<typeof RecoveryStepSchema>;

export const COMMUNICATION_AUDIENCES = ['staff', 'recipients', 'authority', 'press'] as const;
export const CommunicationAudienceSchema = z.enum(COMMUNICATION_AUDIENCES);
export type CommunicationAudience = z.infer<typeof CommunicationAudienceSchema>;

export const CommunicationTemplateSchema = z.object({
  audience: CommunicationAudienceSchema,
  subject: short(),
  body: longText(),
});
export type CommunicationTemplate = z.infer<typeof CommunicationTemplateSchema>;

/** The content of one version of a plan: structured sections. */
export const PlanContentSchema = z.object({
  purpose: longText().default(''),
  activationCriteria: longText().default(''),
  warningRoutine: longText().default(''),
  roles: z.array(PlanRoleSchema).max(50).default([]),
  callTree: z.array(CallTreeRowSchema).max(200).default([]),
  externalHelp: z.array(ExternalContactSchema).max(50).default([]),
  workarounds: longText().default(''),
  manualFallback: longText().default(''),
  recoverySteps: z.array(RecoveryStepSchema).max(100).default([]),
  communication: z.array(CommunicationTemplateSchema).max(20).default([]),
  deactivation: longText().default(''),
});
export type PlanContent = z.infer<typeof PlanContentSchema>;
export type PlanContentInput = z.input<typeof PlanContentSchema>;

export const emptyPlanContent = (): PlanContent => PlanContentSchema.parse({});

export const PlanCreateSchema = z
  .object({
    kind: PlanKindSchema,
    /** The critical service of a continuity plan (shared assets graph); none for a crisis protocol. */
    serviceId: z.uuid().nullable().default(null),
    title: named(),
    /** This crisis protocol is the incident response plan the incident pages link to (one per organisation). */
    incidentResponsePlan: z.boolean().default(false),
    content: PlanContentSchema.default(emptyPlanContent),
    changeNote: short().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'continuity' && v.serviceId === null) {
      ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'a continuity plan is for one service' });
    }
    if (v.kind === 'crisis' && v.serviceId !== null) {
      ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'a crisis protocol is for the organisation' });
    }
    if (v.incidentResponsePlan && v.kind !== 'crisis') {
      ctx.addIssue({ code: 'custom', path: ['incidentResponsePlan'], message: 'only a crisis protocol' });
    }
  });
export type PlanCreate = z.infer<typeof PlanCreateSchema>;
export type PlanCreateInput = z.input<typeof PlanCreateSchema>;

/** A change to the plan: title and flag at once, the content into the draft (a new draft after approval). */
export const PlanUpdateSchema = z.object({
  title: named().optional(),
  incidentResponsePlan: z.boolean().optional(),
  content: PlanContentSchema.optional(),
  changeNote: short().optional(),
});
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;

export const PlanApproveSchema = z.object({
  /** The draft version being approved: refuses when someone changed the draft meanwhile. */
  version: z.number().int().min(1),
  /** When the plan is to be looked at again; default one year after approval. */
  nextReviewOn: DateInputSchema.optional(),
});
export type PlanApprove = z.infer<typeof PlanApproveSchema>;

/** What changed in a section between two versions (a readable "what changed", not a text diff). */
export const PlanChangeSchema = z.object({
  section: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'reordered']),
  item: z.string().nullable(),
});
export type PlanChange = z.infer<typeof PlanChangeSchema>;

export const PlanVersionSchema = z.object({
  version: z.number().int(),
  status: PlanVersionStatusSchema,
  content: PlanContentSchema,
  changeNote: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  /** Against the version before it. */
  changes: z.array(PlanChangeSchema),
});
export type PlanVersion = z.infer<typeof PlanVersionSchema>;

export const PlanSummarySchema = z.object({
  id: z.uuid(),
  kind: PlanKindSchema,
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  title: z.string(),
  incidentResponsePlan: z.boolean(),
  /** The version in force; null until the first approval. */
  approvedVersion: z.number().int().nullable(),
  approvedAt: z.string().nullable(),
  /** The open draft, if any. */
  draftVersion: z.number().int().nullable(),
  nextReviewOn: z.string().nullable(),
  reviewDue: z.boolean(),
  /** The approved version is newer than the one in the last offline pack (or none was made). */
  packOutdated: z.boolean(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanDetailSchema = PlanSummarySchema.extend({ versions: z.array(PlanVersionSchema) });
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

export const PackPlanVersionSchema = z.object({ planId: z.uuid(), title: z.string(), version: z.number().int() });
export type PackPlanVersion = z.infer<typeof PackPlanVersionSchema>;

/** An offline pack as it was made: which plan versions it holds. */
export const PackSchema = z.object({
  id: z.uuid(),
  packVersion: z.number().int(),
  madeAt: z.string(),
  madeBy: z.string().nullable(),
  via: z.enum(['web', 'cli']),
  plans: z.array(PackPlanVersionSchema),
});
export type Pack = z.infer<typeof PackSchema>;

export const OutdatedPlanSchema = z.object({
  planId: z.uuid(),
  title: z.string(),
  printedVersion: z.number().int().nullable(),
  currentVersion: z.number().int(),
});
export type OutdatedPlan = z.infer<typeof OutdatedPlanSchema>;

export const PackStatusSchema = z.object({
  lastPack: PackSchema.nullable(),
  /** Plans whose approved version is not in the last pack. */
  outdated: z.array(OutdatedPlanSchema),
});
export type PackStatus = z.infer<typeof PackStatusSchema>;

/** The incident response plan the incident pages link to (or none). */
export const IncidentResponsePlanSchema = z.object({
  plan: z.object({ id: z.uuid(), title: z.string(), approvedVersion: z.number().int().nullable() }).nullable(),
});
export type IncidentResponsePlan = z.infer<typeof IncidentResponsePlanSchema>;

/** What the overview shows of the plans: how many, in force, due for review, not on paper in their current version. */
export const PlansOverviewSchema = z.object({
  total: z.number().int(),
  approved: z.number().int(),
  reviewsDue: z.number().int(),
  packOutdated: z.number().int(),
});
export type PlansOverview = z.infer<typeof PlansOverviewSchema>;

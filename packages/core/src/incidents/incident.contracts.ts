// The incident register: what an entity records about an incident, from detection to lessons learned
// (NIS2 Art. 21(2)(b) incident handling; Art. 23 reporting). Times are kept apart because the law
// counts from different moments: detection, awareness of a significant incident (T0, the reporting
// clock's start — Impl. Reg. 2024/2690 recital 31), containment and resolution (NIS2 Art. 23(4)(e)).
import { z } from 'zod';
import {
  CommaListSchema,
  DateTimeInputSchema,
  INTEGER_COLUMN_MAX,
  storableText,
  TextSchema,
} from '../platform/input.contracts.ts';
import { AssetRefSchema } from '../assets/asset.contracts.ts';
import { PageQuerySchema, QueryBooleanSchema } from '../platform/audit.contracts.ts';
import { CerDisruptionAssessmentSchema } from './cer-disruption.ts';
import { IncidentImpactSchema } from './incident-impact.ts';
import { IncidentStatusSchema } from './incident-workflow.ts';
import { IncidentRootCauseSchema, RecurrenceSchema } from './recurrence.ts';
import { CriterionRefSchema, SignificanceAssessmentSchema, SignificanceOutcomeSchema } from './significance.ts';
import { SignificanceEntityTypeSchema } from './significance-entity-types.ts';
import { pattern, rule } from '../platform/validation-codes.ts';

/** An instant with `Z` or an offset, stored and returned as UTC (docs/incident-deadlines.md "Instants"). */
export const InstantSchema = DateTimeInputSchema.transform((v) => new Date(v).toISOString());
const instantOut = () => z.iso.datetime();

// How the incident reached the register: typed in, pushed by a SIEM or monitoring tool over the API,
// reported by a supplier (NIS2 Art. 21(2)(d) supply chain), or by the authority/CSIRT (Cbw art. 16(2)).
export const INCIDENT_SOURCES = ['manual', 'api', 'supplier', 'authority'] as const;
export const IncidentSourceSchema = z.enum(INCIDENT_SOURCES);
export type IncidentSource = z.infer<typeof IncidentSourceSchema>;

// All hazards (NIS2 Art. 21(2) "all-hazards approach"; CER Art. 1): cyber and physical causes alike.
export const INCIDENT_CATEGORIES = [
  'ransomware',
  'malware',
  'phishing',
  'denial_of_service',
  'unauthorised_access',
  'data_breach',
  'vulnerability_exploitation',
  'misconfiguration',
  'technical_failure',
  'supplier_incident',
  'insider',
  'physical_attack',
  'natural_hazard',
  'other',
] as const;
export const IncidentCategorySchema = z.enum(INCIDENT_CATEGORIES);
export type IncidentCategory = z.infer<typeof IncidentCategorySchema>;

const title = () => TextSchema.trim().min(1).max(200);
// Impl. Reg. 2024/2690 Art. 4(b) "the same apparent root cause": what the handler sees as the cause, and its detail.
const rootCauseDetail = () => TextSchema.trim().max(200);
const longText = () => TextSchema.trim().max(10_000);

export const IncidentCreateSchema = z
  .object({
    title: title(),
    description: longText().nullish(),
    category: IncidentCategorySchema,
    source: IncidentSourceSchema.default('manual'),
    /** Who reported it, for supplier and authority sources (name, organisation). */
    reportedBy: TextSchema.trim().max(200).nullish(),
    /**
     * The sender's own id (SIEM alert id, ticket number). The same id twice never creates a second
     * incident: a webhook that is delivered again returns the first. Also accepted as the
     * Idempotency-Key header.
     */
    externalId: TextSchema.trim().min(1).max(200).nullish(),
    detectedAt: InstantSchema,
    /** When the incident itself began, if known (often before detection). */
    startedAt: InstantSchema.nullish(),
    impact: IncidentImpactSchema.optional(),
    /** The apparent root cause, as far as known (Impl. Reg. 2024/2690 Art. 4(b)). */
    rootCause: IncidentRootCauseSchema.nullish(),
    /** The cause itself: a CVE, a failing component, a supplier. Compared ignoring case and spacing. */
    rootCauseDetail: rootCauseDetail().nullish(),
    assetIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict()
  .superRefine((incident, ctx) => {
    // An incident is discovered at or after its start, never before (the start is often found later).
    if (incident.startedAt && Date.parse(incident.detectedAt) < Date.parse(incident.startedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['detectedAt'],
        ...rule('not_before', 'must not be before startedAt', { other: 'startedAt' }),
      });
    }
  });
export type IncidentCreate = z.input<typeof IncidentCreateSchema>;

export const IncidentUpdateSchema = z
  .object({
    title: title().optional(),
    description: longText().nullable().optional(),
    category: IncidentCategorySchema.optional(),
    reportedBy: TextSchema.trim().max(200).nullable().optional(),
    detectedAt: InstantSchema.optional(),
    startedAt: InstantSchema.nullable().optional(),
    containedAt: InstantSchema.nullable().optional(),
    resolvedAt: InstantSchema.nullable().optional(),
    /** Facts given here replace the stored ones one by one; null marks a fact as unknown again. */
    impact: IncidentImpactSchema.optional(),
    /** The apparent root cause (Impl. Reg. 2024/2690 Art. 4(b)); null: not known (yet). */
    rootCause: IncidentRootCauseSchema.nullable().optional(),
    rootCauseDetail: rootCauseDetail().nullable().optional(),
    /** The full set of affected services and assets. */
    assetIds: z.array(z.uuid()).max(200).optional(),
    /** What the organisation learned; improvement actions are tasks of kind `improvement`. */
    lessonsLearned: longText().nullable().optional(),
  })
  .strict();
export type IncidentUpdate = z.input<typeof IncidentUpdateSchema>;

export const SIGNIFICANCE_DECISIONS = ['significant', 'not_significant'] as const;
export const SignificanceDecisionOutcomeSchema = z.enum(SIGNIFICANCE_DECISIONS);

/**
 * The handler confirms or overrides the platform's proposal (NIS2 Art. 23(3) is the entity's own
 * assessment; the platform only proposes). Deciding `significant` starts the reporting clock at
 * `awareAt` (NIS2 Art. 23(4)(a): 24 h "of becoming aware").
 */
export const SignificanceDecisionCreateSchema = z
  .object({
    outcome: SignificanceDecisionOutcomeSchema,
    /** When the organisation became aware that the incident is significant; defaults to now. */
    awareAt: InstantSchema.optional(),
    /** CER Art. 15(1), critical entities only: does it significantly disrupt an essential service? */
    cerOutcome: SignificanceDecisionOutcomeSchema.nullish(),
    /**
     * Trust service providers only, and required for them when the incident is significant: does the
     * incident affect the provision of the trust service? It decides the notification deadline of this
     * incident — 24 h if it does (Cbw art. 27(2); NIS2 Art. 23(4) second subparagraph), 72 h if not
     * (Cbw art. 27(1)).
     */
    affectsTrustService: z.boolean().nullish(),
    /** Required when the decision departs from the proposal or the proposal is still `unknown`. */
    reason: TextSchema.trim().max(4000).nullish(),
  })
  .strict();
export type SignificanceDecisionCreate = z.input<typeof SignificanceDecisionCreateSchema>;

export const SignificanceDecisionSchema = z.object({
  id: z.uuid(),
  outcome: SignificanceDecisionOutcomeSchema,
  cerOutcome: SignificanceDecisionOutcomeSchema.nullable(),
  /** Cbw art. 27(2): the incident affects the provision of the trust service; null when not said (not a TSP). */
  affectsTrustService: z.boolean().nullable(),
  proposedOutcome: SignificanceOutcomeSchema,
  /** The criteria the proposal found met, with their articles, as they stood at the decision. */
  criteriaMet: z.array(CriterionRefSchema),
  awareAt: instantOut().nullable(),
  reason: z.string().nullable(),
  decidedAt: instantOut(),
  decidedBy: z.string(),
  /** The hash of the audit event that records this decision. */
  auditHash: z.string(),
});
export type SignificanceDecision = z.infer<typeof SignificanceDecisionSchema>;

export const IncidentSchema = z.object({
  id: z.uuid(),
  /** Human reference, unique in the organisation: INC-2026-0007. */
  reference: z.string(),
  externalId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  category: IncidentCategorySchema,
  source: IncidentSourceSchema,
  reportedBy: z.string().nullable(),
  status: IncidentStatusSchema,
  allowedNextStatuses: z.array(IncidentStatusSchema),
  startedAt: instantOut().nullable(),
  detectedAt: instantOut(),
  /** T0: set by a `significant` decision; null while none is decided. */
  awareAt: instantOut().nullable(),
  containedAt: instantOut().nullable(),
  resolvedAt: instantOut().nullable(),
  impact: IncidentImpactSchema,
  rootCause: IncidentRootCauseSchema.nullable(),
  rootCauseDetail: z.string().nullable(),
  assets: z.array(AssetRefSchema),
  significance: z.object({
    /** The platform's proposal from the impact facts and the recurrence (Impl. Reg. 2024/2690 or NIS2 Art. 23(3)). */
    proposed: SignificanceAssessmentSchema,
    /** Impl. Reg. 2024/2690 Art. 4: the incidents counted from the register (or the handler's override). */
    recurrence: RecurrenceSchema,
    /** CER Art. 15(1) weighing, for critical entities. */
    cerProposed: CerDisruptionAssessmentSchema.nullable(),
    /** The handler's latest decision; null until someone decides. */
    decision: SignificanceDecisionSchema.nullable(),
  }),
  lessonsLearned: z.string().nullable(),
  createdAt: instantOut(),
  updatedAt: instantOut(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const IncidentSummarySchema = IncidentSchema.pick({
  id: true,
  reference: true,
  title: true,
  category: true,
  source: true,
  status: true,
  detectedAt: true,
  awareAt: true,
  createdAt: true,
}).extend({
  proposedSignificance: z.enum(['significant', 'not_significant', 'unknown']),
  decidedSignificance: SignificanceDecisionOutcomeSchema.nullable(),
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

/** Comma-separated statuses in a query string, e.g. `triage,containment`. */
const StatusListSchema = CommaListSchema.pipe(z.array(IncidentStatusSchema));

export const IncidentQuerySchema = PageQuerySchema.extend({
  /** Comma-separated statuses, e.g. `triage,containment`. */
  status: StatusListSchema.optional(),
  /** `true`: only incidents still being handled (not closed or in review). */
  open: QueryBooleanSchema.optional(),
  category: IncidentCategorySchema.optional(),
  significance: z.enum(['significant', 'not_significant', 'undecided']).optional(),
  source: IncidentSourceSchema.optional(),
  q: TextSchema.trim().max(200).optional(),
});
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;

export const StatusTransitionCreateSchema = z
  .object({ to: IncidentStatusSchema, note: TextSchema.trim().max(4000).nullish() })
  .strict();

// The incident's own timeline: what happened and what was done, in the order it happened. The
// platform writes events for its own actions; people add notes (also about the past).
export const TIMELINE_KINDS = [
  'created',
  'note',
  'status_changed',
  'significance_decided',
  'report_submitted',
  'report_delivered',
  'authority_feedback',
  'task_added',
  'task_done',
  'observable_added',
  'recipients_informed',
  'deadline_reminder',
  'attachment_added',
  'attachment_removed',
] as const;
export const TimelineKindSchema = z.enum(TIMELINE_KINDS);

export const TimelineEntrySchema = z.object({
  id: z.uuid(),
  occurredAt: instantOut(),
  kind: TimelineKindSchema,
  summary: z.string(),
  actorLabel: z.string(),
  createdAt: instantOut(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const TimelineNoteCreateSchema = z
  .object({ summary: TextSchema.trim().min(1).max(4000), occurredAt: InstantSchema.optional() })
  .strict();

// Response tasks during handling; improvement actions come out of the lessons learned.
export const TASK_KINDS = ['response', 'improvement'] as const;
export const TaskKindSchema = z.enum(TASK_KINDS);

export const IncidentTaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: TaskKindSchema,
  assignee: z.string().nullable(),
  dueAt: instantOut().nullable(),
  doneAt: instantOut().nullable(),
  createdAt: instantOut(),
});
export type IncidentTask = z.infer<typeof IncidentTaskSchema>;

export const IncidentTaskCreateSchema = z
  .object({
    title: title(),
    kind: TaskKindSchema.default('response'),
    assignee: TextSchema.trim().max(200).nullish(),
    dueAt: InstantSchema.nullish(),
  })
  .strict();

export const IncidentTaskUpdateSchema = z
  .object({
    title: title().optional(),
    assignee: TextSchema.trim().max(200).nullable().optional(),
    dueAt: InstantSchema.nullable().optional(),
    done: z.boolean().optional(),
  })
  .strict();

// NIS2 Art. 23(1): inform recipients of services of significant incidents likely to affect them;
// Art. 23(2): tell recipients potentially affected by a significant cyber threat what they can do.
// NL: Cbw art. 30. The register keeps the log that shows it was done, when, and what was said.
export const RECIPIENT_COMMUNICATION_KINDS = ['significant_incident', 'significant_cyber_threat'] as const;
export const COMMUNICATION_CHANNELS = ['email', 'website', 'letter', 'phone', 'in_person', 'portal', 'other'] as const;

export const RecipientCommunicationCreateSchema = z
  .object({
    kind: z.enum(RECIPIENT_COMMUNICATION_KINDS),
    communicatedAt: InstantSchema,
    /** Which recipients: a group or list, in words. */
    recipients: TextSchema.trim().min(1).max(1000),
    recipientCount: z.number().int().nonnegative().max(INTEGER_COLUMN_MAX).nullish(),
    channel: z.enum(COMMUNICATION_CHANNELS),
    /** What was said, including the measures or remedies recipients can take (Art. 23(2)). */
    message: TextSchema.trim().min(1).max(10_000),
  })
  .strict();

export const RecipientCommunicationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(RECIPIENT_COMMUNICATION_KINDS),
  communicatedAt: instantOut(),
  recipients: z.string(),
  recipientCount: z.number().int().nullable(),
  channel: z.enum(COMMUNICATION_CHANNELS),
  message: z.string(),
  recordedBy: z.string(),
  createdAt: instantOut(),
});
export type RecipientCommunication = z.infer<typeof RecipientCommunicationSchema>;

/** Contact details of the person responsible for the notification (Cbw art. 26, NL addition). */
export const ContactPersonSchema = z
  .object({
    name: TextSchema.trim().min(1).max(200),
    email: z.email().max(320),
    phone: z
      .string()
      .trim()
      .min(6)
      .max(40)
      .regex(pattern(/^[+0-9 ()-]+$/, 'phone'), 'may contain digits, spaces, +, ( ) and -'),
  })
  .strict();
export type ContactPerson = z.infer<typeof ContactPersonSchema>;

// Per organisation: which significance rules apply and how to warn about deadlines.
export const IncidentSettingsSchema = z.object({
  /** Impl. Reg. 2024/2690 Art. 1 entity type, or `other` (NIS2 Art. 23(3)). */
  significanceEntityType: SignificanceEntityTypeSchema,
  /**
   * The organisation provides a trust service. Each significant incident then says whether it affects the
   * provision of that service: only then is its notification due within 24 h (Cbw art. 27(2); NIS2
   * Art. 23(4) second subparagraph).
   */
  trustServiceProvider: z.boolean(),
  /** A critical entity with CER Art. 15 duties (Wwke). */
  criticalEntity: z.boolean(),
  contact: ContactPersonSchema.nullable(),
  /** Minutes before each deadline at which to remind, largest first; an overdue warning always follows. */
  reminderOffsetsMinutes: z.array(z.number().int().min(1).max(43_200)).max(6),
  /** Reminders are also POSTed here as JSON (chat, paging or ticketing tools). */
  webhookUrl: z.string().nullable(),
});
export type IncidentSettings = z.infer<typeof IncidentSettingsSchema>;

export const IncidentSettingsUpdateSchema = z
  .object({
    significanceEntityType: SignificanceEntityTypeSchema.optional(),
    trustServiceProvider: z.boolean().optional(),
    criticalEntity: z.boolean().optional(),
    contact: ContactPersonSchema.nullable().optional(),
    reminderOffsetsMinutes: z
      .array(z.number().int().min(1).max(43_200))
      .max(6)
      .transform((offsets) => [...new Set(offsets)].sort((a, b) => b - a))
      .optional(),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .check(storableText)
      .nullable()
      .optional(),
  })
  .strict();

export const DEFAULT_REMINDER_OFFSETS_MINUTES = [240, 60] as const;

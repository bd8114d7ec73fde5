// The authority's side (NIS2 Art. 23(5)-(6); Cbw arts. 26-29 and 36): received incident reports, their
// chain per incident with the entity's deadlines, the authority's own 24 h clock for initial feedback,
// acknowledgements and requests for an intermediate report (NIS2 Art. 23(4)(c)).
import { z } from 'zod';
import { DateTimeInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { PageQuerySchema, QueryBooleanSchema } from '../platform/audit.contracts.ts';
import { TrackedDeadlineSchema } from '../incidents/deadline-tracking.ts';
import { IncidentCategorySchema, InstantSchema } from '../incidents/incident.contracts.ts';
import { SEVERITIES, SupportRequestSchema } from '../incidents/report-content.contracts.ts';
import { ReportingStageSchema, ReportStageSchema, StageDeadlineSchema } from '../incidents/reporting-stages.ts';
import { SignificanceEntityTypeSchema } from '../incidents/significance-entity-types.ts';
import { CrossBorderAnswerSchema } from './cross-border.ts';

export const FEEDBACK_STATES = ['pending', 'overdue', 'given', 'given_late'] as const;

/** NIS2 Art. 23(5): initial feedback within 24 h of receiving the early warning, where possible. */
export const InitialFeedbackClockSchema = StageDeadlineSchema.extend({
  state: z.enum(FEEDBACK_STATES),
  givenAt: z.iso.datetime().nullable(),
});
export type InitialFeedbackClock = z.infer<typeof InitialFeedbackClockSchema>;

export const InboxReportSummarySchema = z.object({
  /** The submission id (= the entity's report id). */
  id: z.uuid(),
  authorityReference: z.string(),
  sender: z.object({
    orgId: z.uuid(),
    name: z.string(),
    sector: z.string().nullable(),
    entityType: SignificanceEntityTypeSchema,
  }),
  incident: z.object({ id: z.uuid(), reference: z.string(), title: z.string(), category: IncidentCategorySchema }),
  stage: ReportStageSchema,
  labelNl: z.string().nullable(),
  /**
   * NIS2 Art. 30; Cbw art. 33: a voluntary notification. It owes no deadline, and the authority may handle
   * mandatory reports first (Art. 30(2)).
   */
  voluntary: z.boolean(),
  version: z.number().int(),
  severity: z.enum(SEVERITIES).nullable(),
  /** T0 of the sender's reporting clock; null for a voluntary notification sent without one. */
  awareAt: z.iso.datetime().nullable(),
  submittedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  /** Only for early warnings: the authority's own clock. */
  initialFeedback: InitialFeedbackClockSchema.nullable(),
  /** Stages of this incident's chain that are late or were submitted late. */
  missedDeadlines: z.array(ReportingStageSchema),
  /**
   * NIS2 Art. 23(5); Cbw art. 36(1)-(2): the report asks for guidance or operational advice, or for
   * additional technical support. Shown first, so the CSIRT can answer it.
   */
  supportRequested: z.boolean(),
  /**
   * NIS2 Art. 23(1), (4)(a) and (6): the report's answer on (possible) cross-border impact, so the authority
   * can inform the other Member States and ENISA; null for a stage that does not ask (intermediate report).
   */
  crossBorder: CrossBorderAnswerSchema.nullable(),
  /** The Member States the report names as (possibly) affected (ISO 3166-1 alpha-2). */
  memberStatesAffected: z.array(z.string()),
});
export type InboxReportSummary = z.infer<typeof InboxReportSummarySchema>;

export const InboxAcknowledgementSchema = z.object({
  id: z.uuid(),
  message: z.string(),
  acknowledgedAt: z.iso.datetime(),
  acknowledgedBy: z.string(),
});
export type InboxAcknowledgement = z.infer<typeof InboxAcknowledgementSchema>;

export const IntermediateReportRequestSchema = z.object({
  id: z.uuid(),
  /** Null: asked without a time; the report is then owed without a deadline (Cbw art. 28 sets none). */
  dueAt: z.iso.datetime().nullable(),
  message: z.string(),
  requestedAt: z.iso.datetime(),
  requestedBy: z.string(),
});
export type IntermediateReportRequest = z.infer<typeof IntermediateReportRequestSchema>;

export const InboxReportDetailSchema = InboxReportSummarySchema.extend({
  /** The report exactly as received (validated against docs/report-schemas/<stage>.schema.json). */
  payload: z.record(z.string(), z.unknown()),
  /** The sender's audit hash for this report. */
  senderAuditHash: z.string().nullable(),
  chain: z.array(InboxReportSummarySchema),
  /** The entity's reporting clock as the authority can reconstruct it from the chain. */
  deadlines: z.array(TrackedDeadlineSchema),
  acknowledgements: z.array(InboxAcknowledgementSchema),
  intermediateReportRequests: z.array(IntermediateReportRequestSchema),
  /** The entity's request for guidance or support as sent (Cbw art. 36); null when the report makes none. */
  supportRequest: SupportRequestSchema.nullable(),
});
export type InboxReportDetail = z.infer<typeof InboxReportDetailSchema>;

export const InboxQuerySchema = PageQuerySchema.extend({
  sector: TextSchema.trim().max(100).optional(),
  stage: ReportStageSchema.optional(),
  /** `true`: only voluntary notifications (NIS2 Art. 30); `false`: only the mandatory reports. */
  voluntary: QueryBooleanSchema.optional(),
  category: IncidentCategorySchema.optional(),
  severity: z.enum(SEVERITIES).optional(),
  entityType: SignificanceEntityTypeSchema.optional(),
  /** `true`: only reports that ask for guidance or support (Cbw art. 36). */
  supportRequested: QueryBooleanSchema.optional(),
  /** NIS2 Art. 23(1), (6): reports by their answer on cross-border impact (`yes`: has or may have it). */
  crossBorder: CrossBorderAnswerSchema.optional(),
  /** `true`: early warnings still without initial feedback. */
  unacknowledged: QueryBooleanSchema.optional(),
  from: DateTimeInputSchema.optional(),
  to: DateTimeInputSchema.optional(),
});
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

export const AcknowledgementCreateSchema = z
  .object({
    /**
     * Initial feedback and, where asked, guidance or operational advice (NIS2 Art. 23(5); Cbw art. 36); also
     * on a voluntary notification, which the CSIRT processes under the art. 36 procedure (Cbw art. 33(2)).
     */
    message: TextSchema.trim().min(1).max(10_000),
  })
  .strict();

export const IntermediateReportRequestCreateSchema = z
  .object({
    /** The time by which the report is wanted; may be left out (Cbw art. 28 sets no period). */
    dueAt: InstantSchema.nullish(),
    message: TextSchema.trim().min(1).max(10_000),
  })
  .strict();

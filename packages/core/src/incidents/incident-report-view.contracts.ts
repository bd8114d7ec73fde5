// How the entity sees its reports, their delivery (outbox, receipt) and the authority's feedback,
// and the reporting clock per incident and across incidents (countdown dashboard).
import { z } from 'zod';
import { OutboxEntrySchema, SubmissionRecipientSchema } from '../delivery/submission.contracts.ts';
import { TrackedDeadlineSchema } from './deadline-tracking.ts';
import { IncidentStatusSchema } from './incident-workflow.ts';
import { ReportStageSchema } from './reporting-stages.ts';

export const ReportFeedbackSchema = z.object({
  id: z.uuid(),
  /** NIS2 Art. 23(5) initial feedback, or an NIS2 Art. 23(4)(c) request for an intermediate report. */
  kind: z.enum(['acknowledgement', 'intermediate_report_request']),
  occurredAt: z.iso.datetime(),
  dueAt: z.iso.datetime().nullable(),
  message: z.string().nullable(),
});
export type ReportFeedback = z.infer<typeof ReportFeedbackSchema>;

export const IncidentReportViewSchema = z.object({
  id: z.uuid(),
  stage: ReportStageSchema,
  labelNl: z.string().nullable(),
  labelEn: z.string(),
  version: z.number().int(),
  supersedesReportId: z.uuid().nullable(),
  submittedAt: z.iso.datetime(),
  submittedBy: z.string(),
  auditHash: z.string(),
  payloadDigest: z.string(),
  /** Exactly what the authority receives (the JSON Schema per stage is in docs/report-schemas/). */
  payload: z.record(z.string(), z.unknown()),
  /**
   * The delivery to the CSIRT (or, for a report that goes only to the competent authority, to it): pending
   * with its last error, delivered with the signed receipt, or failed. Every recipient's is in `deliveries`.
   */
  delivery: OutboxEntrySchema.nullable(),
  /** One delivery per recipient, each with its own receipt (Cbw arts. 26(1), 27(1), 29(1): CSIRT and competent authority). */
  deliveries: z.array(OutboxEntrySchema),
  /** Who the report is for, and the article that says so. */
  recipients: z.object({ recipients: z.array(SubmissionRecipientSchema), source: z.string() }),
  feedback: z.array(ReportFeedbackSchema),
});
export type IncidentReportView = z.infer<typeof IncidentReportViewSchema>;

export const ReportDraftSchema = z.object({
  stage: ReportStageSchema,
  /** Pre-filled from the register; to be checked and completed before submitting. */
  content: z.record(z.string(), z.unknown()),
  /** The latest submitted version of this stage, which a new submission corrects. */
  previous: z.object({ id: z.uuid(), version: z.number().int() }).nullable(),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;

export const IncidentDeadlinesSchema = z.object({
  /** The server's time, so a countdown does not depend on the viewer's clock. */
  now: z.iso.datetime(),
  /** Null until a significance decision starts the clock. */
  rulesVersion: z.string().nullable(),
  awareAt: z.iso.datetime().nullable(),
  stages: z.array(TrackedDeadlineSchema),
});
export type IncidentDeadlines = z.infer<typeof IncidentDeadlinesSchema>;

export const DeadlineDashboardItemSchema = TrackedDeadlineSchema.extend({
  incidentId: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: IncidentStatusSchema,
});
export type DeadlineDashboardItem = z.infer<typeof DeadlineDashboardItemSchema>;

export const DeadlineDashboardSchema = z.object({
  now: z.iso.datetime(),
  /** Every report still owed (or possibly owed) across incidents, the most urgent first. */
  items: z.array(DeadlineDashboardItemSchema),
});
export type DeadlineDashboard = z.infer<typeof DeadlineDashboardSchema>;

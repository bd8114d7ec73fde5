// Campaigns across entities (issue 15 item 2): an indicator of compromise that two or more different
// entities reported to this authority (NIS2 Art. 23(4)(b); Cbw art. 27(1)(c)), the reports that name it,
// and the analyst's case that merges linked reports with a timeline.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { PageQuerySchema } from '../platform/audit.contracts.ts';
import { IncidentCategorySchema } from '../incidents/incident.contracts.ts';
import { ObservableTypeSchema } from '../incidents/observables.ts';
import { ReportStageSchema } from '../incidents/reporting-stages.ts';

export const CampaignSummarySchema = z.object({
  id: z.uuid(),
  indicator: z.object({ type: ObservableTypeSchema, value: z.string() }),
  /** How many different entities reported the indicator (at least two). */
  entityCount: z.number().int(),
  reportCount: z.number().int(),
  /** When the first and the latest report naming it was received. */
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  detectedAt: z.iso.datetime(),
});
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;

/** A received report as a campaign or case lists it: enough to recognise it, the inbox has the rest. */
export const LinkedReportSchema = z.object({
  /** The submission id, as in the inbox. */
  id: z.uuid(),
  authorityReference: z.string(),
  sender: z.object({ orgId: z.uuid(), name: z.string(), sector: z.string().nullable() }),
  incident: z.object({ reference: z.string(), title: z.string(), category: IncidentCategorySchema }),
  stage: ReportStageSchema,
  receivedAt: z.iso.datetime(),
});
export type LinkedReport = z.infer<typeof LinkedReportSchema>;

export const CampaignDetailSchema = CampaignSummarySchema.extend({
  reports: z.array(LinkedReportSchema),
  /** The cases that already hold one of these reports. */
  cases: z.array(z.object({ id: z.uuid(), title: z.string() })),
});
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>;

export const CampaignQuerySchema = PageQuerySchema.extend({
  type: ObservableTypeSchema.optional(),
});
export type CampaignQuery = z.infer<typeof CampaignQuerySchema>;

export const CASE_ENTRY_KINDS = ['report_added', 'report_removed', 'note', 'decision'] as const;
export const CaseEntryKindSchema = z.enum(CASE_ENTRY_KINDS);
/** What an analyst writes on a case's timeline. */
export const CASE_NOTE_KINDS = ['note', 'decision'] as const;

export const CaseTimelineEntrySchema = z.object({
  /** Case entries have an id; a report's receipt on the timeline has the report's id. */
  id: z.uuid(),
  kind: z.enum([...CASE_ENTRY_KINDS, 'report_received']),
  at: z.iso.datetime(),
  text: z.string().nullable(),
  /** Who wrote or changed it; null for a receipt. */
  by: z.string().nullable(),
  report: z.object({ id: z.uuid(), authorityReference: z.string(), senderName: z.string() }).nullable(),
});
export type CaseTimelineEntry = z.infer<typeof CaseTimelineEntrySchema>;

export const CampaignCaseSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  reportCount: z.number().int(),
  entityCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CampaignCaseSummary = z.infer<typeof CampaignCaseSummarySchema>;

export const CampaignCaseSchema = CampaignCaseSummarySchema.extend({
  reports: z.array(LinkedReportSchema),
  /** Oldest first: reports received, reports added and removed, notes and decisions. */
  timeline: z.array(CaseTimelineEntrySchema),
});
export type CampaignCase = z.infer<typeof CampaignCaseSchema>;

export const CampaignCaseCreateSchema = z
  .object({
    title: TextSchema.trim().min(1).max(200),
    /** The received reports to merge (submission ids); at least one. */
    reportIds: z.array(z.uuid()).min(1).max(500),
  })
  .strict();
export type CampaignCaseCreate = z.infer<typeof CampaignCaseCreateSchema>;

export const CaseReportAddSchema = z.object({ reportId: z.uuid() }).strict();

export const CaseEntryCreateSchema = z
  .object({
    kind: z.enum(CASE_NOTE_KINDS),
    text: TextSchema.trim().min(1).max(10_000),
  })
  .strict();
export type CaseEntryCreate = z.infer<typeof CaseEntryCreateSchema>;

// A report as it travels from the entity to the authority: an envelope (who sends it, about which
// incident, which stage and version, the audit hash that records it) around the stage's content
// (report-content.contracts.ts). Submitted reports are immutable; a correction is a new version that
// names the one it supersedes. The JSON Schema of each stage is published in docs/report-schemas/.
import { z } from 'zod';
import { INTEGER_COLUMN_MAX, TextSchema, withinDateRange } from '../platform/input.contracts.ts';
import { Sha256HexSchema } from '../platform/digest.contracts.ts';
import { KvkNumberSchema } from '../platform/organisation.contracts.ts';
import { SignificanceEntityTypeSchema } from './significance-entity-types.ts';
import { IncidentCategorySchema } from './incident.contracts.ts';
import { REPORT_CONTENT_READ_SCHEMAS, REPORT_CONTENT_SCHEMAS } from './report-content.contracts.ts';
import type { ReportingStage, ReportStage } from './reporting-stages.ts';
import { rule, validationOf } from '../platform/validation-codes.ts';

export const INCIDENT_REPORT_KIND = 'incident-report' as const;

/** Stages under CER Art. 15 (critical entities), as opposed to NIS2 Art. 23. */
export const CER_STAGES = ['cer_initial', 'cer_detailed'] as const satisfies readonly ReportingStage[];
/**
 * The version a report is sent with today. Version 2 added the cross-border "none available" answer
 * (Cbw art. 27(1)(d); CER Art. 15(2)), the progress report's "nog niet bekend" per point (Cbw art. 29(2)),
 * the draft Cyberbeveiligingsbesluit's early-warning items and the support request (Cbw art. 36). Reports
 * are immutable, so a version 1 report (stored, or still in an outbox) stays valid as it was sent.
 */
export const INCIDENT_REPORT_SCHEMA_VERSION = '2';
export const INCIDENT_REPORT_SCHEMA_VERSIONS = ['1', '2'] as const;

/** What the handler submits: the stage's content, and optionally a client-generated report id. */
function submissionFor<S extends ReportStage>(stage: S) {
  return z
    .object({
      stage: z.literal(stage),
      /** Client-generated id: submitting the same id again returns the first report, never a second. */
      reportId: z.uuid().optional(),
      content: REPORT_CONTENT_SCHEMAS[stage],
    })
    .strict();
}

export const ReportSubmissionSchema = z.discriminatedUnion('stage', [
  submissionFor('early_warning'),
  submissionFor('notification'),
  submissionFor('intermediate_report'),
  submissionFor('final_report'),
  submissionFor('progress_report'),
  submissionFor('cer_initial'),
  submissionFor('cer_detailed'),
  submissionFor('voluntary_notification'),
]);
export type ReportSubmission = z.infer<typeof ReportSubmissionSchema>;

/** Instants in a report are UTC (`Z`), as the sender's database gives them. */
const instant = () => z.iso.datetime().check(withinDateRange);
const criteria = () => z.array(z.object({ id: TextSchema, article: TextSchema }).strict());

export const ReportSenderSchema = z
  .object({
    organisationName: TextSchema.min(1).max(200),
    kvkNumber: KvkNumberSchema.nullable(),
    sector: TextSchema.max(100).nullable(),
    /** Which significance criteria apply (Impl. Reg. 2024/2690 Art. 1, or `other`). */
    entityType: SignificanceEntityTypeSchema,
    trustServiceProvider: z.boolean(),
    criticalEntity: z.boolean(),
  })
  .strict();

export const ReportedIncidentSchema = z
  .object({
    /** The sender's incident id: all reports about one incident share it (the chain). */
    id: z.uuid(),
    reference: TextSchema.min(1).max(50),
    title: TextSchema.min(1).max(200),
    category: IncidentCategorySchema,
    detectedAt: instant(),
    /** T0 of the reporting clock (NIS2 Art. 23(4)(a)). */
    awareAt: instant(),
    startedAt: instant().nullable(),
    /**
     * Cbw art. 27(2): for a trust service provider, whether this incident affects the provision of the
     * trust service (24 h notification if so, 72 h if not); null when not said or not a TSP. Optional so
     * that reports from senders without this field are still accepted.
     */
    affectsTrustService: z.boolean().nullable().optional(),
    significance: z
      .object({
        outcome: z.enum(['significant', 'not_significant']),
        criteriaMet: criteria(),
      })
      .strict(),
  })
  .strict();

/**
 * The incident as a voluntary notification reports it (NIS2 Art. 30; Cbw art. 33): it may be sent before
 * any significance decision, or after one that found the incident not significant, so there is no T0
 * (`awareAt` null unless a decision set one) and the outcome may still be `undecided`.
 */
export const VoluntaryReportedIncidentSchema = ReportedIncidentSchema.extend({
  awareAt: instant().nullable(),
  significance: z
    .object({
      outcome: z.enum(['not_significant', 'undecided']),
      criteriaMet: criteria(),
    })
    .strict(),
}).strict();

type IncidentSchemaFor<S extends ReportStage> = S extends 'voluntary_notification'
  ? typeof VoluntaryReportedIncidentSchema
  : typeof ReportedIncidentSchema;
const incidentSchemaFor = <S extends ReportStage>(stage: S) =>
  (stage === 'voluntary_notification'
    ? VoluntaryReportedIncidentSchema
    : ReportedIncidentSchema) as IncidentSchemaFor<S>;

function payloadFor<S extends ReportStage>(stage: S) {
  return z
    .object({
      schemaVersion: z.enum(INCIDENT_REPORT_SCHEMA_VERSIONS),
      reportId: z.uuid(),
      stage: z.literal(stage),
      /** 1 for the first report of this stage; a correction is the next number. */
      version: z.number().int().min(1).max(INTEGER_COLUMN_MAX),
      supersedesReportId: z.uuid().nullable(),
      submittedAt: instant(),
      sender: ReportSenderSchema,
      incident: incidentSchemaFor(stage),
      /** Version 1 or 2 content; a version 2 report must also pass the version 2 checks (below). */
      content: REPORT_CONTENT_READ_SCHEMAS[stage],
      /** sha256 of the sender's audit event that records this submission (hash-chained trail). */
      auditHash: Sha256HexSchema,
    })
    .strict()
    .superRefine((payload, ctx) => {
      if (payload.schemaVersion !== INCIDENT_REPORT_SCHEMA_VERSION) return;
      const current = (REPORT_CONTENT_SCHEMAS[stage] as z.ZodType).safeParse((payload as { content: unknown }).content);
      for (const issue of current.error?.issues ?? []) {
        const { code, params } = validationOf(issue);
        ctx.addIssue({ code: 'custom', path: ['content', ...issue.path], ...rule(code, issue.message, params) });
      }
    });
}

export const REPORT_PAYLOAD_SCHEMAS = {
  early_warning: payloadFor('early_warning'),
  notification: payloadFor('notification'),
  intermediate_report: payloadFor('intermediate_report'),
  final_report: payloadFor('final_report'),
  progress_report: payloadFor('progress_report'),
  cer_initial: payloadFor('cer_initial'),
  cer_detailed: payloadFor('cer_detailed'),
  voluntary_notification: payloadFor('voluntary_notification'),
} as const;

export const IncidentReportPayloadSchema = z.discriminatedUnion('stage', [
  REPORT_PAYLOAD_SCHEMAS.early_warning,
  REPORT_PAYLOAD_SCHEMAS.notification,
  REPORT_PAYLOAD_SCHEMAS.intermediate_report,
  REPORT_PAYLOAD_SCHEMAS.final_report,
  REPORT_PAYLOAD_SCHEMAS.progress_report,
  REPORT_PAYLOAD_SCHEMAS.cer_initial,
  REPORT_PAYLOAD_SCHEMAS.cer_detailed,
  REPORT_PAYLOAD_SCHEMAS.voluntary_notification,
]);
export type IncidentReportPayload = z.infer<typeof IncidentReportPayloadSchema>;

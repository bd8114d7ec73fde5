// The stages of the incident reporting clock, with their legal source and labels. Dutch labels are the
// glossary's (docs: nis2-cer-reference §7); the glossary has no term for the CER stages and the authority's
// feedback, so those take the words of the Dutch text of the directive itself (CER Art. 15(1): "een eerste
// kennisgeving", "een gedetailleerd verslag"; NIS2 Art. 23(5): "eerste feedback"). Every stage has a Dutch
// label: a Dutch screen never falls back to the English one.
import { z } from 'zod';

// Version of the deadline and significance rules. A stored deadline set or assessment records it, so
// a later correction of a rule can be detected and the computation re-run.
// Format: <date of the legal text the rules follow>.<revision>; the date is the Cbw's entry into force.
// .2: Art. 4 recurrence counted from the register; malicious access (Art. 3(1)(e)) and a malicious cause of a
// data compromise (Arts. 7-13(c)) are separate facts. Decisions stored under .1 keep their own version.
// .3: deadlines per incident: the trust-service 24 h only for incidents that affect the trust service (Cbw
// art. 27(2)), the CER detailed report counted from the initial notification (CER Art. 15(1)), an intermediate
// report requested without a due time still tracked.
export const INCIDENT_RULES_VERSION = '2026-08-15.3';

export const REPORTING_STAGES = [
  'early_warning',
  'notification',
  'intermediate_report',
  'final_report',
  'progress_report',
  'cer_initial',
  'cer_detailed',
] as const;
export const ReportingStageSchema = z.enum(REPORTING_STAGES);
export type ReportingStage = z.infer<typeof ReportingStageSchema>;

/**
 * NIS2 Art. 30(1); Cbw art. 33: a voluntary notification ("vrijwillige melding") of an incident, a cyber
 * threat or a near miss. It is a report like the others (same envelope, delivery and inbox) but owes no
 * deadline: Art. 30(2) says it creates no additional obligations for the notifier, so it is not one of
 * the clock's REPORTING_STAGES and never appears as pending or overdue.
 */
export const VOLUNTARY_STAGE = 'voluntary_notification' as const;
/** Every stage a report can have: the clock's stages plus the voluntary notification. */
export const REPORT_STAGES = [...REPORTING_STAGES, VOLUNTARY_STAGE] as const;
export const ReportStageSchema = z.enum(REPORT_STAGES);
export type ReportStage = z.infer<typeof ReportStageSchema>;
export const isVoluntaryStage = (stage: string): stage is typeof VOLUNTARY_STAGE => stage === VOLUNTARY_STAGE;

/** Stages the authority's side owes (NIS2 Art. 23(5)). */
export const AUTHORITY_STAGES = ['initial_feedback'] as const;
export const DeadlineStageSchema = z.enum([...REPORTING_STAGES, ...AUTHORITY_STAGES]);
export type DeadlineStage = z.infer<typeof DeadlineStageSchema>;

export interface StageDefinition {
  labelNl: string;
  labelEn: string;
  source: string;
}

export const STAGE_DEFINITIONS: Readonly<Record<DeadlineStage | ReportStage, StageDefinition>> = {
  early_warning: {
    labelNl: 'vroegtijdige waarschuwing',
    labelEn: 'early warning',
    source: 'NIS2 Art. 23(4)(a); Cbw art. 26',
  },
  notification: {
    labelNl: 'incidentmelding',
    labelEn: 'incident notification',
    source: 'NIS2 Art. 23(4)(b); Cbw art. 27(1)',
  },
  intermediate_report: {
    labelNl: 'tussentijds verslag',
    labelEn: 'intermediate report',
    source: 'NIS2 Art. 23(4)(c); Cbw art. 28',
  },
  final_report: { labelNl: 'eindverslag', labelEn: 'final report', source: 'NIS2 Art. 23(4)(d); Cbw art. 29(1)' },
  progress_report: {
    labelNl: 'voortgangsverslag',
    labelEn: 'progress report',
    source: 'NIS2 Art. 23(4)(e); Cbw art. 29(2)',
  },
  cer_initial: {
    labelNl: 'eerste kennisgeving (CER)',
    labelEn: 'initial notification (CER)',
    source: 'CER Art. 15(1)',
  },
  cer_detailed: { labelNl: 'gedetailleerd verslag (CER)', labelEn: 'detailed report (CER)', source: 'CER Art. 15(1)' },
  initial_feedback: { labelNl: 'eerste feedback', labelEn: 'initial feedback', source: 'NIS2 Art. 23(5); Cbw art. 36' },
  voluntary_notification: {
    labelNl: 'vrijwillige melding',
    labelEn: 'voluntary notification',
    source: 'NIS2 Art. 30; Cbw art. 33',
  },
};

// NIS2 Art. 23(4), second subparagraph; Cbw art. 27(2): trust service providers notify within 24 h.
export const TRUST_SERVICE_NOTIFICATION_SOURCE = 'NIS2 Art. 23(4), second subparagraph; Cbw art. 27(2)';
// NIS2 Art. 23(4)(e); Cbw art. 29(2): after a progress report, the final report is due one month after handling.
export const FINAL_AFTER_PROGRESS_SOURCE = 'NIS2 Art. 23(4)(e); Cbw art. 29(2)';

export const STAGE_STATUSES = ['due', 'conditional', 'awaiting_input', 'not_applicable'] as const;
export const StageStatusSchema = z.enum(STAGE_STATUSES);
export type StageStatus = z.infer<typeof StageStatusSchema>;

export const ANCHOR_KINDS = [
  'aware_at',
  'notified_at',
  'handled_at',
  'authority_request',
  'early_warning_received_at',
  'cer_notified_at',
] as const;
export const AnchorKindSchema = z.enum(ANCHOR_KINDS);
export type AnchorKind = z.infer<typeof AnchorKindSchema>;

const IsoInstantSchema = z.iso.datetime();

export const StageDeadlineSchema = z.object({
  stage: DeadlineStageSchema,
  labelNl: z.string().nullable(),
  labelEn: z.string(),
  /** Article(s) the deadline comes from. */
  source: z.string(),
  /** `best_effort` where the law says "where possible" (NIS2 Art. 23(5)). */
  obligation: z.enum(['mandatory', 'best_effort']),
  /**
   * `due`: the deadline applies; `conditional`: it applies only if a stated condition holds (a progress
   * report while the incident is ongoing); `awaiting_input`: not computable until `awaiting` is known;
   * `not_applicable`: the stage does not apply to this entity or incident.
   */
  status: StageStatusSchema,
  anchor: AnchorKindSchema.nullable(),
  anchorAt: IsoInstantSchema.nullable(),
  /** ISO 8601 duration of the period: `PT24H`, `PT72H` or `P1M`; null when the authority sets the time. */
  period: z.enum(['PT24H', 'PT72H', 'P1M']).nullable(),
  /** Strict deadline (UTC). Null when not applicable or not yet computable. */
  deadline: IsoInstantSchema.nullable(),
  /** End of the period as the law counts it, when later than `deadline` (periods in months only). */
  legalEnd: IsoInstantSchema.nullable(),
  /**
   * The input still needed to compute the deadline (or, for `affectsTrustService`, to know whether the
   * strict 24 h shown is the one that applies).
   */
  awaiting: z.enum(['notifiedAt', 'intermediateReportDueAt', 'cerNotifiedAt', 'affectsTrustService']).nullable(),
  /** The reading applied, in one sentence. */
  reading: z.string().nullable(),
});
export type StageDeadline = z.infer<typeof StageDeadlineSchema>;

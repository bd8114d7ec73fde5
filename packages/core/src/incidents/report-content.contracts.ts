// What each report to the CSIRT / competent authority contains: exactly the content NIS2 Art. 23(4)
// and the Cbw (arts. 26-29) ask per stage, and CER Art. 15(1)-(2) for critical entities. Reference:
// nis2-cer-reference.md §4.2 and §5.4. Every field cites the provision that asks for it; fields the law
// does not ask for are marked voluntary.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { AFFECTED_AREAS } from './incident-impact.ts';
import { ContactPersonSchema } from './incident.contracts.ts';
import { ReportedIndicatorSchema } from './observables.ts';

/** The law asks "whether" something is suspected or possible; "not yet known" is an honest answer. */
export const AnswerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof AnswerSchema>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);

const text = (max = 10_000) => TextSchema.trim().min(1).max(max);
const optionalText = (max = 10_000) => TextSchema.trim().max(max).nullable();
const countryCodes = () =>
  z
    .array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE'))
    .max(30)
    .describe('Member States (possibly) affected, ISO 3166-1 alpha-2');

export const EarlyWarningContentSchema = z
  .object({
    /** NIS2 Art. 23(4)(a); Cbw art. 26: whether the incident is suspected of being caused by unlawful or malicious acts. */
    suspectedUnlawfulOrMalicious: AnswerSchema.describe('NIS2 Art. 23(4)(a): suspected unlawful or malicious cause'),
    /** NIS2 Art. 23(4)(a); Cbw art. 26: whether it could have a cross-border impact. */
    crossBorderImpactPossible: AnswerSchema.describe('NIS2 Art. 23(4)(a): possible cross-border impact'),
    /** Cbw art. 26 (NL addition): contact details of the official responsible for the notification. */
    contact: ContactPersonSchema.describe('Cbw art. 26: contact details of the responsible official'),
    /** Voluntary: a short description helps the CSIRT give initial feedback (NIS2 Art. 23(5)). */
    summary: optionalText(4000).optional().describe('Voluntary: short description'),
  })
  .strict();

export const NotificationContentSchema = z
  .object({
    /** NIS2 Art. 23(4)(b): "update the information referred to in point (a)". */
    suspectedUnlawfulOrMalicious: AnswerSchema.describe(
      'NIS2 Art. 23(4)(b) updating (a): suspected unlawful or malicious cause',
    ),
    crossBorderImpactPossible: AnswerSchema.describe('NIS2 Art. 23(4)(b) updating (a): possible cross-border impact'),
    contact: ContactPersonSchema.describe('Cbw art. 26-27: contact details of the responsible official'),
    /** NIS2 Art. 23(4)(b); Cbw art. 27(1): an initial assessment, including its severity and impact. */
    initialAssessment: z
      .object({
        severity: SeveritySchema,
        impact: text().describe('Impact on services, users and others'),
      })
      .strict()
      .describe('NIS2 Art. 23(4)(b): initial assessment incl. severity and impact'),
    /** NIS2 Art. 23(4)(b): indicators of compromise, where available (may be empty). */
    indicatorsOfCompromise: z
      .array(ReportedIndicatorSchema)
      .max(1000)
      .describe('NIS2 Art. 23(4)(b): indicators of compromise where available'),
    /** Cbw art. 27(1) (NL addition): all available information to assess cross-border impact. */
    crossBorderInformation: optionalText().describe('Cbw art. 27(1): information to assess cross-border impact'),
    memberStatesAffected: countryCodes().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.crossBorderImpactPossible === 'yes' && !c.crossBorderInformation) {
      ctx.addIssue({
        code: 'custom',
        path: ['crossBorderInformation'],
        message: 'is required when cross-border impact is possible (Cbw art. 27(1))',
      });
    }
  });

export const IntermediateReportContentSchema = z
  .object({
    /** NIS2 Art. 23(4)(c); Cbw art. 28: relevant status updates, on request of the CSIRT or authority. */
    statusUpdate: text().describe('NIS2 Art. 23(4)(c): relevant status updates'),
    /** The authority's request this answers, if it gave a reference. */
    requestReference: optionalText(200).optional(),
  })
  .strict();

/** NIS2 Art. 23(4)(d)(i)-(iv); Cbw art. 29(1). */
const finalReportShape = {
  /** (i) a detailed description of the incident, including its severity and impact. */
  description: text().describe('NIS2 Art. 23(4)(d)(i): detailed description'),
  severity: SeveritySchema.describe('NIS2 Art. 23(4)(d)(i): severity'),
  impact: text().describe('NIS2 Art. 23(4)(d)(i): impact'),
  /** (ii) the type of threat or root cause that is likely to have triggered the incident. */
  threatTypeOrRootCause: text().describe('NIS2 Art. 23(4)(d)(ii): type of threat or likely root cause'),
  /** (iii) applied and ongoing mitigation measures. */
  mitigationMeasures: z
    .object({ applied: text(), ongoing: optionalText() })
    .strict()
    .describe('NIS2 Art. 23(4)(d)(iii): applied and ongoing mitigation measures'),
  /** (iv) where applicable, the cross-border impact of the incident. */
  crossBorderImpact: optionalText().describe('NIS2 Art. 23(4)(d)(iv): cross-border impact, where applicable'),
  memberStatesAffected: countryCodes().optional(),
};

export const FinalReportContentSchema = z.object(finalReportShape).strict();

/**
 * NIS2 Art. 23(4)(e); Cbw art. 29(2): when the incident is still ongoing at the final report's deadline,
 * a progress report on the same aspects "so far as known": only the description is required, and null
 * says "not yet known".
 */
export const ProgressReportContentSchema = z
  .object({
    description: finalReportShape.description,
    severity: SeveritySchema.nullable(),
    impact: optionalText(),
    threatTypeOrRootCause: optionalText(),
    mitigationMeasures: z.object({ applied: optionalText(), ongoing: optionalText() }).strict(),
    crossBorderImpact: optionalText(),
    memberStatesAffected: countryCodes().optional(),
  })
  .strict();

/**
 * CER Art. 15(1)-(2) (NL: Wwke): all available information on the nature, cause and possible
 * consequences of the incident, including cross-border impact, with the Art. 15(1) parameters.
 * The same content for the initial notification and the detailed report (which has more of it known).
 */
export const CerReportContentSchema = z
  .object({
    nature: text().describe('CER Art. 15(2): nature of the incident'),
    cause: optionalText().describe('CER Art. 15(2): cause, if known'),
    possibleConsequences: text().describe('CER Art. 15(2): possible consequences'),
    crossBorderImpact: AnswerSchema.describe('CER Art. 15(2): cross-border impact'),
    memberStatesAffected: countryCodes().optional(),
    /** CER Art. 15(1)(a)-(c): the parameters that decide significance. */
    parameters: z
      .object({
        usersAffected: z.number().int().nonnegative().nullable(),
        shareAffectedPercent: z.number().min(0).max(100).nullable(),
        durationMinutes: z.number().nonnegative().nullable(),
        affectedArea: z.enum(AFFECTED_AREAS).nullable(),
        isolatedAreaAffected: z.boolean().nullable(),
      })
      .strict(),
  })
  .strict();

/** NIS2 Art. 30(1): what a voluntary notification may be about (glossary: nis2-cer-reference §7). */
export const VOLUNTARY_SUBJECTS = ['incident', 'cyber_threat', 'near_miss'] as const;
export const VoluntarySubjectSchema = z.enum(VOLUNTARY_SUBJECTS);
export type VoluntarySubject = z.infer<typeof VoluntarySubjectSchema>;

/**
 * NIS2 Art. 30; Cbw art. 33: a voluntary notification. Art. 30 names no content; Art. 30(2) has it processed
 * "in accordance with the procedure laid down in Article 23", so it asks what the early warning and the
 * notification ask (Art. 23(4)(a)-(b)), about an incident (Art. 6(6)), a cyber threat (Art. 6(10)) or a
 * near miss (Art. 6(5)).
 */
export const VoluntaryNotificationContentSchema = z
  .object({
    /** NIS2 Art. 30(1)(a)-(b): incidents, cyber threats and near misses may be notified voluntarily. */
    subject: VoluntarySubjectSchema.describe('NIS2 Art. 30(1): incident, cyber threat or near miss'),
    description: text().describe('NIS2 Art. 30(1): what happened or threatens'),
    suspectedUnlawfulOrMalicious: AnswerSchema.describe(
      'NIS2 Art. 30(2) with Art. 23(4)(a): suspected unlawful or malicious cause',
    ),
    crossBorderImpactPossible: AnswerSchema.describe(
      'NIS2 Art. 30(2) with Art. 23(4)(a): possible cross-border impact',
    ),
    indicatorsOfCompromise: z
      .array(ReportedIndicatorSchema)
      .max(1000)
      .describe('NIS2 Art. 30(2) with Art. 23(4)(b): indicators of compromise where available'),
    contact: ContactPersonSchema.describe('Cbw art. 33 with art. 26: contact details of the responsible official'),
  })
  .strict();

export const REPORT_CONTENT_SCHEMAS = {
  early_warning: EarlyWarningContentSchema,
  notification: NotificationContentSchema,
  intermediate_report: IntermediateReportContentSchema,
  final_report: FinalReportContentSchema,
  progress_report: ProgressReportContentSchema,
  cer_initial: CerReportContentSchema,
  cer_detailed: CerReportContentSchema,
  voluntary_notification: VoluntaryNotificationContentSchema,
} as const;

export type EarlyWarningContent = z.infer<typeof EarlyWarningContentSchema>;
export type NotificationContent = z.infer<typeof NotificationContentSchema>;
export type IntermediateReportContent = z.infer<typeof IntermediateReportContentSchema>;
export type FinalReportContent = z.infer<typeof FinalReportContentSchema>;
export type ProgressReportContent = z.infer<typeof ProgressReportContentSchema>;
export type CerReportContent = z.infer<typeof CerReportContentSchema>;
export type VoluntaryNotificationContent = z.infer<typeof VoluntaryNotificationContentSchema>;

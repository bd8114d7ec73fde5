// What each report to the CSIRT / competent authority contains: exactly the content NIS2 Art. 23(4)
// and the Cbw (arts. 26-29) ask per stage, and CER Art. 15(1)-(2) for critical entities. Reference:
// nis2-cer-reference.md §4.2 and §5.4. Every field cites the provision that asks for it; fields the law
// does not ask for are marked voluntary.
//
// Two readings of each stage: the content a report is submitted with today (REPORT_CONTENT_SCHEMAS, with the
// checks of content schema version 2) and the content a stored or received report may hold
// (REPORT_CONTENT_READ_SCHEMAS): reports are immutable once sent, so a report sent under version 1 (before
// the fields and checks marked "v2" existed) must still be read, shown and accepted on intake.
import { z } from 'zod';
import { ReportRootCauseSchema } from './report-root-cause.ts';
import { TextSchema } from '../platform/input.contracts.ts';
import { AFFECTED_AREAS } from './incident-impact.ts';
import { ContactPersonSchema } from './incident.contracts.ts';
import { ReportedIndicatorSchema } from './observables.ts';
import { pattern, rule } from '../platform/validation-codes.ts';

/** The law asks "whether" something is suspected or possible; "not yet known" is an honest answer. */
export const AnswerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof AnswerSchema>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);

const text = (max = 10_000) => TextSchema.trim().min(1).max(max);
const optionalText = (max = 10_000) => TextSchema.trim().max(max).nullable();
const countryCodes = () =>
  z
    .array(z.string().regex(pattern(/^[A-Z]{2}$/, 'country_code'), 'must be an ISO 3166-1 alpha-2 code such as DE'))
    .max(30)
    .describe('Member States (possibly) affected, ISO 3166-1 alpha-2');

/**
 * NIS2 Art. 23(5); Cbw art. 36(1)-(2): the CSIRT gives, "op verzoek van de entiteit, richtsnoeren of operationeel
 * advies voor de uitvoering van mogelijke risicobeperkende maatregelen" and "aanvullende technische
 * ondersteuning indien de betrokken entiteit daar om verzoekt". The law leaves how to ask open; this is the
 * entity's request, sent with any report (v2; optional, as the request itself is).
 */
export const SupportRequestSchema = z
  .object({
    /** Cbw art. 36(1): guidance or operational advice on possible mitigation measures. */
    guidance: z.boolean().describe('Cbw art. 36(1); NIS2 Art. 23(5): asks for guidance or operational advice'),
    /** Cbw art. 36(2): additional technical support. */
    technicalSupport: z.boolean().describe('Cbw art. 36(2); NIS2 Art. 23(5): asks for additional technical support'),
    /** What the entity needs, in its own words. */
    note: optionalText(2000),
  })
  .strict()
  .describe('Cbw art. 36; NIS2 Art. 23(5): request for guidance or support (v2, optional)');
export type SupportRequest = z.infer<typeof SupportRequestSchema>;

/** A request that asks for nothing is no request: at least one of the two must be ticked. */
function checkSupportRequest(content: { supportRequest?: SupportRequest | undefined }, ctx: z.RefinementCtx): void {
  const r = content.supportRequest;
  if (r && !r.guidance && !r.technicalSupport) {
    ctx.addIssue({
      code: 'custom',
      path: ['supportRequest'],
      ...rule(
        'support_request_empty',
        'ask for guidance, technical support or both, or leave the request out (Cbw art. 36)',
      ),
    });
  }
}

const supportRequest = () => SupportRequestSchema.optional();

/**
 * NIS2 Art. 23(1); Cbw art. 27(1)(d) and CER Art. 15(2): "alle beschikbare informatie" to determine any
 * cross-border impact. Asked in every such report, not only when the answer on possible impact is "yes": the
 * entity gives the information or says explicitly that none is available (v2). Not both.
 */
function checkCrossBorderInformation(
  content: {
    crossBorderInformation?: string | null | undefined;
    crossBorderInformationNoneAvailable?: boolean | undefined;
  },
  ctx: z.RefinementCtx,
  article: string,
): void {
  const given = typeof content.crossBorderInformation === 'string' && content.crossBorderInformation.length > 0;
  const none = content.crossBorderInformationNoneAvailable === true;
  if (!given && !none) {
    ctx.addIssue({
      code: 'custom',
      path: ['crossBorderInformation'],
      ...rule(
        'cross_border_missing',
        `give the available information on cross-border impact, or say that none is available (${article})`,
      ),
    });
  } else if (given && none) {
    ctx.addIssue({
      code: 'custom',
      path: ['crossBorderInformationNoneAvailable'],
      ...rule('cross_border_conflict', `information was given, so "none available" cannot also be true (${article})`),
    });
  }
}

const crossBorderNoneAvailable = (article: string) =>
  z.boolean().optional().describe(`${article}: true = no information on cross-border impact is available (v2)`);

/**
 * The consultation draft of the Cyberbeveiligingsbesluit (art. 25, on Cbw art. 35) adds three items to the
 * early warning: the suspected start of the incident and, where possible, a forecast of the recovery time
 * and the measures taken. The enacted text (Stb. 2026, 189) could not be checked; the draft's mandatory
 * item (a) is asked with an explicit "nog niet bekend" (null), the "zo mogelijk" items are optional.
 */
const earlyWarningShape = {
  /** NIS2 Art. 23(4)(a); Cbw art. 26(2)(a): whether the incident is suspected of being caused by unlawful or malicious acts. */
  suspectedUnlawfulOrMalicious: AnswerSchema.describe(
    'NIS2 Art. 23(4)(a); Cbw art. 26(2)(a): suspected unlawful or malicious cause',
  ),
  /** NIS2 Art. 23(4)(a); Cbw art. 26(2)(b): whether it could have a cross-border impact. */
  crossBorderImpactPossible: AnswerSchema.describe(
    'NIS2 Art. 23(4)(a); Cbw art. 26(2)(b): possible cross-border impact',
  ),
  /** Cbw art. 26(2)(c) (NL addition): contact details of the official responsible for the notification. */
  contact: ContactPersonSchema.describe('Cbw art. 26(2)(c): contact details of the responsible official'),
  /** Voluntary: a short description helps the CSIRT give initial feedback (NIS2 Art. 23(5)). */
  summary: optionalText(4000).optional().describe('Voluntary: short description'),
  /** Draft Cbb art. 25(a): the suspected time the incident started; null = not yet known (v2). */
  suspectedStartAt: z.iso
    .datetime()
    .nullable()
    .optional()
    .describe('Cyberbeveiligingsbesluit (draft) art. 25(a): suspected start of the incident; null = not yet known'),
  /** Draft Cbb art. 25(b): "zo mogelijk, een prognose van de hersteltijd". */
  recoveryTimeForecast: optionalText(500)
    .optional()
    .describe('Cyberbeveiligingsbesluit (draft) art. 25(b): forecast of the recovery time, where possible'),
  /** Draft Cbb art. 25(c): "zo mogelijk", measures taken to limit the consequences or prevent recurrence. */
  measuresTaken: optionalText()
    .optional()
    .describe('Cyberbeveiligingsbesluit (draft) art. 25(c): measures taken, where possible'),
  supportRequest: supportRequest(),
};

export const EarlyWarningContentReadSchema = z.object(earlyWarningShape).strict();

export const EarlyWarningContentSchema = z
  .object(earlyWarningShape)
  .strict()
  .superRefine((c, ctx) => {
    // v2: the draft Cbb art. 25(a) item is answered, be it "not yet known" (null).
    if (c.suspectedStartAt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['suspectedStartAt'],
        ...rule(
          'required',
          'give the suspected start of the incident, or null when not yet known (Cyberbeveiligingsbesluit art. 25(a))',
        ),
      });
    }
    checkSupportRequest(c, ctx);
  });

const notificationShape = {
  /** NIS2 Art. 23(4)(b); Cbw art. 27(1)(a): "indien van toepassing, een update van de informatie, bedoeld in artikel 26". */
  suspectedUnlawfulOrMalicious: AnswerSchema.describe(
    'NIS2 Art. 23(4)(b) updating (a); Cbw art. 27(1)(a): suspected unlawful or malicious cause',
  ),
  crossBorderImpactPossible: AnswerSchema.describe(
    'NIS2 Art. 23(4)(b) updating (a); Cbw art. 27(1)(a): possible cross-border impact',
  ),
  contact: ContactPersonSchema.describe('Cbw art. 26(2)(c) with 27(1)(a): contact details of the responsible official'),
  /** NIS2 Art. 23(4)(b); Cbw art. 27(1)(b): an initial assessment, including its severity and impact. */
  initialAssessment: z
    .object({
      severity: SeveritySchema,
      impact: text().describe('Impact on services, users and others'),
    })
    .strict()
    .describe('NIS2 Art. 23(4)(b); Cbw art. 27(1)(b): initial assessment incl. severity and impact'),
  /** NIS2 Art. 23(4)(b); Cbw art. 27(1)(c): indicators of compromise, where available (may be empty). */
  indicatorsOfCompromise: z
    .array(ReportedIndicatorSchema)
    .max(1000)
    .describe('NIS2 Art. 23(4)(b); Cbw art. 27(1)(c): indicators of compromise where available'),
  /** NIS2 Art. 23(1); Cbw art. 27(1)(d): all available information to determine any cross-border impact. */
  crossBorderInformation: optionalText().describe(
    'NIS2 Art. 23(1); Cbw art. 27(1)(d): available information to determine cross-border impact; null only with crossBorderInformationNoneAvailable (v2)',
  ),
  crossBorderInformationNoneAvailable: crossBorderNoneAvailable('NIS2 Art. 23(1); Cbw art. 27(1)(d)'),
  memberStatesAffected: countryCodes().optional(),
  supportRequest: supportRequest(),
};

export const NotificationContentReadSchema = z.object(notificationShape).strict();

export const NotificationContentSchema = z
  .object(notificationShape)
  .strict()
  .superRefine((c, ctx) => {
    checkCrossBorderInformation(c, ctx, 'Cbw art. 27(1)(d)');
    checkSupportRequest(c, ctx);
  });

export const IntermediateReportContentSchema = z
  .object({
    /** NIS2 Art. 23(4)(c); Cbw art. 28: "relevante updates van de situatie", on request of the CSIRT or authority. */
    statusUpdate: text().describe('NIS2 Art. 23(4)(c); Cbw art. 28: relevant status updates'),
    /** The authority's request this answers, if it gave a reference. */
    requestReference: optionalText(200).optional(),
    supportRequest: supportRequest(),
  })
  .strict()
  .superRefine(checkSupportRequest);

/** NIS2 Art. 23(4)(d)(i)-(iv); Cbw art. 29(1)(a)-(d). */
const finalReportShape = {
  /** (a) "een gedetailleerde beschrijving van het incident, de ernst en de gevolgen ervan". */
  description: text().describe('NIS2 Art. 23(4)(d)(i); Cbw art. 29(1)(a): detailed description'),
  severity: SeveritySchema.describe('NIS2 Art. 23(4)(d)(i); Cbw art. 29(1)(a): severity'),
  impact: text().describe('NIS2 Art. 23(4)(d)(i); Cbw art. 29(1)(a): impact'),
  /** (b) "het soort bedreiging of de grondoorzaak die waarschijnlijk tot het incident heeft geleid". */
  threatTypeOrRootCause: text().describe(
    'NIS2 Art. 23(4)(d)(ii); Cbw art. 29(1)(b): type of threat or likely root cause',
  ),
  /** The same as a code from our own list (report-root-cause.ts), for the authority's trends; optional. */
  rootCauseCode: ReportRootCauseSchema.optional().describe(
    'The type of threat or root cause as a code (our own list; the law gives none), for trends',
  ),
  /** (c) "toegepaste en lopende risicobeperkende maatregelen". */
  mitigationMeasures: z
    .object({ applied: text(), ongoing: optionalText() })
    .strict()
    .describe('NIS2 Art. 23(4)(d)(iii); Cbw art. 29(1)(c): applied and ongoing mitigation measures'),
  /** (d) "in voorkomend geval, de grensoverschrijdende gevolgen van het incident". */
  crossBorderImpact: optionalText().describe(
    'NIS2 Art. 23(4)(d)(iv); Cbw art. 29(1)(d): cross-border impact, where applicable',
  ),
  memberStatesAffected: countryCodes().optional(),
  supportRequest: supportRequest(),
};

export const FinalReportContentSchema = z.object(finalReportShape).strict().superRefine(checkSupportRequest);

/**
 * The fields of a progress report that each address a point of Cbw art. 29(1)(a)-(d) and may be answered
 * with an explicit "nog niet bekend" (`notYetKnown`).
 */
export const PROGRESS_REPORT_POINTS = [
  'description',
  'severity',
  'impact',
  'threatTypeOrRootCause',
  'mitigationMeasures',
  'crossBorderImpact',
] as const;
export type ProgressReportPoint = (typeof PROGRESS_REPORT_POINTS)[number];

const progressReportShape = {
  description: optionalText().describe('NIS2 Art. 23(4)(e); Cbw art. 29(2) with 29(1)(a): description so far'),
  severity: SeveritySchema.nullable().describe('Cbw art. 29(2) with 29(1)(a): severity so far'),
  impact: optionalText().describe('Cbw art. 29(2) with 29(1)(a): impact so far'),
  threatTypeOrRootCause: optionalText().describe(
    'Cbw art. 29(2) with 29(1)(b): type of threat or likely root cause so far',
  ),
  mitigationMeasures: z
    .object({ applied: optionalText(), ongoing: optionalText() })
    .strict()
    .describe('Cbw art. 29(2) with 29(1)(c): applied and ongoing mitigation measures so far'),
  crossBorderImpact: optionalText().describe(
    'Cbw art. 29(2) with 29(1)(d): cross-border impact; null (and not listed as not yet known) = none',
  ),
  /** Cbw art. 29(2): the points of art. 29(1) the entity cannot answer yet, said explicitly (v2). */
  notYetKnown: z
    .array(z.enum(PROGRESS_REPORT_POINTS))
    .max(PROGRESS_REPORT_POINTS.length)
    .optional()
    .describe('Cbw art. 29(2): the points explicitly "nog niet bekend" (v2)'),
  memberStatesAffected: countryCodes().optional(),
  supportRequest: supportRequest(),
};

type ProgressContent = z.infer<z.ZodObject<typeof progressReportShape>>;

/** Whether the progress report gives an answer on the point (a "none" cross-border impact is null). */
function progressPointGiven(c: ProgressContent, point: ProgressReportPoint): boolean {
  const filled = (v: string | null) => v !== null && v.length > 0;
  if (point === 'mitigationMeasures')
    return filled(c.mitigationMeasures.applied) || filled(c.mitigationMeasures.ongoing);
  if (point === 'severity') return c.severity !== null;
  return filled(c[point]);
}

export const ProgressReportContentReadSchema = z.object(progressReportShape).strict();

/**
 * NIS2 Art. 23(4)(e); Cbw art. 29(2): when the incident is still ongoing at the final report's deadline, a
 * progress report "waarin wordt ingegaan op de aspecten, genoemd in het eerste lid". Each point is answered
 * or marked "nog niet bekend" explicitly (v2); an empty field alone no longer says it. Cross-border impact is
 * asked "in voorkomend geval" (29(1)(d)), so null without the mark means there is none.
 */
export const ProgressReportContentSchema = z
  .object(progressReportShape)
  .strict()
  .superRefine((c, ctx) => {
    const unknown = new Set(c.notYetKnown ?? []);
    if (unknown.size !== (c.notYetKnown ?? []).length) {
      ctx.addIssue({ code: 'custom', path: ['notYetKnown'], ...rule('duplicate', 'lists a point twice') });
    }
    for (const point of PROGRESS_REPORT_POINTS) {
      const given = progressPointGiven(c, point);
      if (given && unknown.has(point)) {
        ctx.addIssue({
          code: 'custom',
          path: ['notYetKnown'],
          ...rule(
            'not_yet_known_conflict',
            `${point} is answered, so it cannot also be "not yet known" (Cbw art. 29(2))`,
            { other: point },
          ),
        });
      } else if (!given && !unknown.has(point) && point !== 'crossBorderImpact') {
        ctx.addIssue({
          code: 'custom',
          path: [point],
          ...rule(
            'progress_point_missing',
            'answer this point of the final report, or mark it "not yet known" (Cbw art. 29(2))',
          ),
        });
      }
    }
    checkSupportRequest(c, ctx);
  });

const cerShape = {
  nature: text().describe('CER Art. 15(2): nature of the incident'),
  cause: optionalText().describe('CER Art. 15(2): cause, if known'),
  possibleConsequences: text().describe('CER Art. 15(2): possible consequences'),
  crossBorderImpact: AnswerSchema.describe('CER Art. 15(2): cross-border impact'),
  /** CER Art. 15(2): "any available information necessary to determine any cross-border impact" (v2). */
  crossBorderInformation: optionalText()
    .optional()
    .describe('CER Art. 15(2): available information to determine cross-border impact (v2)'),
  crossBorderInformationNoneAvailable: crossBorderNoneAvailable('CER Art. 15(2)'),
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
};

export const CerReportContentReadSchema = z.object(cerShape).strict();

/**
 * CER Art. 15(1)-(2) (NL: Wwke): all available information on the nature, cause and possible
 * consequences of the incident, including cross-border impact, with the Art. 15(1) parameters.
 * The same content for the initial notification and the detailed report (which has more of it known).
 */
export const CerReportContentSchema = z
  .object(cerShape)
  .strict()
  .superRefine((c, ctx) => checkCrossBorderInformation(c, ctx, 'CER Art. 15(2)'));

/** NIS2 Art. 30(1): what a voluntary notification may be about (glossary: nis2-cer-reference §7). */
export const VOLUNTARY_SUBJECTS = ['incident', 'cyber_threat', 'near_miss'] as const;
export const VoluntarySubjectSchema = z.enum(VOLUNTARY_SUBJECTS);
export type VoluntarySubject = z.infer<typeof VoluntarySubjectSchema>;

/** The law names no content of a voluntary notification: these are the platform's questions. */
const ASKED = 'Asked by Weerbaar (NIS2 Art. 30 and Cbw art. 33 prescribe no content)';

/**
 * NIS2 Art. 30; Cbw art. 33: a voluntary notification, about an incident, a cyber threat or a near miss.
 * Neither the directive nor the Cbw names its content, and Cbw art. 33(2) has the CSIRT process it under the
 * procedure of art. 36 (feedback, guidance, support), not under the reporting duties of arts. 26-29. So no
 * field here cites a duty: Weerbaar asks what helps the CSIRT, in the words of the early warning.
 */
export const VoluntaryNotificationContentSchema = z
  .object({
    subject: VoluntarySubjectSchema.describe(`${ASKED}: incident, cyber threat or near miss (the kinds of Art. 30(1))`),
    description: text().describe(`${ASKED}: what happened or threatens`),
    suspectedUnlawfulOrMalicious: AnswerSchema.describe(`${ASKED}: suspected unlawful or malicious cause`),
    crossBorderImpactPossible: AnswerSchema.describe(`${ASKED}: possible cross-border impact`),
    indicatorsOfCompromise: z.array(ReportedIndicatorSchema).max(1000).describe(`${ASKED}: indicators of compromise`),
    contact: ContactPersonSchema.describe(`${ASKED}: contact person`),
    /** Cbw art. 33(2) with art. 36: the CSIRT handles it under the art. 36 procedure, which includes support on request. */
    supportRequest: supportRequest(),
  })
  .strict()
  .superRefine(checkSupportRequest);

/** What a report is submitted with today (content schema version 2). */
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

/**
 * What a stored or received report may hold: version 1 content (before the v2 fields and checks) as well as
 * version 2. Stages whose v2 content only adds optional fields read with the submission schema.
 */
export const REPORT_CONTENT_READ_SCHEMAS = {
  early_warning: EarlyWarningContentReadSchema,
  notification: NotificationContentReadSchema,
  intermediate_report: IntermediateReportContentSchema,
  final_report: FinalReportContentSchema,
  progress_report: ProgressReportContentReadSchema,
  cer_initial: CerReportContentReadSchema,
  cer_detailed: CerReportContentReadSchema,
  voluntary_notification: VoluntaryNotificationContentSchema,
} as const;

export type EarlyWarningContent = z.infer<typeof EarlyWarningContentSchema>;
export type NotificationContent = z.infer<typeof NotificationContentSchema>;
export type IntermediateReportContent = z.infer<typeof IntermediateReportContentSchema>;
export type FinalReportContent = z.infer<typeof FinalReportContentSchema>;
export type ProgressReportContent = z.infer<typeof ProgressReportContentSchema>;
export type CerReportContent = z.infer<typeof CerReportContentSchema>;
export type VoluntaryNotificationContent = z.infer<typeof VoluntaryNotificationContentSchema>;

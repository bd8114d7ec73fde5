// The shape of a scope assessment's outcome. Defined as zod schemas so the server can validate and
// document it (OpenAPI) and the web client can parse it, from one source.
import { z } from 'zod';
import { ENTERPRISE_RELATIONS, PERIOD_RULES, SIZE_CLASSES } from './size-class.ts';

export const CLASSIFICATIONS = ['out_of_scope', 'important', 'essential'] as const;
export const ClassificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof ClassificationSchema>;

/** Dutch names of the classes, for what renders outside the web's i18n (the registry's CSV export). */
export const CLASSIFICATION_LABELS_NL: Readonly<Record<Classification, string>> = {
  essential: 'Essentiële entiteit', // glossary: essentiële entiteit
  important: 'Belangrijke entiteit', // glossary: belangrijke entiteit
  out_of_scope: 'Valt er niet onder',
};

/** Strictness order: out_of_scope < important < essential (NIS2 Art. 3: essential takes precedence). */
export function rankClassification(c: Classification): number {
  return CLASSIFICATIONS.indexOf(c);
}

/** 'eu' = Directive (EU) 2022/2555 as such (no Member State options used); 'nl' = Cyberbeveiligingswet. */
export const RegimeSchema = z.enum(['eu', 'nl']);
export type Regime = z.infer<typeof RegimeSchema>;

export const LocalizedTextSchema = z.object({ en: z.string(), nl: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const SizeClassResultSchema = z.enum([...SIZE_CLASSES, 'not_applicable']);
export type SizeClassResult = z.infer<typeof SizeClassResultSchema>;

export const RegimeOutcomeSchema = z.object({
  classification: ClassificationSchema,
  /** The deciding provision, e.g. 'NIS2 Art. 3(1)(a)' or 'Cbw art. 8(1)(f)'. */
  decided_by: z.string(),
});
export type RegimeOutcome = z.infer<typeof RegimeOutcomeSchema>;

const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/**
 * One step of the reasoning, in order. `key` is stable and meant for i18n in the UI; `text` carries a
 * ready Dutch and English sentence for places without the UI's translations (CLI, PDF, API clients).
 */
export const ReasonStepSchema = z.object({
  key: z.string(),
  regime: z.enum(['eu', 'nl', 'both']),
  article: z.string(),
  /** Set for steps that are a finding of a rule; the decisive finding per regime has decisive = true. */
  classification: ClassificationSchema.optional(),
  decisive: z.boolean().optional(),
  params: ParamsSchema.optional(),
  text: LocalizedTextSchema,
});
export type ReasonStep = z.infer<typeof ReasonStepSchema>;

export const OBLIGATION_KEYS = [
  'duty_of_care',
  'incident_reporting',
  'registration',
  'enisa_registration',
  'domain_registration_data',
  'management_body',
  'supervision',
  'fines',
  'critical_entity_resilience',
] as const;
export const ObligationKeySchema = z.enum(OBLIGATION_KEYS);
export type ObligationKey = z.infer<typeof ObligationKeySchema>;

export const ObligationSchema = z.object({
  key: ObligationKeySchema,
  regime: RegimeSchema,
  /** The legal label (Dutch exactly as the law names it, glossary §7 of the reference) and its English. */
  label: LocalizedTextSchema,
  article: z.string(),
  text: LocalizedTextSchema,
  /** Set when a sector-specific Union act displaces the obligation (NIS2 Art. 4), e.g. DORA. */
  replaced_by: z.string().optional(),
  /** Set when a Member State exempted the entity from the obligation (NIS2 Art. 2(8)). */
  exempted_by: z.string().optional(),
  params: ParamsSchema.optional(),
});
export type Obligation = z.infer<typeof ObligationSchema>;

const FiguresSchema = z.object({
  employees: z.number(),
  annual_turnover_eur: z.number(),
  balance_sheet_total_eur: z.number(),
});

/** How the size class was reached (Rec. 2003/361/EC Annex Arts. 4 and 6); issue 17 items 1-2. */
export const SizeAssessmentSchema = z.object({
  /** The class the size test uses (after the two-period rule). */
  size_class: z.enum(SIZE_CLASSES),
  /** The enterprise's own figures, as answered. */
  own: FiguresSchema,
  /** Own figures plus partner enterprises pro rata and linked enterprises in full (current period). */
  aggregated: FiguresSchema,
  /** 'aggregated_annex_art_6': computed from linked_enterprises; the others use the answered figures as they are. */
  aggregation_rule: z.enum(['own_figures', 'own_figures_declared_aggregated', 'aggregated_annex_art_6']),
  aggregation_article: z.string(),
  /** Each listed enterprise with the factor it counted with (1 linked, share/100 partner, 0 below 25 %). */
  related_enterprises: z.array(
    z.object({
      relation: z.enum(ENTERPRISE_RELATIONS),
      share_pct: z.number().nullable(),
      factor: z.number(),
      counted: FiguresSchema,
    }),
  ),
  current_period_size_class: z.enum(SIZE_CLASSES),
  previous_period: z.object({ figures: FiguresSchema, size_class: z.enum(SIZE_CLASSES) }).nullable(),
  /** Rec. 2003/361/EC Annex Art. 4: which accounting periods decided the class, and the rule used. */
  decided_by_periods: z.array(z.enum(['current', 'previous'])),
  period_rule: z.enum(PERIOD_RULES),
  period_article: z.string(),
});
export type SizeAssessmentResult = z.infer<typeof SizeAssessmentSchema>;

/** NIS2 Art. 26 / Cbw art. 4: which Member States' law applies (issue 17 item 3). */
export const JurisdictionSchema = z.object({
  member_states: z.array(z.string()),
  decided_by: z.string(),
  /** True when no place was answered and establishment in the Netherlands only was assumed. */
  assumed: z.boolean(),
});
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

export const ScopeResultSchema = z.object({
  rules_version: z.string(),
  eu: RegimeOutcomeSchema,
  nl: RegimeOutcomeSchema,
  /** Rec. 2003/361/EC class from the figures; 'not_applicable' for public administration entities. */
  size_class: SizeClassResultSchema,
  /** Absent for public administrations (not size-tested) and in results saved before rules version .4. */
  size: SizeAssessmentSchema.optional(),
  /** Absent in results saved before rules version .4. */
  jurisdiction: JurisdictionSchema.optional(),
  reasons: z.array(ReasonStepSchema),
  obligations: z.array(ObligationSchema),
});
export type ScopeResult = z.infer<typeof ScopeResultSchema>;

// ---------------------------------------------------------------------------------------------------------
// The outcome when some answers are 'unknown' (classify-with-unknowns.ts).

const ConditionValueSchema = z.union([z.string(), z.boolean(), z.null()]);

export const ConditionalOutcomeSchema = z.object({
  classification: ClassificationSchema,
  decided_by: z.string(),
  /**
   * The simplest set of answers that leads here, keyed by input path ('flags.tld_name_registry') or
   * 'size_class' for the size class the unknown figures would give.
   */
  when: z.record(z.string(), ConditionValueSchema),
});
export type ConditionalOutcome = z.infer<typeof ConditionalOutcomeSchema>;

export const ConditionalRegimeOutcomeSchema = z.object({
  /** Every classification the unknown answers could still lead to, least strict first. */
  possible: z.array(ClassificationSchema),
  /** Set when the unknown answers cannot change the classification. */
  classification: ClassificationSchema.nullable(),
  /** Set when the unknown answers cannot change the deciding article either. */
  decided_by: z.string().nullable(),
  /** The unknown input fields whose answer can change the classification (input paths). */
  depends_on: z.array(z.string()),
  /** One entry per reachable (classification, decided_by) pair. */
  outcomes: z.array(ConditionalOutcomeSchema),
});
export type ConditionalRegimeOutcome = z.infer<typeof ConditionalRegimeOutcomeSchema>;

export const ConditionalScopeResultSchema = z.object({
  rules_version: z.string(),
  eu: ConditionalRegimeOutcomeSchema,
  nl: ConditionalRegimeOutcomeSchema,
  /** The size classes the figures can still give (one when the figures are known). */
  possible_size_classes: z.array(z.enum(SIZE_CLASSES)),
  /** Union of eu.depends_on and nl.depends_on. */
  depends_on: z.array(z.string()),
});
export type ConditionalScopeResult = z.infer<typeof ConditionalScopeResultSchema>;

// The shape of a scope assessment's outcome. Defined as zod schemas so the server can validate and
// document it (OpenAPI) and the web client can parse it, from one source.
import { z } from 'zod';
import { SIZE_CLASSES } from './size-class.ts';

export const CLASSIFICATIONS = ['out_of_scope', 'important', 'essential'] as const;
export const ClassificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof ClassificationSchema>;

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
  params: ParamsSchema.optional(),
});
export type Obligation = z.infer<typeof ObligationSchema>;

export const ScopeResultSchema = z.object({
  rules_version: z.string(),
  eu: RegimeOutcomeSchema,
  nl: RegimeOutcomeSchema,
  /** Rec. 2003/361/EC class from the figures; 'not_applicable' for public administration entities. */
  size_class: SizeClassResultSchema,
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

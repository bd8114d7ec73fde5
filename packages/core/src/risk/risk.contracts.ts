// Threats, scenarios and risks of an organisation (NIS2 Art. 21(2)(a) "policies on risk analysis";
// CER Art. 12 risk assessment). A scenario is a threat against the assets it hits; a risk scores a scenario
// on the organisation's matrix before (inherent) and after (residual) its existing measures, and says how it
// is treated.
import { z } from 'zod';
import type { InvalidParam } from '../platform/domain-error.ts';
import { AssetRefSchema } from '../assets/asset.contracts.ts';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { RiskMatrixConfigSchema, RiskBandSchema } from './risk-matrix.ts';
import { THREAT_NATURES, THREAT_THEME_IDS } from './threat-catalogue.ts';

const title = () => TextSchema.trim().min(1).max(200);
const longText = () => TextSchema.trim().max(4000);
const person = () => TextSchema.trim().min(1).max(200);

export const ThreatThemeSchema = z.enum(THREAT_THEME_IDS);
export const ThreatNatureSchema = z.enum(THREAT_NATURES);

/** A threat from the shared catalogue (id a slug) or one the organisation added (id a uuid). */
export const ThreatSchema = z.object({
  id: z.string(),
  origin: z.enum(['catalogue', 'organisation']),
  theme: ThreatThemeSchema,
  nature: ThreatNatureSchema,
  name: z.string(),
  description: z.string(),
  typicalScenarios: z.array(z.string()),
  /** The basis for a catalogue threat; null for the organisation's own. */
  source: z.string().nullable(),
  /** Why the catalogue files it under this theme, where that is not obvious. */
  themeNote: z.string().nullable(),
});
export type Threat = z.infer<typeof ThreatSchema>;

export const ThreatCreateSchema = z
  .object({
    theme: ThreatThemeSchema,
    nature: ThreatNatureSchema,
    name: title(),
    description: longText().default(''),
    typicalScenarios: z.array(TextSchema.trim().min(1).max(300)).max(20).default([]),
  })
  .strict();
export type ThreatCreate = z.infer<typeof ThreatCreateSchema>;

export const ThreatUpdateSchema = z
  .object({
    theme: ThreatThemeSchema.optional(),
    nature: ThreatNatureSchema.optional(),
    name: title().optional(),
    description: longText().optional(),
    typicalScenarios: z.array(TextSchema.trim().min(1).max(300)).max(20).optional(),
  })
  .strict();
export type ThreatUpdate = z.infer<typeof ThreatUpdateSchema>;

export const ThreatRefSchema = ThreatSchema.pick({ id: true, origin: true, theme: true, name: true });
export type ThreatRef = z.infer<typeof ThreatRefSchema>;

export const RiskScenarioSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  threat: ThreatRefSchema,
  /** The assets and services the threat hits directly. */
  assets: z.array(AssetRefSchema),
  /** The services that go down with them: the hit ones and every service depending on them (dependency graph). */
  affectedServices: z.array(AssetRefSchema),
  /** Who outside the organisation depends on an affected service or asset, with the fewest hops. */
  externalDependants: z.array(
    z.object({ id: z.uuid(), name: z.string(), count: z.number().int().nullable(), hops: z.number().int() }),
  ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RiskScenario = z.infer<typeof RiskScenarioSchema>;

export const RiskScenarioCreateSchema = z
  .object({
    title: title(),
    description: longText().default(''),
    threatId: TextSchema.trim().min(1).max(100),
    assetIds: z.array(z.uuid()).max(100).default([]),
  })
  .strict();
export type RiskScenarioCreate = z.infer<typeof RiskScenarioCreateSchema>;

export const RiskScenarioUpdateSchema = z
  .object({
    title: title().optional(),
    description: longText().optional(),
    threatId: TextSchema.trim().min(1).max(100).optional(),
    assetIds: z.array(z.uuid()).max(100).optional(),
  })
  .strict();
export type RiskScenarioUpdate = z.infer<typeof RiskScenarioUpdateSchema>;

/** Levels per impact dimension key (the matrix says which keys and how many levels). */
export const ImpactScoresInputSchema = z.record(
  TextSchema.regex(/^[a-z][a-z0-9-]{0,39}$/),
  z.number().int().min(1).max(10),
);
export const ScoresInputSchema = z
  .object({ likelihood: z.number().int().min(1).max(10), impacts: ImpactScoresInputSchema })
  .strict();
export type ScoresInput = z.infer<typeof ScoresInputSchema>;

/** An existing measure by plain reference, so the measures module can link to it later. */
export const MeasureRefSchema = z
  .object({ ref: TextSchema.trim().min(1).max(100), title: TextSchema.trim().min(1).max(300) })
  .strict();
export type MeasureRef = z.infer<typeof MeasureRefSchema>;

export const TREATMENT_STRATEGIES = ['accept', 'mitigate', 'transfer', 'avoid'] as const;
export const TreatmentStrategySchema = z.enum(TREATMENT_STRATEGIES);
export type TreatmentStrategy = z.infer<typeof TreatmentStrategySchema>;
/** For exports meant for people; the web app's `risk.strategies` says the same (a web test holds them equal). */
export const TREATMENT_STRATEGY_LABELS_NL: Readonly<Record<TreatmentStrategy, string>> = {
  accept: 'Accepteren',
  mitigate: 'Verminderen',
  transfer: 'Overdragen',
  avoid: 'Vermijden',
};

export const TreatmentInputSchema = z
  .object({
    strategy: TreatmentStrategySchema,
    owner: person(),
    dueOn: DateInputSchema.nullable().default(null),
    justification: longText().default(''),
  })
  .strict();
export type TreatmentInput = z.infer<typeof TreatmentInputSchema>;

/** Treatment rules: accepting needs a reason on the record; mitigating needs a date to be done by. */
export function treatmentProblems(t: TreatmentInput, prefix: string): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (t.strategy === 'accept' && t.justification.trim() === '') {
    problems.push({ name: `${prefix}.justification`, reason: 'say why the risk is accepted', code: 'required' });
  }
  if (t.strategy === 'mitigate' && t.dueOn === null) {
    problems.push({ name: `${prefix}.dueOn`, reason: 'say when the measures are done', code: 'required' });
  }
  return problems;
}

export const ScoredSchema = z.object({
  likelihood: z.number().int(),
  impacts: z.record(z.string(), z.number().int()),
  /** The worst dimension (core risk-matrix.ts overallImpact). */
  impact: z.number().int(),
  score: z.number().int(),
  band: RiskBandSchema.pick({ key: true, label: true, colour: true }),
});
export type Scored = z.infer<typeof ScoredSchema>;

export const RiskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** The scenario it scores, with the assets and services that scenario hits (the per-service view). */
  scenario: z.object({ id: z.uuid(), title: z.string(), threat: ThreatRefSchema, assets: z.array(AssetRefSchema) }),
  owner: z.string().nullable(),
  inherent: ScoredSchema,
  existingMeasures: z.array(MeasureRefSchema),
  /** After the existing measures; null until scored. */
  residual: ScoredSchema.nullable(),
  treatment: z
    .object({
      strategy: TreatmentStrategySchema,
      owner: z.string(),
      dueOn: z.iso.date().nullable(),
      justification: z.string(),
    })
    .nullable(),
  /** Who accepted the risk and when, while the treatment is 'accept'. */
  acceptance: z.object({ byName: z.string(), at: z.iso.datetime() }).nullable(),
  review: z.object({
    lastReviewedOn: z.iso.date(),
    nextReviewOn: z.iso.date(),
    due: z.boolean(),
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Risk = z.infer<typeof RiskSchema>;

export const RiskCreateSchema = z
  .object({
    scenarioId: z.uuid(),
    title: title(),
    owner: person().nullable().default(null),
    inherent: ScoresInputSchema,
    existingMeasures: z.array(MeasureRefSchema).max(50).default([]),
    residual: ScoresInputSchema.nullable().default(null),
    treatment: TreatmentInputSchema.nullable().default(null),
    nextReviewOn: DateInputSchema.optional(),
  })
  .strict();
export type RiskCreate = z.infer<typeof RiskCreateSchema>;

export const RiskUpdateSchema = z
  .object({
    title: title().optional(),
    owner: person().nullable().optional(),
    inherent: ScoresInputSchema.optional(),
    existingMeasures: z.array(MeasureRefSchema).max(50).optional(),
    residual: ScoresInputSchema.nullable().optional(),
    treatment: TreatmentInputSchema.nullable().optional(),
    nextReviewOn: DateInputSchema.optional(),
  })
  .strict();
export type RiskUpdate = z.infer<typeof RiskUpdateSchema>;

/** A review: the risk was looked at again (CER Art. 12(1); NIS2 Art. 21 when things change). */
export const RiskReviewCreateSchema = z
  .object({ note: longText().default(''), nextReviewOn: DateInputSchema.optional() })
  .strict();
export type RiskReviewCreate = z.infer<typeof RiskReviewCreateSchema>;

export const RiskQuerySchema = z.object({
  band: TextSchema.trim().max(40).optional(),
  /** Only risks whose scenario hits this service or asset. */
  assetId: z.uuid().optional(),
  strategy: TreatmentStrategySchema.optional(),
  q: TextSchema.trim().max(200).optional(),
});
export type RiskQuery = z.infer<typeof RiskQuerySchema>;

export const RiskMatrixSchema = RiskMatrixConfigSchema.and(
  z.object({
    /** False while the organisation uses the default. */
    custom: z.boolean(),
  }),
);
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;
export { RiskMatrixConfigSchema };

/** The register in four figures (the overview). */
export const RiskSummarySchema = z.object({
  total: z.number().int(),
  /** Risks without a chosen treatment. */
  untreated: z.number().int(),
  /** Risks whose next review date has come (CER Art. 12(1): at least every four years). */
  reviewsDue: z.number().int(),
  /** The highest band any risk is in now (residual, else inherent), with how many are in it. */
  worst: z.object({ label: z.string(), colour: z.string(), count: z.number().int() }).nullable(),
});
export type RiskSummary = z.infer<typeof RiskSummarySchema>;

// The risk matrix of an organisation: likelihood × impact, each on its own scale, colour bands over the
// product, and the dimensions on which impact is scored. NIS2 Art. 21(1) asks for measures proportionate to
// "the likelihood of occurrence of incidents and their severity, including their societal and economic
// impact"; how to score is the organisation's choice, so the matrix is configurable, with a default 5×5.
import { z } from 'zod';
import type { InvalidParam } from '../platform/domain-error.ts';
import { TextSchema } from '../platform/input.contracts.ts';
import { rule } from '../platform/validation-codes.ts';

const label = () => TextSchema.trim().min(1).max(80);
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export const MatrixLevelSchema = z.object({ level: z.number().int().min(1).max(10), label: label() });
export type MatrixLevel = z.infer<typeof MatrixLevelSchema>;

export const RISK_BAND_KEYS = ['low', 'medium', 'high', 'very-high'] as const;
export const RiskBandSchema = z.object({
  key: TextSchema.trim().regex(/^[a-z][a-z0-9-]{0,39}$/),
  label: label(),
  /** Background colour of the band's cells; text on it is chosen for contrast (textColourOn). */
  colour: TextSchema.regex(HEX_COLOUR),
  /** The lowest score (likelihood × impact) in this band. */
  minScore: z.number().int().min(1).max(100),
});
export type RiskBand = z.infer<typeof RiskBandSchema>;

export const ImpactDimensionSchema = z.object({
  key: TextSchema.trim().regex(/^[a-z][a-z0-9-]{0,39}$/),
  label: label(),
});
export type ImpactDimension = z.infer<typeof ImpactDimensionSchema>;

/** CER Art. 12(1): a critical entity assesses its risks "at least every four years". */
export const MAX_REVIEW_INTERVAL_MONTHS = 48;

const MatrixShape = z.object({
  likelihood: z.array(MatrixLevelSchema).min(3).max(10),
  impact: z.array(MatrixLevelSchema).min(3).max(10),
  bands: z.array(RiskBandSchema).min(2).max(6),
  dimensions: z.array(ImpactDimensionSchema).min(1).max(12),
  /** How often a risk is reviewed unless something changes first (NIS2 Art. 21; CER Art. 12(1)). */
  reviewIntervalMonths: z.number().int().min(1).max(MAX_REVIEW_INTERVAL_MONTHS),
});

/** A matrix the organisation may adopt: every rule of matrixProblems holds. */
export const RiskMatrixConfigSchema = MatrixShape.superRefine((m, ctx) => {
  for (const p of matrixProblems(m)) {
    ctx.addIssue({
      code: 'custom',
      path: p.path,
      ...(p.reason === 'is used twice' ? rule('duplicate', p.reason) : { message: p.reason }),
    });
  }
});
export type RiskMatrixConfig = z.infer<typeof MatrixShape>;

/**
 * What makes a matrix unusable: levels must run 1..n in order, bands must start at score 1, rise strictly
 * and each hold at least one reachable score, and keys must be unique.
 */
export function matrixProblems(m: RiskMatrixConfig): { path: (string | number)[]; reason: string }[] {
  const problems: { path: (string | number)[]; reason: string }[] = [];
  for (const axis of ['likelihood', 'impact'] as const) {
    m[axis].forEach((l, i) => {
      if (l.level !== i + 1) problems.push({ path: [axis, i, 'level'], reason: `must be ${i + 1}: levels run 1..n` });
    });
  }
  const maxScore = m.likelihood.length * m.impact.length;
  if (m.bands[0] && m.bands[0].minScore !== 1) {
    problems.push({ path: ['bands', 0, 'minScore'], reason: 'the first band must start at score 1' });
  }
  m.bands.forEach((b, i) => {
    const prev = m.bands[i - 1];
    if (prev && b.minScore <= prev.minScore) {
      problems.push({ path: ['bands', i, 'minScore'], reason: 'must be higher than the band before' });
    }
    if (b.minScore > maxScore) {
      problems.push({ path: ['bands', i, 'minScore'], reason: `must be at most ${maxScore} (likelihood × impact)` });
    }
  });
  for (const [list, name] of [
    [m.bands, 'bands'],
    [m.dimensions, 'dimensions'],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.key)) problems.push({ path: [name, i, 'key'], reason: 'is used twice' });
      seen.add(x.key);
    });
  }
  return problems;
}

/** The default: 5×5, four bands, the seven impact dimensions of the risk analysis issue, yearly review. */
export const DEFAULT_RISK_MATRIX: RiskMatrixConfig = {
  likelihood: [
    { level: 1, label: 'Zeer klein' },
    { level: 2, label: 'Klein' },
    { level: 3, label: 'Mogelijk' },
    { level: 4, label: 'Waarschijnlijk' },
    { level: 5, label: 'Zeer waarschijnlijk' },
  ],
  impact: [
    { level: 1, label: 'Zeer beperkt' },
    { level: 2, label: 'Beperkt' },
    { level: 3, label: 'Aanzienlijk' },
    { level: 4, label: 'Ernstig' },
    { level: 5, label: 'Catastrofaal' },
  ],
  bands: [
    { key: 'low', label: 'Laag', colour: '#39870c', minScore: 1 },
    { key: 'medium', label: 'Midden', colour: '#f9e11e', minScore: 5 },
    { key: 'high', label: 'Hoog', colour: '#e17000', minScore: 10 },
    { key: 'very-high', label: 'Zeer hoog', colour: '#d52b1e', minScore: 17 },
  ],
  dimensions: [
    { key: 'continuity', label: 'Continuïteit van de dienstverlening' },
    { key: 'safety-health', label: 'Veiligheid en gezondheid' },
    { key: 'financial', label: 'Financieel' },
    { key: 'reputation', label: 'Reputatie' },
    { key: 'legal', label: 'Juridisch' },
    { key: 'environment', label: 'Milieu' },
    { key: 'chain-partners', label: 'Ketenpartners' },
  ],
  // House default: yearly, well within CER Art. 12(1)'s four years.
  reviewIntervalMonths: 12,
};

/** Impact per dimension key, each a level of the impact axis. */
export type ImpactScores = Readonly<Record<string, number>>;

/**
 * The impact of a scenario is the WORST of its dimensions, not an average or sum: a scenario that kills
 * people but costs little money is a catastrophe, and averaging would hide it. This is the usual choice
 * in national and sector risk analyses (the RbRA scores each interest and shows the highest).
 * Null when no dimension is scored.
 */
export function overallImpact(scores: ImpactScores): number | null {
  const values = Object.values(scores);
  return values.length === 0 ? null : Math.max(...values);
}

export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

/** The band a score falls in: the last band whose minScore it reaches. */
export function bandOf(matrix: RiskMatrixConfig, score: number): RiskBand {
  let band = matrix.bands[0]!;
  for (const b of matrix.bands) if (score >= b.minScore) band = b;
  return band;
}

/** Position of a band, 0 = lowest: compare bands without their labels. */
export function bandRank(matrix: RiskMatrixConfig, key: string): number {
  return matrix.bands.findIndex((b) => b.key === key);
}

/** Black or white text on a band's colour, whichever contrasts more (WCAG relative luminance). */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? '#000000' : '#ffffff';
}

export interface ScoreInput {
  likelihood: number;
  impacts: ImpactScores;
}

/** Problems with a likelihood and impact scores under this matrix (levels on the scale, known dimensions). */
export function scoreProblems(matrix: RiskMatrixConfig, s: ScoreInput, prefix: string): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const level = (name: string, value: number, max: number) => {
    if (value < 1) problems.push({ name, reason: `must be 1..${max}`, code: 'too_small', params: { minimum: 1 } });
    else if (value > max)
      problems.push({ name, reason: `must be 1..${max}`, code: 'too_big', params: { maximum: max } });
  };
  level(`${prefix}.likelihood`, s.likelihood, matrix.likelihood.length);
  const keys = new Set(matrix.dimensions.map((d) => d.key));
  for (const [key, value] of Object.entries(s.impacts)) {
    if (!keys.has(key)) {
      problems.push({
        name: `${prefix}.impacts.${key}`,
        reason: 'is not a dimension of the matrix',
        code: 'unknown_reference',
      });
    } else level(`${prefix}.impacts.${key}`, value, matrix.impact.length);
  }
  if (Object.keys(s.impacts).length === 0) {
    problems.push({
      name: `${prefix}.impacts`,
      reason: 'score at least one dimension',
      code: 'too_few',
      params: { minimum: 1 },
    });
  }
  return problems;
}

/**
 * Residual scores that say measures made things worse: a likelihood or a dimension above the inherent one.
 * Existing measures only reduce a risk (ISO 31000 "residual risk": the risk remaining after treatment), so a
 * residual above the inherent is a mistake in the scoring, not a finding.
 */
export function residualProblems(inherent: ScoreInput, residual: ScoreInput, prefix: string): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (residual.likelihood > inherent.likelihood) {
    problems.push({
      name: `${prefix}.likelihood`,
      reason: 'must not be above the inherent likelihood',
      code: 'not_above',
      params: { other: 'inherent.likelihood' },
    });
  }
  for (const [key, value] of Object.entries(residual.impacts)) {
    const before = inherent.impacts[key];
    if (before === undefined) {
      problems.push({
        name: `${prefix}.impacts.${key}`,
        reason: 'is not scored inherently',
        code: 'unknown_reference',
      });
    } else if (value > before) {
      problems.push({
        name: `${prefix}.impacts.${key}`,
        reason: 'must not be above the inherent impact',
        code: 'not_above',
        params: { other: `inherent.impacts.${key}` },
      });
    }
  }
  return problems;
}

/** Scores after measures that each lower likelihood or impact by whole levels, never below level 1. */
export function applyReductions(
  inherent: ScoreInput,
  reduction: { likelihood: number; impacts: Readonly<Record<string, number>> },
): ScoreInput {
  const impacts: Record<string, number> = {};
  for (const [key, value] of Object.entries(inherent.impacts)) {
    impacts[key] = Math.max(1, value - Math.max(0, reduction.impacts[key] ?? 0));
  }
  return { likelihood: Math.max(1, inherent.likelihood - Math.max(0, reduction.likelihood)), impacts };
}

export interface ScoredLevel {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
}

/** Likelihood, overall impact, score and band of one set of scores; null when it cannot be scored. */
export function scoreOf(matrix: RiskMatrixConfig, s: ScoreInput): ScoredLevel | null {
  const impact = overallImpact(s.impacts);
  if (impact === null) return null;
  const score = riskScore(s.likelihood, impact);
  return { likelihood: s.likelihood, impact, score, band: bandOf(matrix, score) };
}

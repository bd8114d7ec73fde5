// CER Art. 15(1): does an incident significantly disrupt (or could it significantly disrupt) the
// provision of an essential service? The directive names the parameters but sets no thresholds; the
// Wwke leaves further parameters to an AMvB (reference §5.6, secondary). So the outcome comes from
// national thresholds when the caller supplies them, or from the entity's or authority's judgement.
import { z } from 'zod';
import {
  AFFECTED_AREAS,
  IncidentImpactSchema,
  type IncidentImpact,
  type IncidentImpactFact,
} from './incident-impact.ts';
import { INCIDENT_RULES_VERSION } from './reporting-stages.ts';
import { CriterionRefSchema, SignificanceOutcomeSchema } from './significance.ts';
import { anyOf, exceeds, fromBoolean, isTrue, NOT_MET, type Tri } from './tri-state.ts';

type Fact = IncidentImpactFact;

export const CerThresholdsSchema = z.strictObject({
  /** Where these thresholds come from (e.g. a Bwke article or a sector regulation). */
  source: z.string().min(1),
  usersAffectedAbove: z.number().int().nonnegative().optional(),
  /** Share of the essential service's users, 0-1. */
  shareAffectedAbove: z.number().min(0).max(1).optional(),
  durationMinutesAbove: z.number().nonnegative().optional(),
  /** The smallest affected area that counts as significant. */
  areaAtLeast: z.enum(AFFECTED_AREAS).optional(),
  /** Any disruption of a geographically isolated area counts. */
  isolatedAreaCounts: z.boolean().optional(),
});
export type CerThresholds = z.infer<typeof CerThresholdsSchema>;

export const CerDisruptionAssessmentSchema = z.object({
  rulesVersion: z.string(),
  outcome: SignificanceOutcomeSchema,
  /** The CER Art. 15(1) parameters as known, for the notification and for the weighing. */
  factors: z.object({
    usersAffected: z.number().nullable(),
    shareAffected: z.number().nullable(),
    durationMinutes: z.number().nullable(),
    affectedArea: z.enum(AFFECTED_AREAS).nullable(),
    isolatedAreaAffected: z.boolean().nullable(),
    memberStatesAffected: z.number().nullable(),
  }),
  criteriaMet: z.array(CriterionRefSchema),
  missingFacts: z.array(z.string()),
  /** Six or more Member States affected: the Commission is to be informed (CER Art. 15(1), last subparagraph). */
  sixOrMoreMemberStates: z.boolean().nullable(),
});
export type CerDisruptionAssessment = z.infer<typeof CerDisruptionAssessmentSchema>;

/**
 * Every CER Art. 15(1) criterion id this module can report. `CerCriterion.id` is typed against it, so a new
 * criterion needs its id here, and the web, which keys its Dutch texts by these ids, then fails to compile.
 */
export const CER_CRITERION_IDS = [
  'cer_15_1a_users',
  'cer_15_1a_share',
  'cer_15_1b_duration',
  'cer_15_1c_area',
  'cer_15_1c_isolated',
  'cer_15_1_judgement',
] as const;
export type CerCriterionId = (typeof CER_CRITERION_IDS)[number];

interface CerCriterion {
  id: CerCriterionId;
  article: string;
  summary: string;
  result: Tri<Fact>;
}

const AREA_RANK: Record<(typeof AFFECTED_AREAS)[number], number> = {
  local: 0,
  regional: 1,
  national: 2,
  cross_border: 3,
};

function exceedsShare(impact: IncidentImpact, share: number): Tri<Fact> {
  const missing = (['usersAffected', 'totalUsers'] as const).filter((k) => typeof impact[k] !== 'number');
  if (missing.length > 0) return { kind: 'unknown', missing: [...missing] };
  const total = impact.totalUsers ?? 0;
  return total === 0 ? NOT_MET : fromBoolean((impact.usersAffected ?? 0) / total > share);
}

function thresholdCriteria(impact: IncidentImpact, t: CerThresholds): CerCriterion[] {
  const criteria: CerCriterion[] = [];
  const source = `CER Art. 15(1); thresholds: ${t.source}`;
  if (t.usersAffectedAbove !== undefined) {
    // CER Art. 15(1)(a): number of users affected by the disruption.
    criteria.push({
      id: 'cer_15_1a_users',
      article: source,
      summary: `more than ${t.usersAffectedAbove} users affected`,
      result: exceeds(impact, 'usersAffected', t.usersAffectedAbove),
    });
  }
  if (t.shareAffectedAbove !== undefined) {
    // CER Art. 15(1)(a): proportion of users affected.
    criteria.push({
      id: 'cer_15_1a_share',
      article: source,
      summary: `more than ${t.shareAffectedAbove * 100} % of users affected`,
      result: exceedsShare(impact, t.shareAffectedAbove),
    });
  }
  if (t.durationMinutesAbove !== undefined) {
    // CER Art. 15(1)(b): duration of the disruption.
    criteria.push({
      id: 'cer_15_1b_duration',
      article: source,
      summary: `disruption longer than ${t.durationMinutesAbove} minutes`,
      result: exceeds(impact, 'limitedAvailabilityMinutes', t.durationMinutesAbove),
    });
  }
  if (t.areaAtLeast !== undefined) {
    // CER Art. 15(1)(c): geographical area affected.
    const atLeast = AREA_RANK[t.areaAtLeast];
    const area = impact.affectedArea;
    criteria.push({
      id: 'cer_15_1c_area',
      article: source,
      summary: `affected area ${t.areaAtLeast} or wider`,
      result: area == null ? { kind: 'unknown', missing: ['affectedArea'] } : fromBoolean(AREA_RANK[area] >= atLeast),
    });
  }
  if (t.isolatedAreaCounts === true) {
    // CER Art. 15(1)(c): taking into account whether the area is geographically isolated.
    criteria.push({
      id: 'cer_15_1c_isolated',
      article: source,
      summary: 'a geographically isolated area affected',
      result: isTrue(impact, 'isolatedAreaAffected'),
    });
  }
  return criteria;
}

/**
 * Weighs an incident against CER Art. 15(1). With `thresholds`, exceeding any one of them is significant;
 * without, the outcome is the recorded judgement `significantDisruption`. A recorded judgement that the
 * disruption is significant always counts.
 */
export function assessCerDisruption(impactInput: unknown, thresholdsInput?: unknown): CerDisruptionAssessment {
  const impact = IncidentImpactSchema.parse(impactInput);
  const thresholds = thresholdsInput === undefined ? undefined : CerThresholdsSchema.parse(thresholdsInput);

  const judgement: CerCriterion = {
    id: 'cer_15_1_judgement',
    article: 'CER Art. 15(1)',
    summary: 'the disruption of the essential service is judged significant',
    // With thresholds the judgement can only add a finding; an absent judgement does not keep the outcome open.
    result: thresholds && impact.significantDisruption == null ? NOT_MET : isTrue(impact, 'significantDisruption'),
  };
  const criteria = [...(thresholds ? thresholdCriteria(impact, thresholds) : []), judgement];
  const combined = anyOf(...criteria.map((c) => c.result));
  const criteriaMet = criteria
    .filter((c) => c.result.kind === 'met')
    .map(({ id, article, summary }) => ({ id, article, summary }));

  const share =
    typeof impact.usersAffected === 'number' && typeof impact.totalUsers === 'number' && impact.totalUsers > 0
      ? impact.usersAffected / impact.totalUsers
      : null;
  return {
    rulesVersion: INCIDENT_RULES_VERSION,
    outcome: combined.kind === 'met' ? 'significant' : combined.kind === 'not_met' ? 'not_significant' : 'unknown',
    factors: {
      usersAffected: impact.usersAffected ?? null,
      shareAffected: share,
      durationMinutes: impact.limitedAvailabilityMinutes ?? null,
      affectedArea: impact.affectedArea ?? null,
      isolatedAreaAffected: impact.isolatedAreaAffected ?? null,
      memberStatesAffected: impact.memberStatesAffected ?? null,
    },
    criteriaMet,
    missingFacts: combined.kind === 'unknown' ? combined.missing : [],
    sixOrMoreMemberStates: impact.memberStatesAffected == null ? null : impact.memberStatesAffected >= 6,
  };
}

// Is an incident significant? NIS2 Art. 23(3) as specified, for the eleven digital entity types, by
// Impl. Reg. 2024/2690 Arts. 3-14; for every other entity type, NIS2 Art. 23(3) itself (Cbw art. 25(2)).
// Three outcomes: `significant`, `not_significant`, or `unknown` with the missing facts that could decide it.
import { z } from 'zod';
import { IncidentImpactSchema, type IncidentImpact, type IncidentImpactFact } from './incident-impact.ts';
import { recurrenceFromInput, type Recurrence, type RecurrenceFact } from './recurrence.ts';
import { INCIDENT_RULES_VERSION } from './reporting-stages.ts';
import {
  SIGNIFICANCE_ENTITY_TYPE_CATALOGUE,
  SignificanceEntityTypeSchema,
  type SignificanceEntityType,
} from './significance-entity-types.ts';
import {
  allOf,
  anyOf,
  atMostShare,
  below,
  exceeds,
  exceedsShareOrCap,
  isTrue,
  MET,
  negate,
  NOT_MET,
  type Share,
  type Tri,
} from './tri-state.ts';

/** What a criterion can find missing: an impact fact, or one of the Art. 4 recurrence facts. */
export type SignificanceFact = IncidentImpactFact | RecurrenceFact;
type Fact = SignificanceFact;

/**
 * Every criterion id the tables below use, in the order of the law: Impl. Reg. 2024/2690 Arts. 3(1)-14,
 * then NIS2 Art. 23(3). `CriterionDefinition.id` is typed against it, so a new criterion needs its id
 * here, and the web, which keys its Dutch texts by these ids, then fails to compile until it has one.
 */
export const SIGNIFICANCE_CRITERION_IDS = [
  'art3_1a',
  'art3_1b',
  'art3_1c',
  'art3_1d',
  'art3_1e',
  'art4',
  'art5a',
  'art5b',
  'art5c',
  'art6a',
  'art6b',
  'art6c',
  'art7a',
  'art7b',
  'art7c',
  'art7d',
  'art8a',
  'art8b',
  'art8c',
  'art8d',
  'art9a',
  'art9b',
  'art9c',
  'art9d',
  'art10a',
  'art10b',
  'art10c',
  'art10d',
  'art11a',
  'art11b',
  'art11c',
  'art11d',
  'art12a',
  'art12b',
  'art12c',
  'art12d',
  'art13a',
  'art13b',
  'art13c',
  'art13d',
  'art14a',
  'art14b',
  'art14c',
  'art14d',
  'art14e',
  'nis2_23_3a_disruption',
  'nis2_23_3a_financial',
  'nis2_23_3b_damage',
  'nis2_23_3b_death',
  'nis2_23_3b_health',
] as const;
export type SignificanceCriterionId = (typeof SIGNIFICANCE_CRITERION_IDS)[number];

export interface CriterionDefinition {
  id: SignificanceCriterionId;
  article: string;
  summary: string;
  evaluate: (impact: IncidentImpact, recurrence: Recurrence) => Tri<Fact>;
}

const FIVE_PERCENT: Share = { numerator: 5, denominator: 100 };
const ONE_PERCENT: Share = { numerator: 1, denominator: 100 };
const ONE_PER_MILLE: Share = { numerator: 1, denominator: 1000 };
const IR = 'Impl. Reg. 2024/2690';

// Impl. Reg. 2024/2690 Art. 3(1)(a): EUR 500 000 or 5 % of the preceding year's total annual turnover, whichever is lower.
const FINANCIAL_LOSS_CAP_EUR = 500_000;

const icaCompromised = (f: IncidentImpact): Tri<Fact> =>
  anyOf(
    isTrue(f, 'integrityCompromised'),
    isTrue(f, 'confidentialityCompromised'),
    isTrue(f, 'authenticityCompromised'),
  );

// "more than 5 % of the service's users in the Union or more than 1 000 000 of them, whichever number is smaller"
const fivePercentOrMillion = (f: IncidentImpact, part: Fact): Tri<Fact> =>
  exceedsShareOrCap(f, part, 'totalUsers', FIVE_PERCENT, 1_000_000);

export const GENERAL_CRITERIA: readonly CriterionDefinition[] = [
  {
    id: 'art3_1a',
    article: `${IR} Art. 3(1)(a)`,
    summary: 'direct financial loss above EUR 500 000 or 5 % of annual turnover, whichever is lower',
    evaluate: (f) =>
      exceedsShareOrCap(f, 'financialLossEur', 'annualTurnoverEur', FIVE_PERCENT, FINANCIAL_LOSS_CAP_EUR),
  },
  {
    id: 'art3_1b',
    article: `${IR} Art. 3(1)(b)`,
    summary: 'exfiltration of trade secrets',
    evaluate: (f) => isTrue(f, 'tradeSecretsExfiltrated'),
  },
  {
    id: 'art3_1c',
    article: `${IR} Art. 3(1)(c)`,
    summary: 'death of a natural person',
    evaluate: (f) => isTrue(f, 'death'),
  },
  {
    id: 'art3_1d',
    article: `${IR} Art. 3(1)(d)`,
    summary: "considerable damage to a natural person's health",
    evaluate: (f) => isTrue(f, 'considerableHealthDamage'),
  },
  {
    id: 'art3_1e',
    article: `${IR} Art. 3(1)(e)`,
    summary:
      'successful, suspectedly malicious and unauthorised access capable of causing severe operational disruption',
    evaluate: (f) =>
      allOf(
        isTrue(f, 'unauthorisedAccess'),
        isTrue(f, 'accessSuspectedMalicious'),
        isTrue(f, 'severeOperationalDisruption'),
      ),
  },
  {
    // Impl. Reg. 2024/2690 Art. 3(1)(f) with Art. 4: at least twice within 6 months, the same apparent root
    // cause, and together above the Art. 3(1)(a) threshold. The count comes from the register (recurrence.ts).
    id: 'art4',
    article: `${IR} Arts. 3(1)(f) and 4`,
    summary:
      'recurring incidents: at least twice in 6 months, same apparent root cause, together above the financial threshold',
    evaluate: (f, recurrence) => recurringIncidents(f, recurrence),
  },
];

/**
 * Art. 4(a)-(c) over the recurrence facts. (c) "collectively meet the criteria set out in Article 3(1)(a)":
 * their direct losses together exceed EUR 500 000 or 5 % of the entity's turnover in the preceding financial
 * year (this incident's `annualTurnoverEur`), whichever is lower. A sum already above EUR 500 000 decides even
 * while some losses are unknown: unknown losses can only add to it.
 */
function recurringIncidents(f: IncidentImpact, r: Recurrence): Tri<Fact> {
  const fromRegister = r.source === 'register';
  // Without a root cause the register cannot count; recording it brings the count and the losses at once.
  if (fromRegister && r.sameRootCauseIncidents === null) return { kind: 'unknown', missing: ['rootCause'] };
  const count: Tri<Fact> =
    r.sameRootCauseIncidents === null
      ? { kind: 'unknown', missing: ['sameRootCauseIncidents'] }
      : r.sameRootCauseIncidents > 1
        ? MET
        : NOT_MET;
  return allOf(count, collectiveLoss(f, r));
}

function collectiveLoss(f: IncidentImpact, r: Recurrence): Tri<Fact> {
  const loss = r.combinedLossEur;
  // Losses still unknown can only add to the sum: above the cap it is decided already.
  if (loss !== null && loss > FINANCIAL_LOSS_CAP_EUR) return MET;
  const missing: Fact[] = [];
  if (r.source !== 'register') {
    if (loss === null) missing.push('sameRootCauseCombinedLossEur');
  } else {
    const ownUnknown = typeof f.financialLossEur !== 'number';
    if (ownUnknown) missing.push('financialLossEur');
    if (r.lossUnknownFor.length > (ownUnknown ? 1 : 0)) missing.push('recurringIncidentLosses');
  }
  if (missing.length > 0) {
    const turnover = typeof f.annualTurnoverEur === 'number' ? [] : (['annualTurnoverEur'] as const);
    return { kind: 'unknown', missing: [...missing, ...turnover] };
  }
  // Every loss is known here (`loss` is set), so only the turnover can be missing: the cast narrows no real case.
  return exceedsShareOrCap(
    { combined: loss ?? 0, annualTurnoverEur: f.annualTurnoverEur },
    'combined',
    'annualTurnoverEur',
    FIVE_PERCENT,
    FINANCIAL_LOSS_CAP_EUR,
  ) as Tri<Fact>;
}

// Arts. 5(b) and 6(b): average response time above 10 s for more than one hour.
const slowResolution = (f: IncidentImpact): Tri<Fact> =>
  allOf(exceeds(f, 'slowResponseMinutes', 60), exceeds(f, 'averageResponseTimeSeconds', 10));

const DNS_CRITERIA: readonly CriterionDefinition[] = [
  {
    id: 'art5a',
    article: `${IR} Art. 5(a)`,
    summary: 'recursive or authoritative resolution completely unavailable for more than 30 minutes',
    evaluate: (f) => exceeds(f, 'completeUnavailabilityMinutes', 30),
  },
  {
    id: 'art5b',
    article: `${IR} Art. 5(b)`,
    summary: 'average response time above 10 seconds for more than one hour',
    evaluate: slowResolution,
  },
  {
    id: 'art5c',
    article: `${IR} Art. 5(c)`,
    summary:
      'integrity, confidentiality or authenticity of authoritative resolution data compromised (except misconfiguration of fewer than 1 000 names and at most 1 % of managed names)',
    evaluate: (f) =>
      allOf(
        icaCompromised(f),
        // The exception: data of fewer than 1 000 managed names, no more than 1 % of them, incorrect because of misconfiguration.
        negate(
          allOf(
            isTrue(f, 'dnsMisconfigurationOnly'),
            below(f, 'incorrectDomainNames', 1_000),
            atMostShare(f, 'incorrectDomainNames', 'managedDomainNames', ONE_PERCENT),
          ),
        ),
      ),
  },
];

const TLD_CRITERIA: readonly CriterionDefinition[] = [
  {
    id: 'art6a',
    article: `${IR} Art. 6(a)`,
    summary: 'authoritative resolution completely unavailable (any duration)',
    evaluate: (f) => exceeds(f, 'completeUnavailabilityMinutes', 0),
  },
  {
    id: 'art6b',
    article: `${IR} Art. 6(b)`,
    summary: 'average response time above 10 seconds for more than one hour',
    evaluate: slowResolution,
  },
  {
    id: 'art6c',
    article: `${IR} Art. 6(c)`,
    summary:
      'integrity, confidentiality or authenticity of data related to the technical operation of the TLD compromised',
    evaluate: icaCompromised,
  },
];

// Arts. 7, 9 and 10 share one pattern: cloud computing, CDN, managed (security) services.
function serviceProviderCriteria(article: 7 | 9 | 10): CriterionDefinition[] {
  return [
    {
      id: `art${article}a`,
      article: `${IR} Art. ${article}(a)`,
      summary: 'service completely unavailable for more than 30 minutes',
      evaluate: (f) => exceeds(f, 'completeUnavailabilityMinutes', 30),
    },
    {
      id: `art${article}b`,
      article: `${IR} Art. ${article}(b)`,
      summary:
        'availability limited for more than 5 % of EU users or more than 1 000 000, whichever is smaller, for more than one hour',
      evaluate: (f) => allOf(fivePercentOrMillion(f, 'usersAffected'), exceeds(f, 'limitedAvailabilityMinutes', 60)),
    },
    ...dataCompromiseCriteria(article),
  ];
}

const DATA_CENTRE_CRITERIA: readonly CriterionDefinition[] = [
  {
    id: 'art8a',
    article: `${IR} Art. 8(a)`,
    summary: 'data centre service of a provider-operated data centre completely unavailable (any duration)',
    evaluate: (f) => exceeds(f, 'completeUnavailabilityMinutes', 0),
  },
  {
    id: 'art8b',
    article: `${IR} Art. 8(b)`,
    summary: 'availability of a data centre service limited for more than one hour',
    evaluate: (f) => exceeds(f, 'limitedAvailabilityMinutes', 60),
  },
  {
    id: 'art8c',
    article: `${IR} Art. 8(c)`,
    summary:
      'integrity, confidentiality or authenticity of data compromised as a result of suspectedly malicious action',
    evaluate: (f) => allOf(icaCompromised(f), isTrue(f, 'dataCompromiseSuspectedMalicious')),
  },
  {
    id: 'art8d',
    article: `${IR} Art. 8(d)`,
    summary: 'physical access to a provider-operated data centre compromised',
    evaluate: (f) => isTrue(f, 'physicalAccessCompromised'),
  },
];

// Points (c) and (d) read the same in every article that has them: data compromised by a suspectedly
// malicious action, or for more than 5 % of EU users or 1 000 000, whichever is smaller.
function dataCompromiseCriteria(article: 7 | 9 | 10 | 11 | 12 | 13): CriterionDefinition[] {
  return [
    {
      id: `art${article}c`,
      article: `${IR} Art. ${article}(c)`,
      summary:
        'integrity, confidentiality or authenticity of data compromised as a result of suspectedly malicious action',
      evaluate: (f) => allOf(icaCompromised(f), isTrue(f, 'dataCompromiseSuspectedMalicious')),
    },
    {
      id: `art${article}d`,
      article: `${IR} Art. ${article}(d)`,
      summary:
        'integrity, confidentiality or authenticity of data compromised for more than 5 % of EU users or more than 1 000 000, whichever is smaller',
      evaluate: (f) => allOf(icaCompromised(f), fivePercentOrMillion(f, 'usersAffectedByDataCompromise')),
    },
  ];
}

// Arts. 11, 12 and 13 share one pattern: online marketplaces, search engines, social networks.
function platformCriteria(article: 11 | 12 | 13): CriterionDefinition[] {
  return [
    {
      id: `art${article}a`,
      article: `${IR} Art. ${article}(a)`,
      summary: 'completely unavailable for more than 5 % of EU users or more than 1 000 000, whichever is smaller',
      evaluate: (f) => fivePercentOrMillion(f, 'usersWithoutService'),
    },
    {
      id: `art${article}b`,
      article: `${IR} Art. ${article}(b)`,
      summary:
        'more than 5 % of EU users or more than 1 000 000, whichever is smaller, affected by limited availability',
      evaluate: (f) => fivePercentOrMillion(f, 'usersAffected'),
    },
    ...dataCompromiseCriteria(article),
  ];
}

// Impl. Reg. 2024/2690 Art. 14, read as a whole: (a) "a trust service is completely unavailable for more
// than 20 minutes"; (b) "a trust service is unavailable to users, or relying parties, for more than one hour
// calculated on a calendar week basis"; (c) more than 1 % of the users or relying parties in the Union or
// more than 200 000, whichever number is smaller, impacted by limited availability of a trust service
// (OJ L 2024/2690, 18.10.2024, via springlex.eu; (c) completed from the reference, §4.3). Unavailability is measured by its duration in (a) and (b); (c)
// is about *limited* availability. Counting users cut off completely under (c) would make any complete
// outage of a provider with more than 200 000 users significant at once and empty the 20-minute threshold
// of (a). So (c) counts the users with limited availability who still had some service:
// usersAffected − usersWithoutService. Users cut off count under (a) and (b) by duration.
// Decided without `usersWithoutService` only when usersAffected itself does not exceed the threshold.
function trustServiceLimitedAvailability(f: IncidentImpact): Tri<Fact> {
  const upperBound = exceedsShareOrCap(f, 'usersAffected', 'totalUsers', ONE_PERCENT, 200_000);
  if (upperBound.kind === 'not_met') return NOT_MET;
  const affected = f.usersAffected;
  const cutOff = f.usersWithoutService;
  if (typeof affected !== 'number' || typeof cutOff !== 'number') {
    const missing: Fact[] = upperBound.kind === 'unknown' ? [...upperBound.missing] : [];
    if (typeof cutOff !== 'number') missing.push('usersWithoutService');
    return { kind: 'unknown', missing };
  }
  const limitedOnly = Math.max(0, affected - cutOff);
  return exceedsShareOrCap({ ...f, usersAffected: limitedOnly }, 'usersAffected', 'totalUsers', ONE_PERCENT, 200_000);
}

const TRUST_SERVICE_CRITERIA: readonly CriterionDefinition[] = [
  {
    id: 'art14a',
    article: `${IR} Art. 14(a)`,
    summary: 'trust service completely unavailable for more than 20 minutes',
    evaluate: (f) => exceeds(f, 'completeUnavailabilityMinutes', 20),
  },
  {
    id: 'art14b',
    article: `${IR} Art. 14(b)`,
    summary: 'trust service unavailable to users or relying parties for more than one hour in the calendar week',
    evaluate: (f) => exceeds(f, 'weeklyUnavailabilityMinutes', 60),
  },
  {
    id: 'art14c',
    article: `${IR} Art. 14(c)`,
    summary:
      'more than 1 % of EU users or relying parties or more than 200 000, whichever is smaller, impacted by limited availability (users cut off completely count under (a) and (b))',
    evaluate: (f) => trustServiceLimitedAvailability(f),
  },
  {
    id: 'art14d',
    article: `${IR} Art. 14(d)`,
    summary: 'physical access to a restricted area of trusted personnel, or its protection, compromised',
    evaluate: (f) => isTrue(f, 'physicalAccessCompromised'),
  },
  {
    id: 'art14e',
    article: `${IR} Art. 14(e)`,
    summary:
      'integrity, confidentiality or authenticity of data compromised for more than 0.1 % of EU users or relying parties or more than 100, whichever is smaller',
    evaluate: (f) =>
      allOf(icaCompromised(f), exceedsShareOrCap(f, 'usersAffectedByDataCompromise', 'totalUsers', ONE_PER_MILLE, 100)),
  },
];

// NIS2 Art. 23(3); Cbw art. 25(2): the directive's own test for entity types without Implementing
// Regulation criteria. Death and considerable health damage are considerable damage to other persons.
export const NIS2_BASELINE_CRITERIA: readonly CriterionDefinition[] = [
  {
    id: 'nis2_23_3a_disruption',
    article: 'NIS2 Art. 23(3)(a); Cbw art. 25(2)',
    summary: 'severe operational disruption of the services caused or possible',
    evaluate: (f) => isTrue(f, 'severeOperationalDisruption'),
  },
  {
    id: 'nis2_23_3a_financial',
    article: 'NIS2 Art. 23(3)(a); Cbw art. 25(2)',
    summary: 'severe financial loss for the entity caused or possible',
    evaluate: (f) => isTrue(f, 'severeFinancialLoss'),
  },
  {
    id: 'nis2_23_3b_damage',
    article: 'NIS2 Art. 23(3)(b); Cbw art. 25(2)',
    summary: 'considerable material or non-material damage to other natural or legal persons caused or possible',
    evaluate: (f) => isTrue(f, 'considerableDamageToOthers'),
  },
  {
    id: 'nis2_23_3b_death',
    article: 'NIS2 Art. 23(3)(b); Cbw art. 25(2)',
    summary: 'death of a natural person caused or possible',
    evaluate: (f) => isTrue(f, 'death'),
  },
  {
    id: 'nis2_23_3b_health',
    article: 'NIS2 Art. 23(3)(b); Cbw art. 25(2)',
    summary: "considerable damage to a natural person's health caused or possible",
    evaluate: (f) => isTrue(f, 'considerableHealthDamage'),
  },
];

const ENTITY_SPECIFIC_CRITERIA: Readonly<
  Record<Exclude<SignificanceEntityType, 'other'>, readonly CriterionDefinition[]>
> = {
  dns_service_provider: DNS_CRITERIA,
  tld_name_registry: TLD_CRITERIA,
  cloud_computing_service_provider: serviceProviderCriteria(7),
  data_centre_service_provider: DATA_CENTRE_CRITERIA,
  content_delivery_network_provider: serviceProviderCriteria(9),
  managed_service_provider: serviceProviderCriteria(10),
  managed_security_service_provider: serviceProviderCriteria(10),
  online_marketplace_provider: platformCriteria(11),
  online_search_engine_provider: platformCriteria(12),
  social_networking_platform_provider: platformCriteria(13),
  trust_service_provider: TRUST_SERVICE_CRITERIA,
};

/** The criteria that decide significance for an entity type, in the order of the law. */
export function listSignificanceCriteria(entityType: SignificanceEntityType): readonly CriterionDefinition[] {
  if (entityType === 'other') return NIS2_BASELINE_CRITERIA;
  // Impl. Reg. 2024/2690 Art. 3(1)(a)-(f) general criteria, then (g) the entity-specific ones of Arts. 5-14.
  return [...GENERAL_CRITERIA, ...ENTITY_SPECIFIC_CRITERIA[entityType]];
}

/** A criterion as a report or decision cites it: its id, the article it comes from, and a summary. */
export const CriterionRefSchema = z.object({ id: z.string(), article: z.string(), summary: z.string() });

export const SIGNIFICANCE_OUTCOMES = ['significant', 'not_significant', 'unknown'] as const;
export const SignificanceOutcomeSchema = z.enum(SIGNIFICANCE_OUTCOMES);
export type SignificanceOutcome = z.infer<typeof SignificanceOutcomeSchema>;

export const SignificanceAssessmentSchema = z.object({
  rulesVersion: z.string(),
  entityType: SignificanceEntityTypeSchema,
  /** Where the criteria applied come from. */
  basis: z.string(),
  outcome: SignificanceOutcomeSchema,
  criteriaMet: z.array(CriterionRefSchema),
  /** Criteria that missing facts leave open (only when the outcome is `unknown`). */
  undecidedCriteria: z.array(CriterionRefSchema.extend({ missingFacts: z.array(z.string()) })),
  /** Facts whose value could change the outcome (only when the outcome is `unknown`). */
  missingFacts: z.array(z.string()),
  /** Set when Impl. Reg. 2024/2690 Art. 3(2) excludes the incident (planned maintenance). */
  exclusion: CriterionRefSchema.nullable(),
});
export type SignificanceAssessment = z.infer<typeof SignificanceAssessmentSchema>;

const ref = (c: CriterionDefinition) => ({ id: c.id, article: c.article, summary: c.summary });

/**
 * Assesses significance for an entity type from impact facts that may be partly unknown, and the Art. 4
 * recurrence facts (counted from the register by the server; given as input by the CLI; unknown when left
 * out). Throws a ZodError when the facts are malformed or inconsistent (e.g. more affected users than users).
 */
export function assessIncidentSignificance(
  entityType: SignificanceEntityType,
  impactInput: unknown,
  recurrence: Recurrence = recurrenceFromInput(undefined),
): SignificanceAssessment {
  const type = SignificanceEntityTypeSchema.parse(entityType);
  const impact = IncidentImpactSchema.parse(impactInput);
  const basis = SIGNIFICANCE_ENTITY_TYPE_CATALOGUE[type].criteriaSource;
  const base = { rulesVersion: INCIDENT_RULES_VERSION, entityType: type, basis };

  // Impl. Reg. 2024/2690 Art. 3(2): scheduled interruptions and planned consequences of scheduled
  // maintenance are not significant incidents.
  if (type !== 'other' && impact.plannedMaintenanceOnly === true) {
    return {
      ...base,
      outcome: 'not_significant',
      criteriaMet: [],
      undecidedCriteria: [],
      missingFacts: [],
      exclusion: {
        id: 'art3_2',
        article: `${IR} Art. 3(2)`,
        summary: 'scheduled interruption or planned consequence of scheduled maintenance',
      },
    };
  }

  const results = listSignificanceCriteria(type).map((criterion) => ({
    criterion,
    result: criterion.evaluate(impact, recurrence),
  }));
  const criteriaMet = results.filter((r) => r.result.kind === 'met').map((r) => ref(r.criterion));
  if (criteriaMet.length > 0) {
    return { ...base, outcome: 'significant', criteriaMet, undecidedCriteria: [], missingFacts: [], exclusion: null };
  }
  const undecidedCriteria = results.flatMap(({ criterion, result }) =>
    result.kind === 'unknown' ? [{ ...ref(criterion), missingFacts: result.missing }] : [],
  );
  return {
    ...base,
    outcome: undecidedCriteria.length > 0 ? 'unknown' : 'not_significant',
    criteriaMet: [],
    undecidedCriteria,
    missingFacts: [...new Set(undecidedCriteria.flatMap((c) => c.missingFacts))],
    exclusion: null,
  };
}

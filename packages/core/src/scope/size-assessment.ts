// The size class an organisation's answers give, with the figures and rules that decide it:
// - Rec. 2003/361/EC Annex Art. 6(2): partner enterprises pro rata, linked enterprises in full (issue 17 item 1);
// - Annex Art. 4(2): a class is gained or lost only over two consecutive accounting periods (item 2).
import { UNKNOWN, type ScopeInput, type ScopeInputWithUnknowns } from './scope-input.schema.ts';
import {
  SIZE_CLASSES,
  aggregationFactor,
  decideAcrossPeriods,
  determineSizeClass,
  possibleSizeClasses,
  relatedFigures,
  type EnterpriseFigures,
  type EnterpriseRelation,
  type PeriodDecision,
  type SizeClass,
} from './size-class.ts';

export type AggregationRule = 'own_figures' | 'own_figures_declared_aggregated' | 'aggregated_annex_art_6';

export interface RelatedContribution {
  relation: EnterpriseRelation;
  share_pct: number | null;
  /** 1 for linked, share/100 for partners, 0 for a "partner" under 25 %. */
  factor: number;
  counted: EnterpriseFigures;
}

export interface SizeAssessment {
  own: EnterpriseFigures;
  aggregated: EnterpriseFigures;
  aggregation_rule: AggregationRule;
  aggregation_article: string;
  related: RelatedContribution[];
  current_period_size_class: SizeClass;
  previous_period: { figures: EnterpriseFigures; size_class: SizeClass } | null;
  decision: PeriodDecision;
}

const figuresOf = (f: EnterpriseFigures): EnterpriseFigures => ({
  employees: f.employees,
  annual_turnover_eur: f.annual_turnover_eur,
  balance_sheet_total_eur: f.balance_sheet_total_eur,
});

/** The size class of a complete input and how it was reached. */
export function assessSize(input: ScopeInput): SizeAssessment {
  const own = figuresOf(input);
  const list = input.linked_enterprises;
  const related: RelatedContribution[] = (list ?? []).map((e) => {
    const factor = aggregationFactor(e);
    return {
      relation: e.relation,
      share_pct: e.share_pct,
      factor,
      counted: {
        employees: e.employees * factor,
        annual_turnover_eur: e.annual_turnover_eur * factor,
        balance_sheet_total_eur: e.balance_sheet_total_eur * factor,
      },
    };
  });
  const added = relatedFigures(list ?? []);
  const aggregated: EnterpriseFigures = {
    employees: own.employees + added.employees,
    annual_turnover_eur: own.annual_turnover_eur + added.annual_turnover_eur,
    balance_sheet_total_eur: own.balance_sheet_total_eur + added.balance_sheet_total_eur,
  };
  const aggregation_rule: AggregationRule =
    list !== undefined
      ? 'aggregated_annex_art_6'
      : input.flags.group_aggregated
        ? 'own_figures_declared_aggregated'
        : 'own_figures';
  const current = determineSizeClass(aggregated);
  // The previous period's figures are "already aggregated for the group" (issue 17 item 2).
  const previous = input.previous_period
    ? { figures: figuresOf(input.previous_period), size_class: determineSizeClass(input.previous_period) }
    : null;
  return {
    own,
    aggregated,
    aggregation_rule,
    aggregation_article:
      aggregation_rule === 'aggregated_annex_art_6'
        ? 'Rec. 2003/361/EC Annex Art. 6(2)'
        : 'Rec. 2003/361/EC Annex Art. 6(1)',
    related,
    current_period_size_class: current,
    previous_period: previous,
    decision: decideAcrossPeriods(current, previous?.size_class ?? null),
  };
}

/** The answers about size that may be 'unknown', as input paths, in input order. */
export const SIZE_ANSWER_PATHS = [
  'employees',
  'annual_turnover_eur',
  'balance_sheet_total_eur',
  'linked_enterprises',
  'previous_period',
] as const;
export type SizeAnswerPath = (typeof SIZE_ANSWER_PATHS)[number];

export function unknownSizeAnswers(input: ScopeInputWithUnknowns): SizeAnswerPath[] {
  return SIZE_ANSWER_PATHS.filter((k) => input[k] === UNKNOWN);
}

/**
 * Every size class the answers can still give, smallest first. Unknown own figures range over every interval
 * the ceilings create (above what known related enterprises add); unknown related enterprises can only add, so
 * they reach every class from the own one up (Annex Art. 6(2)); an unknown previous period can make any class the
 * one held (Annex Art. 4(2)).
 */
export function possibleSizeClassesOf(input: ScopeInputWithUnknowns): SizeClass[] {
  const related = input.linked_enterprises;
  const added = related === undefined || related === UNKNOWN ? undefined : relatedFigures(related);
  let current = possibleSizeClasses(input, added);
  if (related === UNKNOWN) {
    const smallest = SIZE_CLASSES.indexOf(current[0] ?? 'micro');
    current = SIZE_CLASSES.slice(smallest);
  }
  const previous = input.previous_period;
  if (previous === undefined) return current;
  const previousClasses: SizeClass[] = previous === UNKNOWN ? [...SIZE_CLASSES] : [determineSizeClass(previous)];
  const found = new Set<SizeClass>();
  for (const c of current) for (const p of previousClasses) found.add(decideAcrossPeriods(c, p).size_class);
  return SIZE_CLASSES.filter((s) => found.has(s));
}

// Enterprise size classes of Commission Recommendation 2003/361/EC (Annex), which NIS2 Art. 2(1) and
// Cbw arts. 8 and 12 use for the size cap.

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export interface EnterpriseFigures {
  /** Annual work units (AWU, Rec. 2003/361/EC Annex Art. 5): full-time staff count 1, part-time pro rata. */
  employees: number;
  annual_turnover_eur: number;
  balance_sheet_total_eur: number;
}

interface Ceiling {
  sizeClass: Exclude<SizeClass, 'large'>;
  /** Headcount must be FEWER than this ("fewer than"). */
  employeesBelow: number;
  /** Money must NOT EXCEED these ("not exceeding"). */
  turnoverAtMost: number;
  balanceAtMost: number;
  article: string;
}

// Rec. 2003/361/EC Annex Art. 2: headcount AND (turnover OR balance sheet total), evaluated micro → small → medium.
export const SIZE_CEILINGS: readonly Ceiling[] = [
  // Rec. 2003/361/EC Annex Art. 2(3): micro = < 10 AWU and turnover or balance ≤ EUR 2 m
  {
    sizeClass: 'micro',
    employeesBelow: 10,
    turnoverAtMost: 2_000_000,
    balanceAtMost: 2_000_000,
    article: 'Rec. 2003/361/EC Annex Art. 2(3)',
  },
  // Rec. 2003/361/EC Annex Art. 2(2): small = < 50 AWU and turnover or balance ≤ EUR 10 m
  {
    sizeClass: 'small',
    employeesBelow: 50,
    turnoverAtMost: 10_000_000,
    balanceAtMost: 10_000_000,
    article: 'Rec. 2003/361/EC Annex Art. 2(2)',
  },
  // Rec. 2003/361/EC Annex Art. 2(1): medium = < 250 AWU and turnover ≤ EUR 50 m or balance ≤ EUR 43 m
  {
    sizeClass: 'medium',
    employeesBelow: 250,
    turnoverAtMost: 50_000_000,
    balanceAtMost: 43_000_000,
    article: 'Rec. 2003/361/EC Annex Art. 2(1)',
  },
];

/** The Rec. 2003/361/EC size class; "large" is everything that exceeds the medium ceilings. */
export function determineSizeClass(figures: EnterpriseFigures): SizeClass {
  for (const c of SIZE_CEILINGS) {
    const withinMoney =
      figures.annual_turnover_eur <= c.turnoverAtMost || figures.balance_sheet_total_eur <= c.balanceAtMost;
    if (figures.employees < c.employeesBelow && withinMoney) return c.sizeClass;
  }
  return 'large';
}

export function rankSizeClass(sizeClass: SizeClass): number {
  return SIZE_CLASSES.indexOf(sizeClass);
}

export interface PartnerEnterprise {
  /** Share of capital or voting rights held (the higher of the two), as a fraction: 0.25 ≤ share ≤ 0.5. */
  share: number;
  figures: EnterpriseFigures;
}

export interface GroupFigures {
  own: EnterpriseFigures;
  /** Partner enterprises (Rec. 2003/361/EC Annex Art. 3(2)): 25 % up to 50 %, added pro rata. */
  partners?: readonly PartnerEnterprise[];
  /** Linked enterprises (Annex Art. 3(3)): control or > 50 %, added in full. */
  linked?: readonly EnterpriseFigures[];
}

/**
 * The figures the size test must use: the enterprise's own data plus partner enterprises pro rata and
 * linked enterprises in full (Rec. 2003/361/EC Annex Art. 6(2)). The Annex Art. 3(4) public-body rule is
 * NOT applied here: NIS2 Art. 2(1) 2nd subpara. and Cbw arts. 8(2), 12(2) disapply it.
 */
export function aggregateGroupFigures(group: GroupFigures): EnterpriseFigures {
  const total: EnterpriseFigures = { ...group.own };
  const add = (f: EnterpriseFigures, factor: number): void => {
    total.employees += f.employees * factor;
    total.annual_turnover_eur += f.annual_turnover_eur * factor;
    total.balance_sheet_total_eur += f.balance_sheet_total_eur * factor;
  };
  for (const p of group.partners ?? []) add(p.figures, p.share);
  for (const l of group.linked ?? []) add(l, 1);
  return total;
}

// One value inside every interval the ceilings create, so enumerating them reaches every size class
// that an unknown figure could produce (used when an answer is "unknown").
const REPRESENTATIVE_EMPLOYEES = [0, 10, 50, 250];
const REPRESENTATIVE_TURNOVER = [0, 2_000_001, 10_000_001, 50_000_001];
const REPRESENTATIVE_BALANCE = [0, 2_000_001, 10_000_001, 43_000_001];

export interface PartialFigures {
  employees: number | 'unknown';
  annual_turnover_eur: number | 'unknown';
  balance_sheet_total_eur: number | 'unknown';
}

const ZERO: EnterpriseFigures = { employees: 0, annual_turnover_eur: 0, balance_sheet_total_eur: 0 };

/**
 * Every size class that is reachable when some figures are unknown, smallest first. `added` is what partner and
 * linked enterprises add to the own figures (Annex Art. 6(2)): an unknown own figure can then be anything from
 * the added amount up, so each interval's representative is raised to at least that amount.
 */
export function possibleSizeClasses(figures: PartialFigures, added: EnterpriseFigures = ZERO): SizeClass[] {
  const pick = (v: number | 'unknown', reps: number[], plus: number): number[] =>
    v === 'unknown' ? reps.map((r) => Math.max(r, plus)) : [v + plus];
  const found = new Set<SizeClass>();
  for (const employees of pick(figures.employees, REPRESENTATIVE_EMPLOYEES, added.employees))
    for (const annual_turnover_eur of pick(
      figures.annual_turnover_eur,
      REPRESENTATIVE_TURNOVER,
      added.annual_turnover_eur,
    ))
      for (const balance_sheet_total_eur of pick(
        figures.balance_sheet_total_eur,
        REPRESENTATIVE_BALANCE,
        added.balance_sheet_total_eur,
      ))
        found.add(determineSizeClass({ employees, annual_turnover_eur, balance_sheet_total_eur }));
  return SIZE_CLASSES.filter((s) => found.has(s));
}

// ---------------------------------------------------------------------------------------------------------
// Partner and linked enterprises as the scope input lists them (issue 17), and the two-period rule.

export const ENTERPRISE_RELATIONS = ['linked', 'partner'] as const;
export type EnterpriseRelation = (typeof ENTERPRISE_RELATIONS)[number];

export interface RelatedEnterprise extends EnterpriseFigures {
  relation: EnterpriseRelation;
  /** The larger of the share in capital and in voting rights, in percent; null allowed for linked enterprises. */
  share_pct: number | null;
}

/** Rec. 2003/361/EC Annex Art. 3(2): a holding of 25 % or more (of capital or voting rights) makes a partner. */
export const PARTNER_THRESHOLD_PCT = 25;

/**
 * The factor with which an enterprise's figures count (Annex Art. 6(2)): linked enterprises in full; partner
 * enterprises "proportional to the percentage interest in the capital or voting rights (whichever is greater)".
 * Below 25 % there is no partnership (Annex Art. 3(1)-(2): the enterprise is autonomous towards it), so nothing
 * is added.
 */
export function aggregationFactor(e: Pick<RelatedEnterprise, 'relation' | 'share_pct'>): number {
  if (e.relation === 'linked') return 1;
  const pct = e.share_pct ?? 0;
  return pct < PARTNER_THRESHOLD_PCT ? 0 : pct / 100;
}

/** What the related enterprises add to the own figures (Annex Art. 6(2)), without the own figures. */
export function relatedFigures(related: readonly RelatedEnterprise[]): EnterpriseFigures {
  return aggregateGroupFigures({
    own: ZERO,
    partners: related.filter((e) => e.relation === 'partner').map((e) => ({ share: aggregationFactor(e), figures: e })),
    linked: related.filter((e) => e.relation === 'linked'),
  });
}

export const PERIOD_RULES = ['single_period', 'same_in_both_periods', 'kept_until_two_periods'] as const;
export type PeriodRule = (typeof PERIOD_RULES)[number];
export type Period = 'current' | 'previous';

export interface PeriodDecision {
  size_class: SizeClass;
  rule: PeriodRule;
  /** The accounting periods whose figures decided the class. */
  periods: Period[];
  article: string;
}

/**
 * Rec. 2003/361/EC Annex Art. 4(2): exceeding or falling below a ceiling in one accounting period does not change
 * the status; it changes only when the ceilings are crossed "over two consecutive accounting periods". With the
 * preceding period's class as the status held before (the only history the input has), the class is the current
 * one when both periods agree, and otherwise stays the previous one.
 */
export function decideAcrossPeriods(current: SizeClass, previous: SizeClass | null): PeriodDecision {
  if (previous === null)
    return {
      size_class: current,
      rule: 'single_period',
      periods: ['current'],
      article: 'Rec. 2003/361/EC Annex Art. 4(1)',
    };
  if (previous === current)
    return {
      size_class: current,
      rule: 'same_in_both_periods',
      periods: ['current', 'previous'],
      article: 'Rec. 2003/361/EC Annex Art. 4(2)',
    };
  return {
    size_class: previous,
    rule: 'kept_until_two_periods',
    periods: ['previous'],
    article: 'Rec. 2003/361/EC Annex Art. 4(2)',
  };
}

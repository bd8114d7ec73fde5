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

/** Every size class that is reachable when some figures are unknown, smallest first. */
export function possibleSizeClasses(figures: PartialFigures): SizeClass[] {
  const pick = (v: number | 'unknown', reps: number[]): number[] => (v === 'unknown' ? reps : [v]);
  const found = new Set<SizeClass>();
  for (const employees of pick(figures.employees, REPRESENTATIVE_EMPLOYEES))
    for (const annual_turnover_eur of pick(figures.annual_turnover_eur, REPRESENTATIVE_TURNOVER))
      for (const balance_sheet_total_eur of pick(figures.balance_sheet_total_eur, REPRESENTATIVE_BALANCE))
        found.add(determineSizeClass({ employees, annual_turnover_eur, balance_sheet_total_eur }));
  return SIZE_CLASSES.filter((s) => found.has(s));
}

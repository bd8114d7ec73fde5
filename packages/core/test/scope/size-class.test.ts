// Rec. 2003/361/EC size classes: "fewer than" for headcount, "not exceeding" for money, and turnover OR
// balance sheet total.
import { describe, expect, it } from 'vitest';
import {
  aggregateGroupFigures,
  determineSizeClass,
  possibleSizeClasses,
  rankSizeClass,
} from '../../src/scope/index.ts';

const M = 1_000_000;
const size = (employees: number, turnover: number, balance: number) =>
  determineSizeClass({ employees, annual_turnover_eur: turnover, balance_sheet_total_eur: balance });

describe('determineSizeClass', () => {
  it.each([
    // headcount boundaries, money well within micro
    [9, 1 * M, 1 * M, 'micro'],
    [10, 1 * M, 1 * M, 'small'], // exactly 10 is not "fewer than 10"
    [49, 1 * M, 1 * M, 'small'],
    [50, 1 * M, 1 * M, 'medium'], // exactly 50 is not small
    [249, 1 * M, 1 * M, 'medium'],
    [250, 1 * M, 1 * M, 'large'], // exactly 250 is large
    // micro money ceiling EUR 2 m (turnover OR balance)
    [5, 2 * M, 99 * M, 'micro'],
    [5, 99 * M, 2 * M, 'micro'],
    [5, 2 * M + 1, 2 * M + 1, 'small'],
    // small money ceiling EUR 10 m
    [30, 10 * M, 99 * M, 'small'],
    [30, 99 * M, 10 * M, 'small'],
    [30, 10 * M + 1, 10 * M + 1, 'medium'],
    [5, 10 * M + 1, 10 * M + 1, 'medium'], // 8 AWU with > EUR 10 m both: medium, in scope
    // medium: turnover EUR 50 m, balance EUR 43 m
    [100, 50 * M, 99 * M, 'medium'],
    [100, 99 * M, 43 * M, 'medium'],
    [100, 50 * M + 1, 43 * M, 'medium'], // 249 AWU, turnover > 50 m but balance ≤ 43 m: medium
    [249, 50 * M + 1, 43 * M, 'medium'],
    [100, 50 * M, 43 * M + 1, 'medium'],
    [100, 50 * M + 1, 43 * M + 1, 'large'],
    [249, 50_000_001, 43_000_001, 'large'],
    // zero figures
    [0, 0, 0, 'micro'],
  ] as const)('%d AWU, turnover %d, balance %d → %s', (employees, turnover, balance, expected) => {
    expect(size(employees, turnover, balance)).toBe(expected);
  });
});

describe('aggregateGroupFigures (Rec. 2003/361/EC Annex Art. 6)', () => {
  it('adds partner enterprises pro rata and linked enterprises in full', () => {
    const own = { employees: 40, annual_turnover_eur: 8 * M, balance_sheet_total_eur: 6 * M };
    const total = aggregateGroupFigures({
      own,
      partners: [
        { share: 0.3, figures: { employees: 100, annual_turnover_eur: 10 * M, balance_sheet_total_eur: 10 * M } },
      ],
      linked: [{ employees: 20, annual_turnover_eur: 2 * M, balance_sheet_total_eur: 1 * M }],
    });
    expect(total).toEqual({ employees: 90, annual_turnover_eur: 13 * M, balance_sheet_total_eur: 10 * M });
    expect(determineSizeClass(own)).toBe('small');
    expect(determineSizeClass(total)).toBe('medium'); // the group figures move it into the size cap
    expect(own.employees).toBe(40); // input not mutated
  });

  it('with no partners or linked enterprises returns the own figures', () => {
    const own = { employees: 3, annual_turnover_eur: 1, balance_sheet_total_eur: 2 };
    expect(aggregateGroupFigures({ own })).toEqual(own);
  });
});

describe('possibleSizeClasses', () => {
  it('returns the one class when all figures are known', () => {
    expect(possibleSizeClasses({ employees: 50, annual_turnover_eur: 1, balance_sheet_total_eur: 1 })).toEqual([
      'medium',
    ]);
  });
  it('headcount ≥ 250 decides alone', () => {
    expect(
      possibleSizeClasses({ employees: 250, annual_turnover_eur: 'unknown', balance_sheet_total_eur: 'unknown' }),
    ).toEqual(['large']);
  });
  it('unknown headcount: any class, since 250 AWU or more is large whatever the money', () => {
    expect(
      possibleSizeClasses({ employees: 'unknown', annual_turnover_eur: 1 * M, balance_sheet_total_eur: 1 * M }),
    ).toEqual(['micro', 'small', 'medium', 'large']);
    expect(
      possibleSizeClasses({ employees: 'unknown', annual_turnover_eur: 'unknown', balance_sheet_total_eur: 'unknown' }),
    ).toHaveLength(4);
  });
  it('small headcount with unknown money: any class (money above both medium ceilings makes it large)', () => {
    expect(
      possibleSizeClasses({ employees: 5, annual_turnover_eur: 'unknown', balance_sheet_total_eur: 'unknown' }),
    ).toHaveLength(4);
  });
  it('small headcount with turnover ≤ EUR 2 m: micro only, whatever the balance sheet', () => {
    expect(
      possibleSizeClasses({ employees: 5, annual_turnover_eur: 2 * M, balance_sheet_total_eur: 'unknown' }),
    ).toEqual(['micro']);
  });
  it('40 AWU with unknown balance and turnover EUR 30 m: small, medium (balance decides)', () => {
    expect(
      possibleSizeClasses({ employees: 40, annual_turnover_eur: 30 * M, balance_sheet_total_eur: 'unknown' }),
    ).toEqual(['small', 'medium']);
  });
  it('ranks sizes', () => {
    expect(rankSizeClass('micro')).toBeLessThan(rankSizeClass('large'));
  });
});

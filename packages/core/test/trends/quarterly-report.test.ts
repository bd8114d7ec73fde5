import { describe, expect, it } from 'vitest';
import {
  QuarterlyReportPublishSchema,
  QuarterlyReportQuerySchema,
  quarterDays,
  quarterlyReportTitle,
} from '../../src/trends/index.ts';

describe('quarterly trend report contracts', () => {
  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
    [2028, 1, '2028-01-01', '2028-03-31'],
  ])('%i Q%i runs from %s to %s', (year, quarter, from, to) => {
    expect(quarterDays(year, quarter)).toEqual({ from, to });
  });

  it('titles the report in Dutch', () => {
    expect(quarterlyReportTitle(2026, 4)).toBe('Trendrapport Q4 2026');
  });

  it.each([
    [{ year: '2026', quarter: '5' }, 'quarter'],
    [{ year: '2026', quarter: '0' }, 'quarter'],
    [{ year: '2026', quarter: '2.5' }, 'quarter'],
    [{ year: '2023', quarter: '4' }, 'year'],
    [{ year: '2026', quarter: '1', tlp: 'RED' }, 'tlp'],
  ])('refuses %o, naming %s', (query, field) => {
    const parsed = QuarterlyReportQuerySchema.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it('publishes under every label but RED (a report names no people)', () => {
    const base = { year: 2026, quarter: 3, communityId: '00000000-0000-4000-8000-000000000001' };
    for (const tlp of ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'])
      expect(QuarterlyReportPublishSchema.safeParse({ ...base, tlp }).success).toBe(true);
    expect(QuarterlyReportPublishSchema.safeParse({ ...base, tlp: 'RED' }).success).toBe(false);
  });
});

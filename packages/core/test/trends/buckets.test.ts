import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketOf, bucketsBetween, bucketStartInstant } from '../../src/trends/buckets.ts';

describe('trend buckets on the Amsterdam calendar', () => {
  it('puts a report received just after local midnight on the 1st in the new month', () => {
    // 2026-11-30T23:30Z is 00:30 on 1 December in Amsterdam (CET, UTC+1).
    expect(bucketOf(new Date('2026-11-30T23:30:00Z'), 'month')).toBe('2026-12-01');
    expect(bucketOf(new Date('2026-11-30T22:30:00Z'), 'month')).toBe('2026-11-01');
  });

  it('starts ISO weeks on Monday, across a year boundary', () => {
    // Thursday 1 January 2026 is in ISO week 2026-W01, which starts on Monday 29 December 2025.
    expect(bucketOf(new Date('2026-01-01T12:00:00Z'), 'week')).toBe('2025-12-29');
    expect(bucketLabel('2025-12-29', 'week')).toBe('2026-W01');
    // Sunday 3 January 2027 still belongs to 2026-W53 (2026 has 53 ISO weeks).
    expect(bucketOf(new Date('2027-01-03T12:00:00Z'), 'week')).toBe('2026-12-28');
    expect(bucketLabel('2026-12-28', 'week')).toBe('2026-W53');
  });

  it('keeps summer time: local midnight of a summer month is 22:00 UTC the day before', () => {
    expect(bucketStartInstant('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(bucketStartInstant('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('lists every bucket of the period, empty ones included, and none beyond', () => {
    const from = bucketStartInstant('2026-06-15');
    const to = bucketStartInstant('2026-09-01');
    expect(bucketsBetween(from, to, 'month')).toEqual(['2026-06-01', '2026-07-01', '2026-08-01']);
    expect(bucketsBetween(from, to, 'quarter')).toEqual(['2026-04-01', '2026-07-01']);
    expect(bucketsBetween(to, from, 'month')).toEqual([]);
  });

  it('labels months and quarters', () => {
    expect(bucketLabel('2026-12-01', 'month')).toBe('2026-12');
    expect(bucketLabel('2026-10-01', 'quarter')).toBe('2026-Q4');
  });
});

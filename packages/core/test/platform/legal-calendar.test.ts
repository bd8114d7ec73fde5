import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amsterdamOffsetMs,
  amsterdamYear,
  dutchPublicHolidays,
  easterSunday,
  fromAmsterdamWallMs,
  isDutchNonWorkingDay,
  summerTimeEndMs,
  summerTimeStartMs,
  toAmsterdamWallMs,
} from '../../src/platform/legal-calendar.ts';
import { parseInstant } from '../../src/platform/instant.ts';

const HOUR = 3_600_000;

describe('Europe/Amsterdam summer time (Directive 2000/84/EC)', () => {
  it.each([
    [2026, '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z'],
    [2027, '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z'],
    [2028, '2028-03-26T01:00:00.000Z', '2028-10-29T01:00:00.000Z'],
  ])('%i switches on the last Sundays of March and October at 01:00 UTC', (year, start, end) => {
    expect(new Date(summerTimeStartMs(year)).toISOString()).toBe(start);
    expect(new Date(summerTimeEndMs(year)).toISOString()).toBe(end);
    expect(amsterdamOffsetMs(Date.parse(start) - 1)).toBe(HOUR);
    expect(amsterdamOffsetMs(Date.parse(start))).toBe(2 * HOUR);
    expect(amsterdamOffsetMs(Date.parse(end) - 1)).toBe(2 * HOUR);
    expect(amsterdamOffsetMs(Date.parse(end))).toBe(HOUR);
  });

  it('agrees with the tz database (Intl) from 2000 to 2100', () => {
    const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' });
    const intlOffset = (t: number): number => {
      const name = format.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const match = /GMT([+-]\d+)/.exec(name);
      return Number(match?.[1] ?? 0) * HOUR;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        expect(amsterdamOffsetMs(t)).toBe(intlOffset(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps wall-clock times back: skipped spring times to the switch, repeated autumn times to the first', () => {
    const wall = (iso: string): number => Date.parse(`${iso}Z`);
    expect(new Date(fromAmsterdamWallMs(wall('2026-03-29T02:30:00'))).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(fromAmsterdamWallMs(wall('2026-10-25T02:30:00'))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(fromAmsterdamWallMs(wall('2026-07-01T12:00:00'))).toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(new Date(fromAmsterdamWallMs(wall('2026-01-01T12:00:00'))).toISOString()).toBe('2026-01-01T11:00:00.000Z');
  });

  it('counts the year by the Amsterdam calendar (New Year falls at 23:00 UTC)', () => {
    expect(amsterdamYear(new Date('2026-12-31T22:59:59.999Z'))).toBe(2026);
    expect(amsterdamYear(new Date('2026-12-31T23:00:00.000Z'))).toBe(2027);
    const format = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        expect(amsterdamYear(new Date(t))).toBe(Number(format.format(t)));
      }),
    );
  });

  it('round-trips every instant through the wall clock outside the repeated autumn hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        const year = new Date(t).getUTCFullYear();
        const repeated = t >= summerTimeEndMs(year) && t < summerTimeEndMs(year) + HOUR;
        if (!repeated) expect(fromAmsterdamWallMs(toAmsterdamWallMs(t))).toBe(t);
      }),
    );
  });
});

describe('Algemene termijnenwet art. 3 holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    const e = easterSunday(year);
    expect(`${e.year}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`).toBe(date);
  });

  it('lists the 2026 holidays', () => {
    const dates = dutchPublicHolidays(2026).map((h) => `${h.date.month}-${h.date.day} ${h.name}`);
    expect(dates).toEqual([
      '1-1 Nieuwjaarsdag',
      '4-3 Goede Vrijdag',
      '4-6 tweede Paasdag',
      '4-27 de dag waarop de verjaardag van de Koning wordt gevierd',
      '5-5 de vijfde mei',
      '5-14 Hemelvaartsdag',
      '5-25 tweede Pinksterdag',
      '12-25 eerste Kerstdag',
      '12-26 tweede Kerstdag',
    ]);
  });

  it("moves King's Day to Saturday 26 April when 27 April is a Sunday", () => {
    expect(dutchPublicHolidays(2025).find((h) => h.name.includes('Koning'))?.date).toEqual({
      year: 2025,
      month: 4,
      day: 26,
    });
  });

  it.each([
    [{ year: 2026, month: 2, day: 28 }, true], // Saturday
    [{ year: 2026, month: 3, day: 1 }, true], // Sunday
    [{ year: 2026, month: 3, day: 2 }, false],
    [{ year: 2026, month: 5, day: 5 }, true],
    [{ year: 2026, month: 5, day: 15 }, false], // Friday after Ascension: only by Royal Decree (art. 3(3)), not modelled
  ])('%o non-working: %s', (date, expected) => {
    expect(isDutchNonWorkingDay(date)).toBe(expected);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-03-29T01:30:00Z', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T01:30Z', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T03:30:00+02:00', '2026-03-29T01:30:00.000Z'],
    ['2026-03-28T20:30:00-05:00', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T01:30:00.123456789Z', '2026-03-29T01:30:00.123Z'],
    ['2026-03-29t01:30:00z', '2026-03-29T01:30:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('%s → %s', (text, expected) => {
    const parsed = parseInstant(text);
    expect(parsed.ok && new Date(parsed.epochMs).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-03-29T01:30:00', 'missing_offset'],
    ['2026-03-29T01:30', 'missing_offset'],
    ['2026-03-29', 'missing_offset'],
    ['2026-03-29 01:30:00', 'missing_offset'],
    ['2027-02-29T00:00:00Z', 'invalid'],
    ['2026-13-01T00:00:00Z', 'invalid'],
    ['2026-03-29T24:00:00Z', 'invalid'],
    ['2026-03-29T01:30:00+0200', 'invalid'],
    ['2026-03-29T01:30:00+02', 'invalid'],
    ['1774747800000', 'invalid'],
    ['', 'invalid'],
  ])('%s is rejected (%s)', (text, reason) => {
    const parsed = parseInstant(text);
    expect(parsed.ok ? null : parsed.reason).toBe(reason);
  });
});

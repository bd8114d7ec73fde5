import { describe, expect, it } from 'vitest';
import { describeCountdown } from '../src/routes/incidents/countdown.ts';
import { t, tEn } from './support/i18n.ts';

const deadline = '2025-03-01T12:00:00Z';
const at = (offsetMinutes: number) => Date.parse(deadline) - offsetMinutes * 60_000;

describe('describeCountdown', () => {
  it.each([
    [5 * 60 + 12, 'nog 5 uur 12 min'],
    [60, 'nog 1 uur 0 min'],
    [59, 'nog 59 minuten'],
    [1, 'nog 1 minuut'],
    [0, 'nog 0 minuten'],
    // Seconds do not count up to a minute: 30 s left is "0 minutes", not "1".
    [0.5, 'nog 0 minuten'],
    [3 * 1440 + 2 * 60 + 30, 'nog 3 dagen 2 uur'],
    [-(2 * 60 + 3), '2 uur 3 min te laat'],
    [-1, '1 minuut te laat'],
    [-1440, '1 dagen 0 uur te laat'],
  ])('%d minutes before the deadline → %s', (minutes, expected) => {
    expect(describeCountdown(deadline, at(minutes), t)).toBe(expected);
  });

  it('speaks English when the user switched', () => {
    expect(describeCountdown(deadline, at(90), tEn)).toMatch(/1.*30/);
    expect(describeCountdown(deadline, at(90), tEn)).not.toBe(describeCountdown(deadline, at(90), t));
  });
});

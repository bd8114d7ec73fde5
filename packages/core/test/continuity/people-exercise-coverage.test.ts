import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXERCISE_TRANSITIONS,
  amsterdamToday,
  attendanceExpiry,
  exerciseCalendar,
  holderTraining,
  planExerciseStatus,
  roleCoverage,
  samePerson,
  type TrainingRecord,
} from '../../src/continuity/index.ts';

const rec = (
  personName: string,
  completedOn: string,
  expiresOn: string | null,
  source: TrainingRecord['source'] = 'activity',
): TrainingRecord => ({
  personName,
  completedOn,
  expiresOn,
  source,
});

describe('attendance expiry', () => {
  it.each([
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-06-01', null, null],
  ] as const)('%s + %s months → %s', (on, months, expected) => {
    expect(attendanceExpiry(on, months)).toBe(expected);
  });
});

describe('a holder’s training', () => {
  const today = '2026-12-07';
  it.each([
    ['a current record', [rec('An', '2026-01-01', '2027-01-01')], [], 'current'],
    ['a record that does not expire', [rec('An', '2020-01-01', null)], [], 'current'],
    ['valid through its last day', [rec('An', '2025-12-07', '2026-12-07')], [], 'current'],
    ['only an expired record', [rec('An', '2024-01-01', '2026-12-06')], ['2026-01-01'], 'expired'],
    ['nothing, due date passed', [], ['2026-12-06'], 'overdue'],
    ['nothing, due today', [], ['2026-12-07'], 'missing'],
    ['nothing, no due date', [], [null], 'missing'],
    ['someone else’s record', [rec('Bert', '2026-01-01', null)], [], 'missing'],
    ['a record completed in the future does not count yet', [rec('An', '2026-12-08', null)], [], 'missing'],
  ] as const)('%s', (_name, records, dueDates, status) => {
    expect(holderTraining('An', records, dueDates, today).status).toBe(status);
  });

  it('counts the record valid longest, and a board training as its source', () => {
    expect(
      holderTraining(
        'M. de Vries',
        [
          rec('m. de  vries', '2026-01-01', '2027-01-01'),
          rec('M. de Vries', '2026-03-01', '2028-03-01', 'board-training'),
        ],
        [],
        today,
      ),
    ).toEqual({ status: 'current', validUntil: '2028-03-01', source: 'board-training' });
    expect(
      holderTraining('An', [rec('An', '2026-01-01', '2030-01-01'), rec('An', '2025-01-01', null)], [], today),
    ).toEqual({
      status: 'current',
      validUntil: null,
      source: 'activity',
    });
  });

  it('matches people by name without case or extra spaces', () => {
    expect(samePerson(' M. de  Vries', 'm. de vries')).toBe(true);
    expect(samePerson('M. de Vries', 'M. Devries')).toBe(false);
  });
});

describe('role coverage', () => {
  it.each([
    [[], 'uncovered'],
    [[{ deputy: false, status: 'current' }], 'partial'],
    [[{ deputy: true, status: 'current' }], 'partial'],
    [
      [
        { deputy: false, status: 'current' },
        { deputy: true, status: 'expired' },
      ],
      'partial',
    ],
    [
      [
        { deputy: false, status: 'current' },
        { deputy: true, status: 'current' },
      ],
      'covered',
    ],
    [
      [
        { deputy: false, status: 'overdue' },
        { deputy: true, status: 'missing' },
      ],
      'uncovered',
    ],
  ] as const)('%j → %s', (holders, status) => {
    expect(roleCoverage(holders).status).toBe(status);
  });

  it('is covered exactly when a primary holder and a deputy are current', () => {
    const holder = fc.record({
      deputy: fc.boolean(),
      status: fc.constantFrom('current', 'expired', 'overdue', 'missing' as const),
    });
    fc.assert(
      fc.property(fc.array(holder, { maxLength: 8 }), (holders) => {
        const c = roleCoverage(holders);
        const current = holders.filter((h) => h.status === 'current');
        expect(c.current).toBe(current.length);
        expect(c.status === 'covered').toBe(current.some((h) => h.deputy) && current.some((h) => !h.deputy));
        expect(c.status === 'uncovered').toBe(current.length === 0);
      }),
    );
  });
});

describe('plan exercise status and calendar', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  it.each([
    [null, 'never'],
    ['2026-03-10T08:00:00Z', 'current'],
    ['2025-12-07T10:00:00Z', 'current'],
    ['2025-12-06T10:00:00Z', 'due'],
  ] as const)('last exercised %s → %s', (last, status) => {
    expect(planExerciseStatus(last === null ? null : new Date(last), now)).toBe(status);
  });

  it('puts exercises in their Amsterdam month, ordered, and leaves out other years', () => {
    const months = exerciseCalendar(2027, [
      { id: 'b', startsAt: '2027-03-20T09:00:00.000Z' },
      { id: 'a', startsAt: '2027-03-10T09:00:00.000Z' },
      // 23:30 UTC on 31 January is 00:30 on 1 February in Amsterdam.
      { id: 'feb', startsAt: '2027-01-31T23:30:00.000Z' },
      // 23:30 UTC on 31 December 2026 is already 2027 in Amsterdam.
      { id: 'new-year', startsAt: '2026-12-31T23:30:00.000Z' },
      { id: 'old', startsAt: '2026-06-01T09:00:00.000Z' },
    ]);
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.items.map((e) => e.id))).toEqual([
      ['new-year'],
      ['feb'],
      ['a', 'b'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('gives the Dutch date of today', () => {
    expect(amsterdamToday(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
  });

  it('closes an evaluated exercise and lets a cancelled one be planned again', () => {
    expect(EXERCISE_TRANSITIONS.evaluated).toEqual([]);
    expect(EXERCISE_TRANSITIONS.planned).toContain('held');
    expect(EXERCISE_TRANSITIONS.held).toEqual(['evaluated']);
    expect(EXERCISE_TRANSITIONS.cancelled).toEqual(['planned']);
  });
});

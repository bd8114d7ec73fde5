import { describe, expect, it } from 'vitest';
import {
  CrisisSettingsSchema,
  DEFAULT_CRISIS_SETTINGS,
  declarableLevels,
  isSitrepDue,
  levelDirection,
  nextSitrepDueAt,
} from '../../src/crisis/index.ts';

describe('crisis level settings', () => {
  it('accepts the defaults: the reference suggestion normal → heightened → incident → crisis (regional, national)', () => {
    expect(CrisisSettingsSchema.safeParse(DEFAULT_CRISIS_SETTINGS).success).toBe(true);
    expect(declarableLevels(DEFAULT_CRISIS_SETTINGS.levels).map((l) => l.key)).toEqual([
      'heightened',
      'incident',
      'crisis-regional',
      'crisis-national',
    ]);
  });

  it.each([
    [
      'a duplicate level key',
      {
        levels: [
          { key: 'a', label: 'A', rank: 0 },
          { key: 'a', label: 'B', rank: 1 },
        ],
      },
    ],
    [
      'a duplicate rank',
      {
        levels: [
          { key: 'a', label: 'A', rank: 0 },
          { key: 'b', label: 'B', rank: 0 },
        ],
      },
    ],
    ['a single level (nothing to declare above normal)', { levels: [{ key: 'a', label: 'A', rank: 0 }] }],
    [
      'a key with capitals',
      {
        levels: [
          { key: 'Normal', label: 'A', rank: 0 },
          { key: 'b', label: 'B', rank: 1 },
        ],
      },
    ],
    [
      'a duplicate structure',
      {
        structures: [
          { key: 'ncc', label: 'NCC' },
          { key: 'ncc', label: 'NCC 2' },
        ],
      },
    ],
    ['a sitrep rhythm under 15 minutes', { defaultSitrepIntervalMinutes: 10 }],
  ])('refuses %s', (_name, change) => {
    expect(CrisisSettingsSchema.safeParse({ ...DEFAULT_CRISIS_SETTINGS, ...change }).success).toBe(false);
  });

  it('tells escalation from de-escalation by rank, not by order in the list', () => {
    const levels = [
      { key: 'red', label: 'Rood', rank: 9 },
      { key: 'green', label: 'Groen', rank: 1 },
      { key: 'orange', label: 'Oranje', rank: 5 },
    ];
    expect(levelDirection(levels, 'orange', 'red')).toBe('escalated');
    expect(levelDirection(levels, 'orange', 'green')).toBe('de-escalated');
    expect(levelDirection(levels, 'orange', 'orange')).toBeUndefined();
    expect(levelDirection(levels, 'orange', 'purple')).toBeUndefined();
    expect(declarableLevels(levels).map((l) => l.key)).toEqual(['orange', 'red']);
  });
});

describe('sitrep rhythm', () => {
  const declaredAt = new Date('2026-12-07T08:00:00Z');
  const facts = { status: 'declared' as const, declaredAt, lastSitrepAt: null, intervalMinutes: 240 };

  it('is due one interval after the declaration, then one interval after the last sitrep', () => {
    expect(nextSitrepDueAt(facts)?.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    const last = new Date('2026-12-07T11:00:00Z');
    expect(nextSitrepDueAt({ ...facts, lastSitrepAt: last })?.toISOString()).toBe('2026-12-07T15:00:00.000Z');
  });

  it('fires from the due moment on, not a minute before', () => {
    expect(isSitrepDue(facts, new Date('2026-12-07T11:59:00Z'))).toBe(false);
    expect(isSitrepDue(facts, new Date('2026-12-07T12:00:00Z'))).toBe(true);
  });

  it('owes nothing once the crisis is closed, but still does when it is de-escalated', () => {
    expect(nextSitrepDueAt({ ...facts, status: 'closed' })).toBeNull();
    expect(isSitrepDue({ ...facts, status: 'closed' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isSitrepDue({ ...facts, status: 'de-escalated' }, new Date('2026-12-07T12:00:00Z'))).toBe(true);
  });
});

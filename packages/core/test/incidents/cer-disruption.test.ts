import { describe, expect, it } from 'vitest';
import { assessCerDisruption } from '../../src/incidents/index.ts';

const THRESHOLDS = {
  source: 'test thresholds',
  usersAffectedAbove: 10_000,
  shareAffectedAbove: 0.05,
  durationMinutesAbove: 240,
  areaAtLeast: 'national',
  isolatedAreaCounts: true,
} as const;

describe('CER Art. 15(1) significant disruption', () => {
  it('without national thresholds, the recorded judgement decides', () => {
    expect(assessCerDisruption({ usersAffected: 5, significantDisruption: true }).outcome).toBe('significant');
    expect(assessCerDisruption({ usersAffected: 5_000_000, significantDisruption: false }).outcome).toBe(
      'not_significant',
    );
    const open = assessCerDisruption({ usersAffected: 5_000, totalUsers: 80_000, limitedAvailabilityMinutes: 90 });
    expect(open.outcome).toBe('unknown');
    expect(open.missingFacts).toEqual(['significantDisruption']);
    expect(open.factors).toMatchObject({
      usersAffected: 5_000,
      shareAffected: 0.0625,
      durationMinutes: 90,
      affectedArea: null,
    });
  });

  const quiet = {
    usersAffected: 100,
    totalUsers: 1_000_000,
    limitedAvailabilityMinutes: 10,
    affectedArea: 'local',
    isolatedAreaAffected: false,
  } as const;

  it.each([
    ['all parameters below their thresholds', {}, []],
    ['exactly 10 000 users', { usersAffected: 10_000 }, []],
    ['10 001 users', { usersAffected: 10_001 }, ['cer_15_1a_users']],
    ['exactly 5 % of users', { usersAffected: 5_000, totalUsers: 100_000 }, []],
    ['just over 5 % of users', { usersAffected: 5_001, totalUsers: 100_000 }, ['cer_15_1a_share']],
    ['exactly 240 minutes', { limitedAvailabilityMinutes: 240 }, []],
    ['241 minutes', { limitedAvailabilityMinutes: 241 }, ['cer_15_1b_duration']],
    ['regional area', { affectedArea: 'regional' }, []],
    ['national area', { affectedArea: 'national' }, ['cer_15_1c_area']],
    ['cross-border area', { affectedArea: 'cross_border' }, ['cer_15_1c_area']],
    ['isolated area', { isolatedAreaAffected: true }, ['cer_15_1c_isolated']],
  ] as const)('with thresholds: %s', (_name, changes, met) => {
    const result = assessCerDisruption({ ...quiet, ...changes }, THRESHOLDS);
    expect(result.criteriaMet.map((c) => c.id)).toEqual(met);
    expect(result.outcome).toBe(met.length > 0 ? 'significant' : 'not_significant');
  });

  it('with thresholds, a missing parameter keeps the outcome open and is named', () => {
    const result = assessCerDisruption({ ...quiet, limitedAvailabilityMinutes: null }, THRESHOLDS);
    expect(result.outcome).toBe('unknown');
    expect(result.missingFacts).toEqual(['limitedAvailabilityMinutes']);
  });

  it('flags six or more Member States for the Commission', () => {
    expect(assessCerDisruption({ memberStatesAffected: 6 }).sixOrMoreMemberStates).toBe(true);
    expect(assessCerDisruption({ memberStatesAffected: 5 }).sixOrMoreMemberStates).toBe(false);
    expect(assessCerDisruption({}).sixOrMoreMemberStates).toBeNull();
  });

  it('rejects thresholds without a source', () => {
    expect(() => assessCerDisruption({}, { usersAffectedAbove: 1 })).toThrow();
  });
});

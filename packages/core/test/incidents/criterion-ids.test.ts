import { describe, expect, it } from 'vitest';
import {
  assessCerDisruption,
  CER_CRITERION_IDS,
  listSignificanceCriteria,
  SIGNIFICANCE_CRITERION_IDS,
  SIGNIFICANCE_ENTITY_TYPES,
} from '../../src/incidents/index.ts';

// The web keys its Dutch criterion texts by these id lists; the type system checks that every criterion's
// id is listed, these tests check the other way: no listed id that no criterion uses (a label for nothing).
describe('criterion id lists', () => {
  it('lists exactly the ids of the significance criteria of all entity types, without duplicates', () => {
    const used = new Set(SIGNIFICANCE_ENTITY_TYPES.flatMap((type) => listSignificanceCriteria(type).map((c) => c.id)));
    expect([...used].sort()).toEqual([...SIGNIFICANCE_CRITERION_IDS].sort());
    expect(new Set(SIGNIFICANCE_CRITERION_IDS).size).toBe(SIGNIFICANCE_CRITERION_IDS.length);
  });

  it('lists exactly the ids of the CER Art. 15(1) criteria', () => {
    // Every threshold exceeded and the judgement recorded: every CER criterion is met.
    const all = assessCerDisruption(
      {
        usersAffected: 2_000_000,
        totalUsers: 2_000_001,
        limitedAvailabilityMinutes: 1_000,
        affectedArea: 'cross_border',
        isolatedAreaAffected: true,
        significantDisruption: true,
      },
      {
        source: 'test thresholds',
        usersAffectedAbove: 10,
        shareAffectedAbove: 0.05,
        durationMinutesAbove: 60,
        areaAtLeast: 'local',
        isolatedAreaCounts: true,
      },
    );
    expect(all.criteriaMet.map((c) => c.id).sort()).toEqual([...CER_CRITERION_IDS].sort());
  });
});

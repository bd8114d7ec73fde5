import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CATALOGUES,
  RequirementIdSchema,
  findRequirement,
  requirementsCountedBy,
  type RequirementMapping,
} from '../../src/measures/index.ts';

describe('catalogues', () => {
  const all = CATALOGUES.flatMap((c) => c.sections.flatMap((s) => s.requirements.map((r) => ({ c, r }))));

  it('gives every requirement a well-formed id, unique across catalogues and prefixed by its catalogue', () => {
    const ids = all.map(({ r }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { c, r } of all) {
      expect(RequirementIdSchema.safeParse(r.id).success, r.id).toBe(true);
      expect(r.id.startsWith(`${c.id}:`), r.id).toBe(true);
    }
  });

  it('holds the ten points of NIS2 Art. 21(2), (a) to (j)', () => {
    expect('abcdefghij'.split('').map((l) => findRequirement(`nis2-art21:${l}`)?.requirement.ref)).toEqual(
      'abcdefghij'.split('').map((l) => `Art. 21(2)(${l})`),
    );
  });
});

describe('requirementsCountedBy', () => {
  const m = (from: string, to: string): RequirementMapping => ({ from, to, source: 'test' });

  it('follows the crosswalk from the specific to the broad, transitively, and never back down', () => {
    const walk = [m('ir:6.6', 'iso:A.8.8'), m('iso:A.8.8', 'nis2:e'), m('ir:6.2', 'nis2:e')];
    expect(requirementsCountedBy('ir:6.6', walk).sort()).toEqual(['iso:A.8.8', 'nis2:e']);
    expect(requirementsCountedBy('nis2:e', walk)).toEqual([]);
  });

  it('ends on cycles and never counts a requirement for itself', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })), { maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (pairs, start) => {
          const walk = pairs.map(([a, b]) => m(`x:${a}`, `x:${b}`));
          const counted = requirementsCountedBy(`x:${start}`, walk);
          expect(counted).not.toContain(`x:${start}`);
          expect(new Set(counted).size).toBe(counted.length);
          // Closed under the crosswalk: whatever a counted requirement maps to is counted too (or is the start).
          for (const { from, to } of walk)
            if (counted.includes(from) && to !== `x:${start}`) expect(counted).toContain(to);
        },
      ),
    );
  });
});

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
          // Within one catalogue, closed under the crosswalk: whatever a counted requirement maps to is counted too (or is the start).
          for (const { from, to } of walk)
            if (counted.includes(from) && to !== `x:${start}`) expect(counted).toContain(to);
        },
      ),
    );
  });

  it('ends on cycles across catalogues and never returns to a catalogue it left', () => {
    const node = fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 40 }), node, (pairs, [sc, sn]) => {
        // Only lines between catalogues, so every step leaves one.
        const walk = pairs.filter(([[a], [b]]) => a !== b).map(([[a, i], [b, j]]) => m(`${a}:${i}`, `${b}:${j}`));
        const start = `${sc}:${sn}`;
        const counted = requirementsCountedBy(start, walk);
        expect(new Set(counted).size).toBe(counted.length);
        expect(counted.filter((id) => id.startsWith(`${sc}:`))).toEqual([]);
        for (const { from, to } of walk) if (from === start) expect(counted).toContain(to);
      }),
    );
  });

  it('does not count a requirement for a sibling through an equivalence in another catalogue', () => {
    const walk = [
      m('ir:6.6', 'iso:A.8.8'),
      m('iso:A.8.8', 'ir:6.6'),
      m('iso:A.8.8', 'ir:6.10'),
      m('ir:6.10', 'nis2:e'),
    ];
    expect(requirementsCountedBy('ir:6.6', walk)).toEqual(['iso:A.8.8']);
    expect(requirementsCountedBy('iso:A.8.8', walk).sort()).toEqual(['ir:6.10', 'ir:6.6', 'nis2:e']);
    // Through three catalogues: b → iso → ir → nis2.
    expect(requirementsCountedBy('bio:8.08.06', [m('bio:8.08.06', 'iso:A.8.8'), ...walk]).sort()).toEqual([
      'ir:6.10',
      'ir:6.6',
      'iso:A.8.8',
      'nis2:e',
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogue, RequirementMapping } from '../../src/measures/catalogue.contracts.ts';
import { coverageOf, crosswalkCredit } from '../../src/measures/coverage.ts';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../../src/measures/implementation.contracts.ts';

// Two small catalogues of our own, so the rules are tested whatever the shipped data holds.
const BROAD: Catalogue = {
  id: 'broad',
  title: 'Broad duties',
  source: { citation: 'test', version: '1', text: 'full' },
  sections: [
    {
      ref: 'S1',
      title: 'One',
      requirements: [
        { id: 'broad:a', ref: 'a', title: 'A' },
        { id: 'broad:b', ref: 'b', title: 'B' },
      ],
    },
    { ref: 'S2', title: 'Two', requirements: [{ id: 'broad:c', ref: 'c', title: 'C' }] },
  ],
};
const SPECIFIC: Catalogue = {
  id: 'specific',
  title: 'Specific measures',
  source: { citation: 'test', version: '1', text: 'full' },
  sections: [
    {
      ref: '6',
      title: 'Six',
      requirements: [
        { id: 'specific:6.1', ref: '6.1', title: 'x' },
        { id: 'specific:6.2', ref: '6.2', title: 'y' },
      ],
    },
  ],
};
const CATS = [BROAD, SPECIFIC];
// specific:6.1 counts for broad:a; broad:a counts for broad:c (transitive).
const MAPS: RequirementMapping[] = [
  { from: 'specific:6.1', to: 'broad:a', source: 'test' },
  { from: 'broad:a', to: 'broad:c', source: 'test' },
];
const IDS = CATS.flatMap((c) => c.sections.flatMap((s) => s.requirements.map((r) => r.id)));

const cov = (entries: [string, ImplementationStatus][]) => coverageOf(new Map(entries), CATS, MAPS);

describe('coverage', () => {
  it('is 0 with nothing done and 1 when everything is implemented', () => {
    expect(cov([])[0]!.share).toBe(0);
    expect(cov(IDS.map((id) => [id, 'implemented'])).every((c) => c.share === 1)).toBe(true);
  });

  it('counts partial as half', () => {
    const [broad] = cov([['broad:b', 'partial']]);
    expect(broad!.credit).toBe(0.5);
    expect(broad!.sections[0]!.share).toBe(0.25);
  });

  it('leaves not-applicable out of the denominator', () => {
    const [broad] = cov([
      ['broad:a', 'implemented'],
      ['broad:b', 'not-applicable'],
    ]);
    expect(broad!.sections[0]).toMatchObject({ applicable: 1, notApplicable: 1, share: 1 });
    // A section where nothing applies is not missing anything.
    const [, specific] = cov([
      ['specific:6.1', 'not-applicable'],
      ['specific:6.2', 'not-applicable'],
    ]);
    expect(specific!.share).toBe(1);
  });

  it('credits a requirement through the crosswalk, transitively, one direction only', () => {
    const [broad, specific] = cov([['specific:6.1', 'implemented']]);
    // broad:a directly, broad:c through broad:a.
    expect(broad!.credit).toBe(2);
    expect(broad!.sections[1]!.share).toBe(1);
    expect(specific!.credit).toBe(1);
    // The broad duty implemented does not make the specific measure count as done.
    const [, specific2] = cov([['broad:a', 'implemented']]);
    expect(specific2!.credit).toBe(0);
  });

  it('takes the best of own status and crosswalk credit, and says who gave it', () => {
    const statuses = new Map<string, ImplementationStatus>([
      ['specific:6.1', 'partial'],
      ['broad:a', 'implemented'],
    ]);
    expect(crosswalkCredit(statuses, MAPS).get('broad:c')).toEqual({ credit: 1, from: ['broad:a'] });
    expect(coverageOf(statuses, CATS, MAPS)[0]!.credit).toBe(2);
  });

  it('gives a broad duty the share of its mapped parts that is done, per source catalogue', () => {
    // broad:b is implemented through four parts of 'specific' and one of 'other'.
    const parts: RequirementMapping[] = [
      ...['6.1', '6.2', '6.3', '6.4'].map((p) => ({ from: `specific:${p}`, to: 'broad:b', source: 'test' })),
      { from: 'other:x', to: 'broad:b', source: 'test' },
    ];
    const credit = (entries: [string, ImplementationStatus][]) =>
      crosswalkCredit(new Map(entries), parts).get('broad:b');
    // Patching alone is not the whole duty: one part of four.
    expect(credit([['specific:6.1', 'implemented']])).toEqual({ credit: 0.25, from: ['specific:6.1'] });
    expect(
      credit([
        ['specific:6.1', 'implemented'],
        ['specific:6.2', 'partial'],
        ['specific:6.3', 'not-applicable'],
      ]),
    ).toEqual({ credit: 0.5, from: ['specific:6.1', 'specific:6.2'] });
    // The best catalogue counts: the other catalogue's only part done is the whole duty there.
    expect(
      credit([
        ['specific:6.1', 'implemented'],
        ['other:x', 'implemented'],
      ]),
    ).toEqual({
      credit: 1,
      from: ['other:x'],
    });
    // Every part not applicable gives nothing (the duty itself still has to be assessed).
    expect(credit(['6.1', '6.2', '6.3', '6.4'].map((p) => [`specific:${p}`, 'not-applicable']))).toBeUndefined();
  });

  // Property: raising one requirement's status (not-started → partial → implemented) never lowers
  // any catalogue's or section's coverage, crosswalk included.
  const ORDERED: ImplementationStatus[] = ['not-started', 'partial', 'implemented'];
  const statusesArb = fc.array(fc.constantFrom(...IMPLEMENTATION_STATUSES), {
    minLength: IDS.length,
    maxLength: IDS.length,
  });

  it('only rises when a status rises', () => {
    fc.assert(
      fc.property(statusesArb, fc.nat(IDS.length - 1), fc.nat(2), (statuses, index, raise) => {
        const before = new Map(IDS.map((id, i) => [id, statuses[i]!]));
        const current = before.get(IDS[index]!)!;
        fc.pre(current !== 'not-applicable');
        const level = Math.max(ORDERED.indexOf(current), raise);
        const after = new Map(before).set(IDS[index]!, ORDERED[level]!);
        const a = coverageOf(before, CATS, MAPS);
        const b = coverageOf(after, CATS, MAPS);
        a.forEach((c, i) => {
          expect(b[i]!.share).toBeGreaterThanOrEqual(c.share);
          c.sections.forEach((s, j) => expect(b[i]!.sections[j]!.share).toBeGreaterThanOrEqual(s.share));
        });
      }),
    );
  });

  it('gives crosswalk credit exactly where the mapping points', () => {
    fc.assert(
      fc.property(statusesArb, (statuses) => {
        const map = new Map(IDS.map((id, i) => [id, statuses[i]!]));
        const withMaps = coverageOf(map, CATS, MAPS);
        const without = coverageOf(map, CATS, []);
        // The crosswalk never lowers coverage, and never changes a catalogue no mapping points into.
        withMaps.forEach((c, i) => expect(c.share).toBeGreaterThanOrEqual(without[i]!.share));
        expect(withMaps[1]).toEqual(without[1]);
      }),
    );
  });
});

describe('coverage through the built-in ISO/IEC 27001 ↔ 2024/2690 ↔ Art. 21 crosswalk', () => {
  const share = (statuses: [string, ImplementationStatus][], catalogue: string, section?: string) => {
    const c = coverageOf(new Map(statuses)).find((x) => x.catalogueId === catalogue)!;
    return section === undefined ? c.share : c.sections.find((s) => s.ref === section)!.share;
  };

  it('raises NIS2 Art. 21 coverage when an ISO control is implemented', () => {
    expect(share([], 'nis2-art21')).toBe(0);
    // A.8.24 (cryptography) ↔ 2024/2690 9.1 and 9.2 → Art. 21(2)(h).
    const after = share([['iso27001-2022:A.8.24', 'implemented']], 'nis2-art21');
    expect(after).toBeGreaterThan(0);
    expect(share([['iso27001-2022:A.8.24', 'implemented']], 'ir-2024-2690', '9')).toBeCloseTo(2 / 3);
    // Partial counts half as much.
    expect(share([['iso27001-2022:A.8.24', 'partial']], 'nis2-art21')).toBeCloseTo(after / 2);
  });

  it('raises ISO coverage when a 2024/2690 subsection is implemented (the reverse)', () => {
    expect(share([], 'iso27001-2022', 'A.8')).toBe(0);
    // 6.6 patching is one of A.8.8's two subsections (6.6, 6.10): half of A.8.8.
    const cov = coverageOf(new Map([['ir-2024-2690:6.6', 'implemented']]));
    const isoA8 = cov.find((c) => c.catalogueId === 'iso27001-2022')!.sections.find((s) => s.ref === 'A.8')!;
    expect(isoA8.credit).toBeCloseTo(0.5);
    // Art. 21(2) points implemented directly never count for an ISO control.
    expect(share([['nis2-art21:e', 'implemented']], 'iso27001-2022')).toBe(0);
  });
});

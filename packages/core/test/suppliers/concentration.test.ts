import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, impactOf } from '../../src/assets/index.ts';
import { concentrationOf, type ConcentrationInput } from '../../src/suppliers/index.ts';

const reversed = (edges: [string, string][]) =>
  buildDependencyGraph(edges.map(([from, to]) => ({ from, to }))).dependentsOf;

// The water company: drinking water and waste water both run on SCADA, which runs on the SCADA supplier's
// remote maintenance; the hospital's lab has a second source for its hosting.
const EDGES: [string, string][] = [
  ['drinkwater', 'scada'],
  ['afvalwater', 'scada'],
  ['scada', 'scada-onderhoud'],
  ['drinkwater', 'stroom'],
  ['afvalwater', 'stroom'],
  ['kantoor', 'stroom'],
  ['drinkwater', 'hosting'],
  ['afvalwater', 'hosting'],
];

function analyse(overrides: Partial<ConcentrationInput> = {}) {
  return concentrationOf({
    dependentsOf: reversed(EDGES),
    coveredEdges: [],
    critical: new Map([
      ['drinkwater', 12],
      ['afvalwater', 24],
    ]),
    sources: [
      { key: 'scada-bv', label: 'SCADA bv', nodeIds: ['scada-onderhoud'] },
      { key: 'stroom', label: 'Netbeheerder', nodeIds: ['stroom'] },
      { key: 'host', label: 'Hoster', nodeIds: ['hosting'] },
    ],
    ...overrides,
  });
}

describe('concentrationOf: single points of failure among suppliers and utilities', () => {
  it('finds the critical services a supplier takes down through other assets, with hops and tolerance', () => {
    const result = analyse();
    expect(result.map((r) => r.key)).toEqual(['host', 'stroom', 'scada-bv']);
    const scada = result.find((r) => r.key === 'scada-bv')!;
    expect(scada.services).toEqual([
      { id: 'drinkwater', hops: 2, toleranceHours: 12 },
      { id: 'afvalwater', hops: 2, toleranceHours: 24 },
    ]);
    expect(scada.minToleranceHours).toBe(12);
    // The office is not critical: it is not counted.
    expect(result.find((r) => r.key === 'stroom')!.services.map((s) => s.id)).toEqual(['drinkwater', 'afvalwater']);
  });

  it('does not go down a dependency that has an alternative, and drops what then hits fewer than minServices', () => {
    const result = analyse({ coveredEdges: [{ from: 'drinkwater', to: 'hosting' }] });
    expect(result.map((r) => r.key)).toEqual(['stroom', 'scada-bv']);
    const one = analyse({ coveredEdges: [{ from: 'drinkwater', to: 'hosting' }], minServices: 1 });
    expect(one.find((r) => r.key === 'host')!.services.map((s) => s.id)).toEqual(['afvalwater']);
    // An alternative deeper down (SCADA may switch to another maintenance firm) covers both services.
    const deeper = analyse({ coveredEdges: [{ from: 'scada', to: 'scada-onderhoud' }] });
    expect(deeper.map((r) => r.key)).not.toContain('scada-bv');
  });

  it('orders by services hit, then by the lowest tolerance, then by name', () => {
    const result = concentrationOf({
      dependentsOf: reversed([
        ['a', 'x'],
        ['b', 'x'],
        ['a', 'y'],
        ['c', 'y'],
        ['a', 'z'],
        ['b', 'z'],
      ]),
      coveredEdges: [],
      critical: new Map<string, number | null>([
        ['a', 24],
        ['b', 48],
        ['c', 2],
      ]),
      sources: [
        { key: 'x', label: 'Xander', nodeIds: ['x'] },
        { key: 'y', label: 'Ypsilon', nodeIds: ['y'] },
        { key: 'z', label: 'Alfa', nodeIds: ['z'] },
      ],
    });
    expect(result.map((r) => r.key)).toEqual(['y', 'z', 'x']);
  });

  it('joins the services of one supplier and counts each service once, through cycles', () => {
    const result = concentrationOf({
      dependentsOf: reversed([
        ['epd', 'hosting'],
        ['lab', 'licenties'],
        ['epd', 'lab'],
        ['lab', 'epd'],
      ]),
      coveredEdges: [],
      critical: new Map([
        ['epd', 4],
        ['lab', null],
      ]),
      sources: [{ key: 'leverancier', label: 'EPD-leverancier', nodeIds: ['hosting', 'licenties'] }],
    });
    expect(result[0]!.services).toEqual([
      { id: 'epd', hops: 1, toleranceHours: 4 },
      { id: 'lab', hops: 1, toleranceHours: null },
    ]);
  });

  it('without alternatives, hits exactly the critical services impactOf reaches (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })), { maxLength: 40 }),
        fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        fc.integer({ min: 0, max: 11 }),
        (pairs, criticalIdx, source) => {
          const edges = pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ from: `n${a}`, to: `n${b}` }));
          const graph = buildDependencyGraph(edges);
          const critical = new Map(criticalIdx.map((i) => [`n${i}`, i] as [string, number]));
          const result = concentrationOf({
            dependentsOf: graph.dependentsOf,
            coveredEdges: [],
            critical,
            sources: [{ key: 's', label: 's', nodeIds: [`n${source}`] }],
            minServices: 1,
          });
          const expected = impactOf(graph, [`n${source}`]).affected.filter((a) => critical.has(a.id));
          const got = result[0]?.services ?? [];
          expect(new Map(got.map((h) => [h.id, h.hops]))).toEqual(new Map(expected.map((a) => [a.id, a.hops])));
        },
      ),
    );
  });
});

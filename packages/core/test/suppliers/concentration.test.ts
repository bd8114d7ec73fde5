import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, impactOf } from '../../src/assets/index.ts';
import { concentrationOf, type ConcentrationInput } from '../../src/suppliers/index.ts';

/** The plain definition, one breadth-first walk per source (what concentrationOf did before its one pass). */
function perSourceWalk(input: ConcentrationInput): Map<string, Map<string, number>> {
  const covered = new Set([...input.coveredEdges].map((e) => `${e.from}>${e.to}`));
  const out = new Map<string, Map<string, number>>();
  for (const source of input.sources) {
    const hops = new Map<string, number>(source.nodeIds.map((id) => [id, 0]));
    const queue = [...new Set(source.nodeIds)];
    for (let k = 0; k < queue.length; k++) {
      const node = queue[k]!;
      for (const dependant of input.dependentsOf.get(node) ?? []) {
        if (covered.has(`${dependant}>${node}`) || hops.has(dependant)) continue;
        hops.set(dependant, hops.get(node)! + 1);
        queue.push(dependant);
      }
    }
    out.set(source.key, new Map([...hops].filter(([id]) => input.critical.has(id))));
  }
  return out;
}

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

  it('an alternative on one path does not save a service that still depends on the supplier through another', () => {
    // The lab has a second hosting party for its own link, but its LIMS runs at the first one without one;
    // the EPD reaches the hoster only through the lab (two hops), the lab's direct link is covered.
    const result = concentrationOf({
      dependentsOf: reversed([
        ['lab', 'hosting'],
        ['lab', 'lims'],
        ['lims', 'hosting'],
        ['epd', 'lab'],
        ['epd', 'hosting'],
        ['ok', 'hosting'],
      ]),
      coveredEdges: [
        { from: 'lab', to: 'hosting' },
        { from: 'epd', to: 'hosting' },
        { from: 'ok', to: 'hosting' },
      ],
      critical: new Map([
        ['lab', 8],
        ['epd', 4],
        ['ok', 1],
      ]),
      sources: [{ key: 'hoster', label: 'Hoster', nodeIds: ['hosting'] }],
    });
    expect(result).toEqual([
      {
        key: 'hoster',
        label: 'Hoster',
        services: [
          { id: 'lab', hops: 2, toleranceHours: 8 },
          { id: 'epd', hops: 3, toleranceHours: 4 },
        ],
        minToleranceHours: 4,
      },
    ]);
  });

  it('one pass over all sources gives what a walk per source gives, alternatives included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 29 })), { maxLength: 80 }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        fc.subarray(Array.from({ length: 30 }, (_, i) => i)),
        // More than 32 sources, so the bit sets span several words; sources may share nodes.
        fc.array(fc.array(fc.integer({ min: 0, max: 34 }), { minLength: 1, maxLength: 3 }), {
          minLength: 33,
          maxLength: 70,
        }),
        (pairs, coverFlags, criticalIdx, sourceNodes) => {
          const edges = pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ from: `n${a}`, to: `n${b}` }));
          const input: ConcentrationInput = {
            dependentsOf: buildDependencyGraph(edges).dependentsOf,
            coveredEdges: edges.filter((_, k) => coverFlags[k]),
            critical: new Map(criticalIdx.map((i) => [`n${i}`, i % 3 === 0 ? null : i] as [string, number | null])),
            sources: sourceNodes.map((nodes, k) => ({
              key: `s${k}`,
              label: `s${k}`,
              nodeIds: nodes.map((i) => `n${i}`),
            })),
            minServices: 1,
          };
          const expected = perSourceWalk(input);
          const got = new Map(
            concentrationOf(input).map((r) => [r.key, new Map(r.services.map((h) => [h.id, h.hops]))]),
          );
          for (const [key, hits] of expected) expect(got.get(key) ?? new Map()).toEqual(hits);
          expect([...got.keys()].every((key) => expected.get(key)!.size > 0)).toBe(true);
        },
      ),
    );
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

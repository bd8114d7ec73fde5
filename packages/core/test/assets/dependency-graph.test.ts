import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssetCreateSchema,
  AssetUpdateSchema,
  buildDependencyGraph,
  impactOf,
  type DependencyEdge,
} from '../../src/assets/index.ts';

const graphOf = (edges: [string, string][], dependants: [string, string][] = []) =>
  buildDependencyGraph(
    edges.map(([from, to]) => ({ from, to })),
    dependants.map(([assetId, dependant]) => ({ assetId, dependant })),
  );

const hopsOf = (impact: ReturnType<typeof impactOf>) => Object.fromEntries(impact.affected.map((a) => [a.id, a.hops]));

describe('impactOf', () => {
  it('follows dependencies backwards: the service over the system over the power supply', () => {
    const g = graphOf(
      [
        ['spoedzorg', 'epd'],
        ['epd', 'server'],
        ['server', 'stroom'],
        ['lab', 'stroom'],
      ],
      [['spoedzorg', 'patiënten regio Noord']],
    );
    const impact = impactOf(g, ['stroom']);
    expect(impact.affected).toEqual([
      { id: 'stroom', hops: 0 },
      { id: 'lab', hops: 1 },
      { id: 'server', hops: 1 },
      { id: 'epd', hops: 2 },
      { id: 'spoedzorg', hops: 3 },
    ]);
    expect(impact.externalDependants).toEqual([{ dependant: 'patiënten regio Noord', via: 'spoedzorg', hops: 3 }]);
    // A node that nothing depends on breaks only itself.
    expect(impactOf(g, ['spoedzorg']).affected).toEqual([{ id: 'spoedzorg', hops: 0 }]);
  });

  it('takes the shortest way through a diamond, and lists a shared dependant once', () => {
    // dienst → a → c, dienst → b → c, dienst → c: the direct edge wins.
    const g = graphOf([
      ['dienst', 'a'],
      ['dienst', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['dienst', 'c'],
    ]);
    expect(hopsOf(impactOf(g, ['c']))).toEqual({ c: 0, a: 1, b: 1, dienst: 1 });
  });

  it('ends on cycles, also through the failed node', () => {
    const g = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'c'],
    ]);
    expect(hopsOf(impactOf(g, ['a']))).toEqual({ a: 0, c: 1, b: 2, d: 2 });
  });

  it('walks chains deeper than ten hops', () => {
    const depth = 25;
    const edges: [string, string][] = Array.from({ length: depth }, (_, i) => [`n${i + 1}`, `n${i}`]);
    const impact = impactOf(graphOf(edges, [[`n${depth}`, 'waterschap']]), ['n0']);
    expect(impact.affected).toHaveLength(depth + 1);
    expect(impact.affected.at(-1)).toEqual({ id: `n${depth}`, hops: depth });
    expect(impact.externalDependants).toEqual([{ dependant: 'waterschap', via: `n${depth}`, hops: depth }]);
  });

  it('takes several failed nodes at once, each at hops 0, and an unknown id as a lone node', () => {
    const g = graphOf([
      ['x', 'a'],
      ['y', 'x'],
      ['y', 'b'],
    ]);
    expect(hopsOf(impactOf(g, ['a', 'b', 'a', 'onbekend']))).toEqual({ a: 0, b: 0, onbekend: 0, x: 1, y: 1 });
    expect(impactOf(g, []).affected).toEqual([]);
  });
});

// ---- Properties against a naive reference: hop counts by repeated relaxation (Bellman-Ford on unit weights).
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const arbEdges = fc.array(
  fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([f, t]) => f !== t),
  { maxLength: 30 },
);
const arbFailed = fc.subarray(ids, { minLength: 1 });

function naiveHops(edges: DependencyEdge[], failed: string[]): Map<string, number> {
  const hops = new Map(failed.map((id) => [id, 0]));
  for (let changed = true; changed;) {
    changed = false;
    for (const { from, to } of edges) {
      const h = hops.get(to);
      if (h !== undefined && (hops.get(from) ?? Infinity) > h + 1) {
        hops.set(from, h + 1);
        changed = true;
      }
    }
  }
  return hops;
}

const toEdges = (pairs: [string, string][]) => pairs.map(([from, to]) => ({ from, to }));

describe('impactOf properties', () => {
  it('equals naive reachability with the fewest hops, sorted by hops', () => {
    fc.assert(
      fc.property(arbEdges, arbFailed, (pairs, failed) => {
        const edges = toEdges(pairs);
        const impact = impactOf(buildDependencyGraph(edges), failed);
        expect(new Map(impact.affected.map((a) => [a.id, a.hops]))).toEqual(naiveHops(edges, failed));
        const hops = impact.affected.map((a) => a.hops);
        expect(hops).toEqual([...hops].sort((x, y) => x - y));
      }),
    );
  });

  it('is monotone: more failed nodes never break less, nor later', () => {
    fc.assert(
      fc.property(arbEdges, arbFailed, arbFailed, (pairs, failed, more) => {
        const g = buildDependencyGraph(toEdges(pairs));
        const small = new Map(impactOf(g, failed).affected.map((a) => [a.id, a.hops]));
        const big = new Map(impactOf(g, [...failed, ...more]).affected.map((a) => [a.id, a.hops]));
        for (const [id, hops] of small) expect(big.get(id)).toBeLessThanOrEqual(hops);
      }),
    );
  });

  it('reports every external dependant of every affected node, at that node’s hops', () => {
    fc.assert(
      fc.property(
        arbEdges,
        arbFailed,
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.string()), { maxLength: 10 }),
        (pairs, failed, dependants) => {
          const edges = toEdges(pairs);
          const impact = impactOf(
            buildDependencyGraph(
              edges,
              dependants.map(([assetId, dependant]) => ({ assetId, dependant })),
            ),
            failed,
          );
          const hops = naiveHops(edges, failed);
          const expected = dependants.filter(([id]) => hops.has(id)).map(([id, d]) => `${id}:${d}:${hops.get(id)}`);
          expect(impact.externalDependants.map((x) => `${x.via}:${x.dependant}:${x.hops}`).sort()).toEqual(
            expected.sort(),
          );
        },
      ),
    );
  });

  it('ends on a complete graph (every node depends on every other) of 300 nodes', () => {
    const n = 300;
    const edges: DependencyEdge[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) edges.push({ from: `${i}`, to: `${j}` });
    const impact = impactOf(buildDependencyGraph(edges), ['0']);
    expect(impact.affected).toHaveLength(n);
    expect(Math.max(...impact.affected.map((a) => a.hops))).toBe(1);
  });
});

describe('fields per kind', () => {
  it('keeps a type and control function for assets, downtime and people served for services', () => {
    expect(AssetCreateSchema.safeParse({ name: 'SCADA', kind: 'asset', assetType: 'ot_system' }).success).toBe(true);
    expect(
      AssetCreateSchema.safeParse({ name: 'Drinkwater', kind: 'service', maxTolerableDowntimeHours: 12 }).success,
    ).toBe(true);
    const wrong = AssetCreateSchema.safeParse({ name: 'Drinkwater', kind: 'service', assetType: 'utility' });
    expect(wrong.error?.issues.map((i) => i.path.join('.'))).toEqual(['assetType']);
    const wrong2 = AssetUpdateSchema.safeParse({ kind: 'asset', peopleServed: 10 });
    expect(wrong2.error?.issues.map((i) => i.path.join('.'))).toEqual(['peopleServed']);
    expect(AssetCreateSchema.safeParse({ name: 'x', kind: 'asset', integrity: 6 }).success).toBe(false);
  });
});

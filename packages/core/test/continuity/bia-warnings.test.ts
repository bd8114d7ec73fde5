import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssetKind, AssetType } from '../../src/assets/index.ts';
import {
  BusinessImpactInputSchema,
  businessImpactFieldsNotFor,
  businessImpactOf,
  dependenciesOfGraph,
  type BiaFacts,
  type EdgeAlternative,
  type Recovery,
} from '../../src/continuity/index.ts';
import { buildDependencyGraph } from '../../src/assets/index.ts';

type Node = { kind: AssetKind; assetType: AssetType | null };
const service: Node = { kind: 'service', assetType: null };
const system: Node = { kind: 'asset', assetType: 'it_system' };
const supplied: Node = { kind: 'asset', assetType: 'supplier_service' };
const process: Node = { kind: 'asset', assetType: 'process' };

function setup(
  edges: [string, string][],
  options: {
    tolerance: number | null;
    rto?: number | null;
    nodes?: Record<string, Node>;
    recovery?: Record<string, Recovery>;
    alternatives?: Record<string, EdgeAlternative>;
  },
) {
  const graph = buildDependencyGraph(edges.map(([from, to]) => ({ from, to })));
  const facts: BiaFacts = {
    toleranceHours: options.tolerance,
    rtoHours: options.rto ?? null,
    recoveryOf: (id) => options.recovery?.[id] ?? null,
    alternativeOf: (from, to) => options.alternatives?.[`${from}>${to}`],
    nodeOf: (id) => options.nodes?.[id] ?? system,
  };
  return (id: string) => businessImpactOf(id, dependenciesOfGraph(graph.dependentsOf), facts);
}

describe('businessImpactOf: dependencies from the graph and their warnings', () => {
  it('warns where a dependency, directly or further down, comes back later than the service can bear', () => {
    const walk = setup(
      [
        ['drinkwater', 'scada'],
        ['scada', 'scada-leverancier'],
        ['drinkwater', 'pompstation'],
      ],
      {
        tolerance: 12,
        rto: 8,
        nodes: {
          drinkwater: service,
          'scada-leverancier': supplied,
          pompstation: { kind: 'asset', assetType: 'ot_system' },
        },
        recovery: {
          scada: { hours: 4, source: 'rto' },
          'scada-leverancier': { hours: 48, source: 'supplier' },
          pompstation: { hours: 12, source: 'rto' },
        },
      },
    );
    const result = walk('drinkwater');
    expect(result.dependencies.map((d) => [d.id, d.hops, d.via])).toEqual([
      ['pompstation', 1, 'drinkwater'],
      ['scada', 1, 'drinkwater'],
      ['scada-leverancier', 2, 'scada'],
    ]);
    // 12 hours is exactly the tolerance: not later than it can bear.
    expect(result.warnings).toEqual([
      {
        code: 'dependency_exceeds_tolerance',
        severity: 'high',
        assetId: 'scada-leverancier',
        hours: 48,
        toleranceHours: 12,
      },
    ]);
  });

  it("counts the switch-over time where the service's dependency has an alternative, and walks no further", () => {
    const walk = setup(
      [
        ['epd', 'hosting'],
        ['hosting', 'datacenter-stroom'],
      ],
      {
        tolerance: 4,
        nodes: { epd: service, hosting: supplied, 'datacenter-stroom': { kind: 'asset', assetType: 'utility' } },
        recovery: { hosting: { hours: 24, source: 'supplier' }, 'datacenter-stroom': { hours: 72, source: 'rto' } },
        alternatives: { 'epd>hosting': { supplierId: 'uitwijk', switchOverHours: 6 } },
      },
    );
    const result = walk('epd');
    expect(result.dependencies).toEqual([
      {
        id: 'hosting',
        hops: 1,
        via: 'epd',
        recovery: { hours: 24, source: 'supplier' },
        alternative: { supplierId: 'uitwijk', switchOverHours: 6 },
      },
    ]);
    expect(result.warnings.map((w) => [w.code, w.assetId, w.hours])).toEqual([
      ['switch_over_exceeds_tolerance', 'hosting', 6],
    ]);
  });

  it('takes the worst way: a dependency reached with and without an alternative is exposed', () => {
    const walk = setup(
      [
        ['epd', 'hosting'],
        ['epd', 'koppeling'],
        ['koppeling', 'hosting'],
      ],
      {
        tolerance: 8,
        nodes: { hosting: supplied, koppeling: process },
        recovery: { hosting: { hours: 24, source: 'supplier' } },
        alternatives: { 'epd>hosting': { supplierId: 'uitwijk', switchOverHours: 2 } },
      },
    );
    const result = walk('epd');
    expect(result.dependencies.find((d) => d.id === 'hosting')).toMatchObject({ hops: 2, alternative: null });
    expect(result.warnings.map((w) => w.code)).toEqual(['dependency_exceeds_tolerance']);
  });

  it('warns about its own figures: no tolerance, or an RTO beyond it', () => {
    expect(setup([], { tolerance: null, rto: 4 })('s').warnings.map((w) => w.code)).toEqual(['no_tolerance']);
    expect(setup([], { tolerance: 4, rto: 6 })('s').warnings).toEqual([
      { code: 'rto_exceeds_tolerance', severity: 'high', assetId: null, hours: 6, toleranceHours: 4 },
    ]);
    expect(setup([], { tolerance: 4, rto: 4 })('s').warnings).toEqual([]);
  });

  it('names unknown recovery times of systems and suppliers, not of processes or people; high warnings first', () => {
    const walk = setup(
      [
        ['s', 'proces'],
        ['s', 'server'],
        ['s', 'leverancier'],
      ],
      {
        tolerance: 2,
        nodes: { proces: process, server: system, leverancier: supplied },
        recovery: { leverancier: { hours: 3, source: 'supplier' } },
      },
    );
    expect(walk('s').warnings.map((w) => [w.code, w.severity, w.assetId])).toEqual([
      ['dependency_exceeds_tolerance', 'high', 'leverancier'],
      ['recovery_unknown', 'info', 'server'],
    ]);
  });

  it('ends on cycles and never lists the service as its own dependency', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), { maxLength: 30 }),
        (pairs) => {
          const edges = pairs.filter(([a, b]) => a !== b).map(([a, b]) => [`n${a}`, `n${b}`] as [string, string]);
          const result = setup(edges, { tolerance: 1 })('n0');
          const ids = result.dependencies.map((d) => d.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids).not.toContain('n0');
        },
      ),
    );
  });
});

describe('the business impact input', () => {
  it('refuses a peak period listed twice and fields a plain asset does not have', () => {
    const twice = BusinessImpactInputSchema.safeParse({ rtoHours: 1, rpoHours: 1, peakPeriods: ['Zomer', 'zomer'] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.path).toEqual(['peakPeriods', 1]);
    expect(businessImpactFieldsNotFor('asset', { maxTolerableDowntimeHours: 4, peakPeriods: [] })).toEqual([
      'maxTolerableDowntimeHours',
    ]);
    expect(businessImpactFieldsNotFor('service', { maxTolerableDowntimeHours: 4 })).toEqual([]);
    expect(BusinessImpactInputSchema.safeParse({ rtoHours: -1, rpoHours: null }).success).toBe(false);
  });
});

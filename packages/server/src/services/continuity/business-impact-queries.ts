// Reads of the business impact analysis: one service with its dependencies from the graph and the warnings,
// and the overview of every service.
import {
  businessImpactOf,
  dependenciesOfGraph,
  type BusinessImpactSummary,
  type BusinessImpactView,
} from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findBusinessImpact, listServicesWithImpact } from '../../repositories/business-impact.repository.ts';
import { findAsset } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentAssetNode } from '../assets/asset.presenter.ts';
import { currentAssetGraph, type CachedAssetGraph } from '../assets/asset-graph-cache.ts';
import { presentBusinessImpact } from '../assets/business-impact.presenter.ts';
import { loadContinuityFacts, type ContinuityFacts } from './continuity-facts.ts';

// The reversed graph per cached graph object: rebuilt only when the graph itself was reloaded.
const forward = new WeakMap<CachedAssetGraph['graph'], Map<string, string[]>>();
function dependenciesOf(cached: CachedAssetGraph): Map<string, string[]> {
  let map = forward.get(cached.graph);
  if (!map) forward.set(cached.graph, (map = dependenciesOfGraph(cached.graph.dependentsOf)));
  return map;
}

function walk(
  cached: CachedAssetGraph,
  facts: ContinuityFacts,
  assetId: string,
  toleranceHours: number | null,
  rtoHours: number | null,
) {
  return businessImpactOf(assetId, dependenciesOf(cached), {
    toleranceHours,
    rtoHours,
    recoveryOf: facts.recoveryOf,
    alternativeOf: facts.alternativeOf,
    nodeOf: (id) => {
      const n = cached.nodes.get(id);
      return n && { kind: n.kind, assetType: n.asset_type };
    },
  });
}

export async function getBusinessImpactView(db: Db, ctx: OrgActor, assetId: string): Promise<BusinessImpactView> {
  const asset = await findAsset(db, ctx.orgId, assetId);
  if (!asset) throw notFound('Asset');
  authorize(ctx, 'read', { type: 'business-impact', orgId: asset.org_id }, 'Asset');
  const [row, cached, facts] = await Promise.all([
    findBusinessImpact(db, ctx.orgId, assetId),
    currentAssetGraph(db, ctx.orgId),
    loadContinuityFacts(db, ctx.orgId),
  ]);
  const tolerance = asset.kind === 'service' ? asset.max_tolerable_downtime_hours : null;
  const result = walk(cached, facts, assetId, tolerance, row?.rto_hours ?? null);
  // A plain asset has no tolerance of its own: only a service is warned about its dependencies.
  const warnings = asset.kind === 'service' ? result.warnings : [];
  return {
    asset: presentAssetNode(asset),
    maxTolerableDowntimeHours: tolerance,
    analysis: row ? presentBusinessImpact(row) : null,
    dependencies: result.dependencies.flatMap((d) => {
      // A node the graph snapshot knows but a concurrent removal took away is left out rather than guessed.
      const node = cached.nodes.get(d.id);
      if (!node) return [];
      const alternative = d.alternative && facts.alternativeOf(d.via, d.id);
      return [
        {
          asset: presentAssetNode(node),
          hops: d.hops,
          via: d.via,
          recoveryHours: d.recovery?.hours ?? null,
          recoverySource: d.recovery?.source ?? null,
          supplier: facts.supplierOf(d.id) ?? null,
          alternative: alternative
            ? {
                supplier: { id: alternative.supplierId, name: alternative.supplierName },
                switchOverHours: alternative.switchOverHours,
              }
            : null,
        },
      ];
    }),
    warnings,
  };
}

/** Every service with its tolerance, recovery objectives and the number of warnings. */
export async function listBusinessImpacts(db: Db, ctx: OrgActor): Promise<BusinessImpactSummary[]> {
  authorize(ctx, 'read', { type: 'business-impact', orgId: ctx.orgId }, 'Business impact');
  const [services, cached, facts] = await Promise.all([
    listServicesWithImpact(db, ctx.orgId),
    currentAssetGraph(db, ctx.orgId),
    loadContinuityFacts(db, ctx.orgId),
  ]);
  return services.map((s) => {
    const { warnings } = walk(cached, facts, s.id, s.max_tolerable_downtime_hours, s.rto_hours);
    return {
      asset: presentAssetNode(s),
      maxTolerableDowntimeHours: s.max_tolerable_downtime_hours,
      rtoHours: s.rto_hours,
      rpoHours: s.rpo_hours,
      recorded: s.bia_updated_at !== null,
      highWarnings: warnings.filter((w) => w.severity === 'high').length,
      warnings: warnings.length,
      updatedAt: s.bia_updated_at?.toISOString() ?? null,
    };
  });
}

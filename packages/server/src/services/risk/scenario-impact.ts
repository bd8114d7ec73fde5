// Which services a scenario takes down, and who outside goes down with them: the assets it hits and
// everything that depends on them in the organisation's dependency graph (assets area: core
// dependency-graph.ts `impactOf`, cycles and shared dependencies included), and the external dependants of
// those (CER Art. 12(2): the extent to which others depend on the essential service).
import type { AssetRef } from '@weerbaar/core/assets';
import { impactOf } from '@weerbaar/core/assets';
import type { RiskScenario } from '@weerbaar/core/risk';
import type { AssetRow } from '../../db/schema-incidents.ts';
import type { CachedAssetGraph } from '../assets/asset-graph-cache.ts';
import { servicesAmong } from '../assets/services-behind.ts';

export interface ScenarioImpact {
  affectedServices: AssetRef[];
  externalDependants: RiskScenario['externalDependants'];
}

/** `graph`: the organisation's graph (assets area `currentAssetGraph`), loaded once for all scenarios. */
export function scenarioImpact(cached: CachedAssetGraph, assets: readonly AssetRow[]): ScenarioImpact {
  if (assets.length === 0) return { affectedServices: [], externalDependants: [] };
  const impact = impactOf(
    cached.graph,
    assets.map((a) => a.id),
  );
  const affectedServices: AssetRef[] = servicesAmong(cached.nodes, impact.affected).map(({ node }) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    crownJewel: node.crown_jewel,
  }));
  // Each external dependant belongs to one service, so impactOf names it once.
  const externalDependants = impact.externalDependants.map(({ dependant, hops }) => ({
    id: dependant.id,
    name: dependant.name,
    count: dependant.count,
    hops,
  }));
  return { affectedServices, externalDependants };
}

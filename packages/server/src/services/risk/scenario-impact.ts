// Which services a scenario takes down, and who outside goes down with them: the assets it hits and
// everything that depends on them in the organisation's dependency graph (assets area: core
// dependency-graph.ts `impactOf`, cycles and shared dependencies included), and the external dependants of
// those (CER Art. 12(2): the extent to which others depend on the essential service).
import type { AssetRef } from '@weerbaar/core/assets';
import { impactOf } from '@weerbaar/core/assets';
import type { RiskScenario } from '@weerbaar/core/risk';
import type { DbOrTrx } from '../../db/database.ts';
import type { AssetRow } from '../../db/schema-incidents.ts';
import { currentAssetGraph } from '../assets/asset-graph-cache.ts';

export interface ScenarioImpact {
  affectedServices: AssetRef[];
  externalDependants: RiskScenario['externalDependants'];
}

/**
 * `db` should be the pool where it can be (reads): the graph cache keeps the pool's graphs; inside a use
 * case's transaction the graph is loaded for that transaction and not kept.
 */
export async function scenarioImpact(db: DbOrTrx, orgId: string, assets: readonly AssetRow[]): Promise<ScenarioImpact> {
  if (assets.length === 0) return { affectedServices: [], externalDependants: [] };
  const { graph, nodes } = await currentAssetGraph(db, orgId);
  const impact = impactOf(
    graph,
    assets.map((a) => a.id),
  );
  const affectedServices: AssetRef[] = [];
  for (const { id } of impact.affected) {
    const node = nodes.get(id);
    if (node?.kind === 'service') {
      affectedServices.push({ id: node.id, name: node.name, kind: node.kind, crownJewel: node.crown_jewel });
    }
  }
  const seen = new Set<string>();
  const externalDependants: ScenarioImpact['externalDependants'] = [];
  for (const { dependant, hops } of impact.externalDependants) {
    if (seen.has(dependant.id)) continue;
    seen.add(dependant.id);
    externalDependants.push({ id: dependant.id, name: dependant.name, count: dependant.count, hops });
  }
  return { affectedServices, externalDependants };
}

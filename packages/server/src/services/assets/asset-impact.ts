import { impactOf, type AssetImpact } from '@weerbaar/core/assets';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentAssetNode } from './asset.presenter.ts';
import { currentAssetGraph } from './asset-graph-cache.ts';

/**
 * What breaks if these services or assets fail (NIS2 Art. 21(2)(a); CER Art. 12(2)): every service and asset
 * that depends on them, directly or not, with the fewest hops, and who outside the organisation goes down
 * with the affected services. Lists at most `limit` affected nodes (by hops); the totals count them all.
 * Ids that are not this organisation's are not found.
 */
export async function assetImpact(
  db: Db,
  ctx: OrgActor,
  failedIds: readonly string[],
  limit = 500,
): Promise<AssetImpact> {
  authorize(ctx, 'read', { type: 'asset', orgId: ctx.orgId }, 'Asset');
  const { graph, nodes } = await currentAssetGraph(db, ctx.orgId);
  if (failedIds.some((id) => !nodes.has(id))) throw notFound('Asset');
  const impact = impactOf(graph, failedIds);
  const listed = impact.affected.slice(0, limit);
  const listedIds = new Set(listed.map((a) => a.id));
  const edges: AssetImpact['edges'] = [];
  for (const { id } of listed) {
    for (const dependent of graph.dependentsOf.get(id) ?? []) {
      if (listedIds.has(dependent)) edges.push({ from: dependent, to: id });
    }
  }
  let services = 0;
  for (const { id } of impact.affected) if (nodes.get(id)!.kind === 'service') services++;
  return {
    affected: listed.map(({ id, hops }) => ({ ...presentAssetNode(nodes.get(id)!), hops })),
    edges,
    externalDependants: impact.externalDependants.map(({ dependant, via, hops }) => ({
      dependant: { id: dependant.id, name: dependant.name, kind: dependant.kind, count: dependant.count },
      via,
      hops,
    })),
    truncated: listed.length < impact.affected.length,
    totals: {
      services,
      assets: impact.affected.length - services,
      externalDependants: impact.externalDependants.length,
      maxHops: impact.affected.at(-1)?.hops ?? 0,
    },
  };
}

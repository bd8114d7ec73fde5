// The services that depend on some assets, directly or not, with the fewest hops (NIS2 Art. 21(2)(a): the
// dependency graph; CER Art. 12(2)): the one reading of "which services go down with these assets" that the
// advisory alerts, their matching and the risk scenarios share. Walks the cached graph (core impactOf);
// ids the graph does not hold are skipped.
import { impactOf } from '@weerbaar/core/assets';
import type { AssetNodeRow } from '../../repositories/asset-graph.repository.ts';
import type { CachedAssetGraph } from './asset-graph-cache.ts';

export interface ServiceBehind {
  node: AssetNodeRow;
  hops: number;
}

export function servicesBehind(
  { graph, nodes }: Pick<CachedAssetGraph, 'graph' | 'nodes'>,
  assetIds: readonly string[],
): ServiceBehind[] {
  const known = assetIds.filter((id) => nodes.has(id));
  if (known.length === 0) return [];
  return servicesAmong(nodes, impactOf(graph, known).affected);
}

/** The services among the nodes an impact (core impactOf) reached, in its order (fewest hops first). */
export function servicesAmong(
  nodes: CachedAssetGraph['nodes'],
  affected: readonly { id: string; hops: number }[],
): ServiceBehind[] {
  const out: ServiceBehind[] = [];
  for (const { id, hops } of affected) {
    const node = nodes.get(id);
    if (node?.kind === 'service') out.push({ node, hops });
  }
  return out;
}

/** Per asset, the services behind it: each asset walked once however many rows name it. */
export function servicesBehindEach(cached: Pick<CachedAssetGraph, 'graph' | 'nodes'>) {
  const memo = new Map<string, ServiceBehind[]>();
  return (assetId: string): ServiceBehind[] => {
    let services = memo.get(assetId);
    if (!services) memo.set(assetId, (services = servicesBehind(cached, [assetId])));
    return services;
  };
}

// Each organisation's dependency graph, kept in memory under its stamp (asset_graph_stamps; migration
// 20261207_2000_asset_graph). A request reads the stamp (one indexed row) and walks the cached graph; only
// when the stamp moved does it load the graph again (three queries, the edges as one row). Measured in
// bench/asset-impact.bench.ts against a plain recursive CTE: on 50,000 assets and 200,000 dependencies
// loading costs far more than walking, and every process of a deployment checks the stamp, so a change
// made through another process is seen on the next request.
import { buildDependencyGraph, type DependencyGraph } from '@weerbaar/core/assets';
import { inSnapshot, type Db, type DbOrTrx } from '../../db/database.ts';
import type { ExternalDependantRow } from '../../db/schema-assets.ts';
import { findAssetGraphStamp, loadAssetGraph, type AssetNodeRow } from '../../repositories/asset-graph.repository.ts';

export type GraphDependant = Pick<ExternalDependantRow, 'id' | 'name' | 'kind' | 'count'>;

export interface CachedAssetGraph {
  stamp: string | null;
  graph: DependencyGraph<GraphDependant>;
  nodes: ReadonlyMap<string, AssetNodeRow>;
}

/** Graphs kept per database (tests and benches run several apps in one process); a few organisations each. */
const MAX_ORGS = 32;
const caches = new WeakMap<object, Map<string, Promise<CachedAssetGraph>>>();

async function readGraph(db: DbOrTrx, orgId: string) {
  return { stamp: await findAssetGraphStamp(db, orgId), ...(await loadAssetGraph(db, orgId)) };
}

async function load(db: DbOrTrx, orgId: string): Promise<CachedAssetGraph> {
  // The stamp and the three queries in one snapshot: on the pool each query could run on its own
  // connection, and a write committed between them gave edges to nodes the graph did not hold.
  const { stamp, nodes, edges, dependants } = db.isTransaction
    ? await readGraph(db, orgId)
    : await inSnapshot(db as Db, (snapshot) => readGraph(snapshot, orgId));
  const edgeList = edges.from.map((from, i) => ({ from, to: edges.to[i]! }));
  const graph = buildDependencyGraph<GraphDependant>(
    edgeList,
    dependants.map(({ asset_id, ...dependant }) => ({ assetId: asset_id, dependant })),
  );
  return { stamp, graph, nodes: new Map(nodes.map((n) => [n.id, n])) };
}

/**
 * The organisation's graph as of now. `db` is the pool (not a transaction): a graph loaded inside a
 * transaction could hold its uncommitted writes under a stamp other processes never see committed.
 */
export async function currentAssetGraph(db: DbOrTrx, orgId: string): Promise<CachedAssetGraph> {
  let perDb = caches.get(db);
  if (!perDb) caches.set(db, (perDb = new Map()));
  // A graph is kept under the stamp read in its own snapshot, so a matching stamp means nothing changed.
  const stamp = await findAssetGraphStamp(db, orgId);
  const cached = perDb.get(orgId);
  if (cached) {
    const graph = await cached.catch(() => undefined);
    if (graph && graph.stamp === stamp) {
      // Most recently used last, so the first key is the one to evict.
      perDb.delete(orgId);
      perDb.set(orgId, cached);
      return graph;
    }
  }
  const loading = load(db, orgId);
  perDb.delete(orgId);
  perDb.set(orgId, loading);
  if (perDb.size > MAX_ORGS) perDb.delete(perDb.keys().next().value!);
  // A failed load is not kept: the next request tries again.
  loading.catch(() => {
    if (perDb.get(orgId) === loading) perDb.delete(orgId);
  });
  return loading;
}

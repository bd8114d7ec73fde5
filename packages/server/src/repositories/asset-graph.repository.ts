// The dependency graph between an organisation's services and assets, and who outside depends on them
// (migration 20261207_2000_asset_graph). Every write here and in asset.repository.ts sets a fresh graph
// stamp in the same transaction, which is what lets the server cache a graph (asset-graph-cache.ts).
import type { AssetType, ExternalDependantKind } from '@weerbaar/core/assets';
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { AssetDependencyRow, ExternalDependantRow } from '../db/schema-assets.ts';

/** A new stamp for the organisation's graph: its assets, dependencies or dependants changed. */
export async function bumpAssetGraphStamp(db: DbOrTrx, orgId: string): Promise<void> {
  await db
    .insertInto('asset_graph_stamps')
    .values({ org_id: orgId, stamp: sql<string>`gen_random_uuid()` })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ stamp: sql<string>`gen_random_uuid()` }))
    .execute();
}

/** The current stamp; null while the organisation's graph has never changed since the migration. */
export async function findAssetGraphStamp(db: DbOrTrx, orgId: string): Promise<string | null> {
  const row = await db.selectFrom('asset_graph_stamps').select('stamp').where('org_id', '=', orgId).executeTakeFirst();
  return row?.stamp ?? null;
}

export interface AssetNodeRow {
  id: string;
  name: string;
  kind: 'service' | 'asset';
  crown_jewel: boolean;
  asset_type: AssetType | null;
}

/**
 * The whole graph of one organisation in three queries: nodes, edges, external dependants. The edges
 * come as two parallel uuid arrays in one row, which the driver parses far faster than 200,000 rows.
 */
export async function loadAssetGraph(
  db: DbOrTrx,
  orgId: string,
): Promise<{
  nodes: AssetNodeRow[];
  edges: { from: string[]; to: string[] };
  dependants: Pick<ExternalDependantRow, 'id' | 'asset_id' | 'name' | 'kind' | 'count'>[];
}> {
  const [nodes, edges, dependants] = await Promise.all([
    db
      .selectFrom('assets')
      .select(['id', 'name', 'kind', 'crown_jewel', 'asset_type'])
      .where('org_id', '=', orgId)
      .execute(),
    sql<{ from_ids: string | null; to_ids: string | null }>`
      SELECT string_agg(from_asset_id::text, ',') AS from_ids, string_agg(to_asset_id::text, ',') AS to_ids
      FROM asset_dependencies WHERE org_id = ${orgId}`.execute(db),
    db
      .selectFrom('asset_external_dependants')
      .select(['id', 'asset_id', 'name', 'kind', 'count'])
      .where('org_id', '=', orgId)
      .orderBy('name')
      .execute(),
  ]);
  const row = edges.rows[0];
  return {
    nodes,
    edges: { from: row?.from_ids ? row.from_ids.split(',') : [], to: row?.to_ids ? row.to_ids.split(',') : [] },
    dependants,
  };
}

/**
 * The same question answered by PostgreSQL alone: every id that depends, transitively, on `assetId` (itself
 * included). A plain recursive CTE; UNION drops rows already found, which is what ends it on a cycle. It
 * knows no hops (a depth column would keep cycles going); the bench compares the in-memory walk with it.
 */
export async function dependentsByRecursiveQuery(db: DbOrTrx, orgId: string, assetId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    WITH RECURSIVE hit(id) AS (
      SELECT ${assetId}::uuid
      UNION
      SELECT d.from_asset_id FROM asset_dependencies d JOIN hit ON d.org_id = ${orgId} AND d.to_asset_id = hit.id
    )
    SELECT id FROM hit`.execute(db);
  return r.rows.map((x) => x.id);
}

const DEPENDENCY_ENDS = ['from_asset_id', 'to_asset_id'] as const;

/** Every dependency of one asset in either direction: what it depends on and what depends on it. */
export async function listDependenciesOf(db: DbOrTrx, orgId: string, assetId: string): Promise<AssetDependencyRow[]> {
  return db
    .selectFrom('asset_dependencies')
    .selectAll()
    .where('org_id', '=', orgId)
    .where((eb) => eb.or(DEPENDENCY_ENDS.map((end) => eb(end, '=', assetId))))
    .orderBy('created_at')
    .execute();
}

export async function findDependency(
  db: DbOrTrx,
  orgId: string,
  fromAssetId: string,
  toAssetId: string,
): Promise<AssetDependencyRow | undefined> {
  return db
    .selectFrom('asset_dependencies')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('from_asset_id', '=', fromAssetId)
    .where('to_asset_id', '=', toAssetId)
    .executeTakeFirst();
}

export async function insertDependency(
  db: DbOrTrx,
  row: { org_id: string; from_asset_id: string; to_asset_id: string; description: string | null },
): Promise<AssetDependencyRow> {
  const inserted = await db.insertInto('asset_dependencies').values(row).returningAll().executeTakeFirstOrThrow();
  await bumpAssetGraphStamp(db, row.org_id);
  return inserted;
}

export async function deleteDependency(
  db: DbOrTrx,
  orgId: string,
  fromAssetId: string,
  toAssetId: string,
): Promise<void> {
  await db
    .deleteFrom('asset_dependencies')
    .where('org_id', '=', orgId)
    .where('from_asset_id', '=', fromAssetId)
    .where('to_asset_id', '=', toAssetId)
    .execute();
  await bumpAssetGraphStamp(db, orgId);
}

export async function listExternalDependants(
  db: DbOrTrx,
  orgId: string,
  assetId: string,
): Promise<ExternalDependantRow[]> {
  return db
    .selectFrom('asset_external_dependants')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('asset_id', '=', assetId)
    .orderBy('name')
    .execute();
}

export async function findExternalDependant(
  db: DbOrTrx,
  orgId: string,
  assetId: string,
  id: string,
): Promise<ExternalDependantRow | undefined> {
  return db
    .selectFrom('asset_external_dependants')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('asset_id', '=', assetId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertExternalDependant(
  db: DbOrTrx,
  row: { org_id: string; asset_id: string; name: string; kind: ExternalDependantKind; count: number | null },
): Promise<ExternalDependantRow> {
  const inserted = await db
    .insertInto('asset_external_dependants')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
  await bumpAssetGraphStamp(db, row.org_id);
  return inserted;
}

export async function updateExternalDependant(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: Partial<{ name: string; kind: ExternalDependantKind; count: number | null }>,
): Promise<ExternalDependantRow> {
  const row = await db
    .updateTable('asset_external_dependants')
    .set({ ...changes, updated_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await bumpAssetGraphStamp(db, orgId);
  return row;
}

export async function deleteExternalDependant(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('asset_external_dependants').where('org_id', '=', orgId).where('id', '=', id).execute();
  await bumpAssetGraphStamp(db, orgId);
}

export async function countExternalDependantsOf(db: DbOrTrx, orgId: string, assetId: string): Promise<number> {
  const row = await db
    .selectFrom('asset_external_dependants')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .where('asset_id', '=', assetId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

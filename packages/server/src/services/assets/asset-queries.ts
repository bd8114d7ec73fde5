import type { Asset, AssetDependency, AssetQuery, ExternalDependant } from '@weerbaar/core/assets';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listDependenciesOf, listExternalDependants } from '../../repositories/asset-graph.repository.ts';
import { countAssets, findAsset, findAssetsByIds, listAssets } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentAsset, presentDependency, presentExternalDependant } from './asset.presenter.ts';

export async function listOrgAssets(db: Db, ctx: OrgActor, query: AssetQuery): Promise<Asset[]> {
  authorize(ctx, 'read', { type: 'asset', orgId: ctx.orgId }, 'Asset');
  return (await listAssets(db, ctx.orgId, query)).map(presentAsset);
}

export async function getAsset(db: Db, ctx: OrgActor, id: string): Promise<Asset> {
  const row = await findAsset(db, ctx.orgId, id);
  if (!row) throw notFound('Asset');
  authorize(ctx, 'read', { type: 'asset', orgId: row.org_id }, 'Asset');
  return presentAsset(row);
}

export async function countOrgAssets(db: Db, ctx: OrgActor): Promise<Awaited<ReturnType<typeof countAssets>>> {
  authorize(ctx, 'read', { type: 'asset', orgId: ctx.orgId }, 'Asset');
  return countAssets(db, ctx.orgId);
}

/** What the asset depends on and what depends on it (both directions; `from` depends on `to`). */
export async function listAssetDependencies(db: Db, ctx: OrgActor, id: string): Promise<AssetDependency[]> {
  await getAsset(db, ctx, id);
  const rows = await listDependenciesOf(db, ctx.orgId, id);
  const ids = [...new Set(rows.flatMap((r) => [r.from_asset_id, r.to_asset_id]))];
  const nodes = new Map((await findAssetsByIds(db, ctx.orgId, ids)).map((a) => [a.id, a]));
  return rows.map((r) => presentDependency(r, nodes));
}

export async function listAssetExternalDependants(db: Db, ctx: OrgActor, id: string): Promise<ExternalDependant[]> {
  await getAsset(db, ctx, id);
  return (await listExternalDependants(db, ctx.orgId, id)).map(presentExternalDependant);
}

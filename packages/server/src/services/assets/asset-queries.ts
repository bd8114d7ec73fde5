import type { Asset, AssetQuery } from '@weerbaar/core/assets';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { countAssets, findAsset, listAssets } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentAsset } from './asset.presenter.ts';

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

import type { Asset, AssetCreate, AssetQuery, AssetUpdate } from '@weerbaar/core/assets';
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { Db, Trx } from '../../db/database.ts';
import {
  findAsset,
  findAssetByName,
  insertAsset,
  listAssets,
  updateAsset,
} from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { presentAsset } from './asset.presenter.ts';

export async function listOrgAssets(db: Db, { orgId }: OrgActor, query: AssetQuery): Promise<Asset[]> {
  return (await listAssets(db, orgId, query)).map(presentAsset);
}

export async function getAsset(db: Db, { orgId }: OrgActor, id: string): Promise<Asset> {
  const row = await findAsset(db, orgId, id);
  if (!row) throw notFound('Asset');
  return presentAsset(row);
}

async function assertNameFree(trx: Trx, orgId: string, kind: string, name: string, exceptId?: string): Promise<void> {
  const existing = await findAssetByName(trx, orgId, kind, name);
  if (existing && existing.id !== exceptId) {
    throw new DomainError('conflict', `A ${kind} named '${name}' already exists`, [
      { name: 'body.name', reason: 'is already used for this kind' },
    ]);
  }
}

export async function createAsset(db: Db, ctx: OrgActor, input: AssetCreate): Promise<Asset> {
  return db.transaction().execute(async (trx) => {
    await assertNameFree(trx, ctx.orgId, input.kind, input.name);
    const row = await insertAsset(trx, {
      org_id: ctx.orgId,
      name: input.name,
      kind: input.kind,
      description: input.description ?? null,
      crown_jewel: input.crownJewel,
      owner: input.owner ?? null,
    });
    const asset = presentAsset(row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'asset.created',
      subjectType: 'asset',
      subjectId: row.id,
      after: asset,
    });
    return asset;
  });
}

export async function changeAsset(db: Db, ctx: OrgActor, id: string, input: AssetUpdate): Promise<Asset> {
  return db.transaction().execute(async (trx) => {
    const before = await findAsset(trx, ctx.orgId, id);
    if (!before) throw notFound('Asset');
    if (input.name !== undefined || input.kind !== undefined) {
      await assertNameFree(trx, ctx.orgId, input.kind ?? before.kind, input.name ?? before.name, id);
    }
    const row = await updateAsset(trx, ctx.orgId, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.crownJewel !== undefined ? { crown_jewel: input.crownJewel } : {}),
      ...(input.owner !== undefined ? { owner: input.owner } : {}),
    });
    const after = presentAsset(row);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'asset.updated',
      subjectType: 'asset',
      subjectId: id,
      before: presentAsset(before),
      after,
    });
    return after;
  });
}

import type { AssetType } from '@weerbaar/core/assets';
import type { DbOrTrx, Trx } from '../db/database.ts';
import type { AssetRow } from '../db/schema-incidents.ts';
import { bumpAssetGraphStamp } from './asset-graph.repository.ts';

/** The columns a use case sets on a service or asset (the rest are keys and timestamps). */
export interface AssetFields {
  name: string;
  kind: 'service' | 'asset';
  description: string | null;
  crown_jewel: boolean;
  owner: string | null;
  asset_type: AssetType | null;
  control_function: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  max_tolerable_downtime_hours: number | null;
  people_served: number | null;
}

export interface AssetFilter {
  kind?: 'service' | 'asset' | undefined;
  assetType?: AssetType | undefined;
  crownJewel?: boolean | undefined;
  q?: string | undefined;
}

export async function listAssets(db: DbOrTrx, orgId: string, filter: AssetFilter = {}): Promise<AssetRow[]> {
  let q = db.selectFrom('assets').selectAll().where('org_id', '=', orgId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.assetType) q = q.where('asset_type', '=', filter.assetType);
  if (filter.crownJewel !== undefined) q = q.where('crown_jewel', '=', filter.crownJewel);
  if (filter.q) q = q.where('name', 'ilike', `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q.orderBy('kind', 'desc').orderBy('name').execute();
}

export async function findAsset(db: DbOrTrx, orgId: string, id: string): Promise<AssetRow | undefined> {
  return db.selectFrom('assets').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/**
 * The asset, locked until the transaction ends: `change` for a use case that may change its kind,
 * `keep` for one that relies on the kind it read (adding an external dependant to a service). The two
 * wait for each other, so a service never turns into an asset while it gains a dependant.
 */
export async function lockAsset(
  trx: Trx,
  orgId: string,
  id: string,
  mode: 'change' | 'keep',
): Promise<AssetRow | undefined> {
  const query = trx.selectFrom('assets').selectAll().where('org_id', '=', orgId).where('id', '=', id);
  return (mode === 'change' ? query.forNoKeyUpdate() : query.forShare()).executeTakeFirst();
}

export async function findAssetsByIds(db: DbOrTrx, orgId: string, ids: readonly string[]): Promise<AssetRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('assets').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function insertAsset(db: DbOrTrx, row: AssetFields & { org_id: string }): Promise<AssetRow> {
  const inserted = await db.insertInto('assets').values(row).returningAll().executeTakeFirstOrThrow();
  await bumpAssetGraphStamp(db, row.org_id);
  return inserted;
}

export async function updateAsset(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: Partial<AssetFields>,
): Promise<AssetRow> {
  const row = await db
    .updateTable('assets')
    .set({ ...changes, updated_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await bumpAssetGraphStamp(db, orgId);
  return row;
}

export async function findAssetByName(
  db: DbOrTrx,
  orgId: string,
  kind: string,
  name: string,
): Promise<AssetRow | undefined> {
  return db
    .selectFrom('assets')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('kind', '=', kind as 'service' | 'asset')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

/** How many services and assets the organisation has recorded, and how many are crown jewels. */
export async function countAssets(
  db: DbOrTrx,
  orgId: string,
): Promise<{ services: number; assets: number; crownJewels: number }> {
  const row = await db
    .selectFrom('assets')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('kind', '=', 'service').as('services'),
      eb.fn.countAll<string>().filterWhere('kind', '=', 'asset').as('assets'),
      eb.fn.countAll<string>().filterWhere('crown_jewel', '=', true).as('crown_jewels'),
    ])
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { services: Number(row.services), assets: Number(row.assets), crownJewels: Number(row.crown_jewels) };
}

import type { Asset, AssetRef } from '@weerbaar/core/assets';
import type { AssetRow } from '../../db/schema-incidents.ts';

export function presentAsset(r: AssetRow): Asset {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    description: r.description,
    crownJewel: r.crown_jewel,
    owner: r.owner,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentAssetRef(r: AssetRow): AssetRef {
  return { id: r.id, name: r.name, kind: r.kind, crownJewel: r.crown_jewel };
}

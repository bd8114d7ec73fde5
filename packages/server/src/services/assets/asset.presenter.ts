import type { Asset, AssetDependency, AssetNode, AssetRef, ExternalDependant } from '@weerbaar/core/assets';
import type { AssetDependencyRow, ExternalDependantRow } from '../../db/schema-assets.ts';
import type { AssetRow } from '../../db/schema-incidents.ts';

export function presentAsset(r: AssetRow): Asset {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    description: r.description,
    crownJewel: r.crown_jewel,
    owner: r.owner,
    assetType: r.asset_type,
    controlFunction: r.control_function,
    confidentiality: r.confidentiality,
    integrity: r.integrity,
    availability: r.availability,
    maxTolerableDowntimeHours: r.max_tolerable_downtime_hours,
    peopleServed: r.people_served,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentAssetRef(r: AssetRow): AssetRef {
  return { id: r.id, name: r.name, kind: r.kind, crownJewel: r.crown_jewel };
}

export function presentAssetNode(r: Pick<AssetRow, 'id' | 'name' | 'kind' | 'crown_jewel' | 'asset_type'>): AssetNode {
  return { id: r.id, name: r.name, kind: r.kind, crownJewel: r.crown_jewel, assetType: r.asset_type };
}

/** A dependency with both ends named; `nodes` holds the assets the rows point at. */
export function presentDependency(r: AssetDependencyRow, nodes: ReadonlyMap<string, AssetRow>): AssetDependency {
  return {
    from: presentAssetNode(nodes.get(r.from_asset_id)!),
    to: presentAssetNode(nodes.get(r.to_asset_id)!),
    description: r.description,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentExternalDependant(r: ExternalDependantRow): ExternalDependant {
  return {
    id: r.id,
    assetId: r.asset_id,
    name: r.name,
    kind: r.kind,
    count: r.count,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

import type { InventoryItem } from '@weerbaar/core/advisories';
import type { InventoryRow } from '../../repositories/advisory.repository.ts';

export function presentInventoryItem(row: InventoryRow): InventoryItem {
  return {
    id: row.id,
    assetId: row.asset_id,
    assetName: row.asset_name,
    vendor: row.vendor,
    product: row.product,
    version: row.version,
    cpe: row.cpe,
    purl: row.purl,
    source: row.source,
    createdAt: row.created_at.toISOString(),
  };
}

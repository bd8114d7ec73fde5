import { SUPPLIED_ASSET_TYPES } from '@weerbaar/core/suppliers';
import { DomainError } from '@weerbaar/core/platform';
import type { AssetRow } from '../../db/schema-incidents.ts';

/** Only a supplier's service or a utility is supplied: anything else of the graph is the organisation's own. */
export function assertSupplied(asset: AssetRow, field: string): void {
  if (asset.asset_type === null || !(SUPPLIED_ASSET_TYPES as readonly string[]).includes(asset.asset_type)) {
    throw new DomainError('validation_failed', 'This is not a supplier’s service or a utility', [
      { name: field, reason: 'is not a supplier service or utility', code: 'not_supplied' },
    ]);
  }
}

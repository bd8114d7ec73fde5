import { DomainError } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import { findAssetByName } from '../../repositories/asset.repository.ts';

/** Names are unique per kind within an organisation: people find crown jewels by name. */
export async function assertAssetNameFree(
  trx: Trx,
  orgId: string,
  kind: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const existing = await findAssetByName(trx, orgId, kind, name);
  if (existing && existing.id !== exceptId) {
    throw new DomainError('conflict', `A ${kind} named '${name}' already exists`, [
      { name: 'body.name', reason: 'is already used for this kind', code: 'taken' },
    ]);
  }
}

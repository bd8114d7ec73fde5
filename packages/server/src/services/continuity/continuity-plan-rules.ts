// Checks the plan use cases share (inside their transaction).
import { DomainError } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import { findAsset } from '../../repositories/asset.repository.ts';

/** A continuity plan is about one service of the organisation's own graph (not an asset, not another org's). */
export async function assertOwnService(trx: Trx, orgId: string, serviceId: string): Promise<void> {
  const asset = await findAsset(trx, orgId, serviceId);
  if (!asset || asset.kind !== 'service') {
    throw new DomainError('validation_failed', 'serviceId is not a service of this organisation', [
      { name: 'body.serviceId', reason: 'is not a service of this organisation', code: 'unknown_reference' },
    ]);
  }
}

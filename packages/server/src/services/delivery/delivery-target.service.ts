// The delivery target's read side and what its use case (save-delivery-target.ts) and the delivery job share.
import type { DeliveryTarget } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import type { DeliveryTargetRow } from '../../db/schema-delivery.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';

/** The sealed API token's purpose (bound into its encryption, secret-box.ts). */
export const API_TOKEN_PURPOSE = 'delivery-target.api-token';

export function presentDeliveryTarget(row: DeliveryTargetRow | undefined): DeliveryTarget {
  return {
    authorityUrl: row?.authority_url ?? null,
    apiTokenSet: Boolean(row?.api_token_ciphertext),
    pinnedKeyId: row?.pinned_key_id ?? null,
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}

export async function getDeliveryTarget(db: Db, ctx: OrgActor): Promise<DeliveryTarget> {
  authorize(ctx, 'read', { type: 'delivery-target', orgId: ctx.orgId }, 'Delivery target');
  return presentDeliveryTarget(await findDeliveryTarget(db, ctx.orgId));
}

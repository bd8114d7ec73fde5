// The delivery target's read side and what its use case (save-delivery-target.ts) and the delivery job share.
import type { DeliveryTarget } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentDeliveryTarget } from './delivery.presenter.ts';

/** The sealed API token's purpose (bound into its encryption, secret-box.ts). */
export const API_TOKEN_PURPOSE = 'delivery-target.api-token';

export async function getDeliveryTarget(db: Db, ctx: OrgActor): Promise<DeliveryTarget> {
  authorize(ctx, 'read', { type: 'delivery-target', orgId: ctx.orgId }, 'Delivery target');
  return presentDeliveryTarget(await findDeliveryTarget(db, ctx.orgId));
}

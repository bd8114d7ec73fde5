// The delivery target's read side.
import type { DeliveryTarget } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentDeliveryTarget } from './delivery.presenter.ts';

export async function getDeliveryTarget(db: Db, ctx: OrgActor): Promise<DeliveryTarget> {
  authorize(ctx, 'read', { type: 'delivery-target', orgId: ctx.orgId }, 'Delivery target');
  return presentDeliveryTarget(await findDeliveryTarget(db, ctx.orgId));
}

// The delivery targets' read side: one per recipient (docs/DELIVERY.md, "Both recipients").
import { SUBMISSION_RECIPIENTS, type DeliveryTarget, type SubmissionRecipient } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import { listDeliveryTargets } from '../../repositories/delivery-target.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentDeliveryTarget } from './delivery.presenter.ts';

/** Every recipient's target, the CSIRT's first; an empty one where none is saved. */
export async function listDeliveryTargetViews(db: Db, ctx: OrgActor): Promise<DeliveryTarget[]> {
  authorize(ctx, 'read', { type: 'delivery-target', orgId: ctx.orgId }, 'Delivery target');
  const rows = await listDeliveryTargets(db, ctx.orgId);
  return SUBMISSION_RECIPIENTS.map((recipient) =>
    presentDeliveryTarget(
      rows.find((r) => r.recipient === recipient),
      recipient,
    ),
  );
}

export async function getDeliveryTarget(
  db: Db,
  ctx: OrgActor,
  recipient: SubmissionRecipient = 'csirt',
): Promise<DeliveryTarget> {
  return (await listDeliveryTargetViews(db, ctx)).find((t) => t.recipient === recipient)!;
}

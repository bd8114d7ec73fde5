import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import type { DbOrTrx } from '../db/database.ts';
import type { DeliveryTargetRow } from '../db/schema-delivery.ts';

/** The intake of one recipient; the CSIRT's (which also receives registrations) when none is named. */
export async function findDeliveryTarget(
  db: DbOrTrx,
  orgId: string,
  recipient: SubmissionRecipient = 'csirt',
): Promise<DeliveryTargetRow | undefined> {
  return db
    .selectFrom('delivery_targets')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('recipient', '=', recipient)
    .executeTakeFirst();
}

export async function listDeliveryTargets(db: DbOrTrx, orgId: string): Promise<DeliveryTargetRow[]> {
  return db
    .selectFrom('delivery_targets')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('recipient', 'desc')
    .execute();
}

/** Saving a target clears the pinned receipt key: the next delivery pins the (possibly new) authority's key. */
export async function upsertDeliveryTarget(
  db: DbOrTrx,
  orgId: string,
  recipient: SubmissionRecipient,
  target: { authority_url: string; api_token_ciphertext: string | null },
): Promise<DeliveryTargetRow> {
  const values = { ...target, pinned_key_id: null, pinned_public_key: null, updated_at: new Date() };
  return db
    .insertInto('delivery_targets')
    .values({ org_id: orgId, recipient, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'recipient']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function pinReceiptKey(
  db: DbOrTrx,
  orgId: string,
  recipient: SubmissionRecipient,
  key: { keyId: string; publicKey: string },
): Promise<void> {
  await db
    .updateTable('delivery_targets')
    .set({ pinned_key_id: key.keyId, pinned_public_key: key.publicKey })
    .where('org_id', '=', orgId)
    .where('recipient', '=', recipient)
    .execute();
}

/** Every organisation's delivery target that has an API token (audit verify reads the authorities' copies). */
export async function listDeliveryTargetsWithToken(db: DbOrTrx): Promise<DeliveryTargetRow[]> {
  return db.selectFrom('delivery_targets').selectAll().where('api_token_ciphertext', 'is not', null).execute();
}

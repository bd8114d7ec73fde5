import type { DbOrTrx } from '../db/database.ts';
import type { DeliveryTargetRow } from '../db/schema-delivery.ts';

export async function findDeliveryTarget(db: DbOrTrx, orgId: string): Promise<DeliveryTargetRow | undefined> {
  return db.selectFrom('delivery_targets').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** Saving a target clears the pinned receipt key: the next delivery pins the (possibly new) authority's key. */
export async function upsertDeliveryTarget(
  db: DbOrTrx,
  orgId: string,
  target: { authority_url: string; api_token_ciphertext: string | null },
): Promise<DeliveryTargetRow> {
  const values = { ...target, pinned_key_id: null, pinned_public_key: null, updated_at: new Date() };
  return db
    .insertInto('delivery_targets')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function pinReceiptKey(
  db: DbOrTrx,
  orgId: string,
  key: { keyId: string; publicKey: string },
): Promise<void> {
  await db
    .updateTable('delivery_targets')
    .set({ pinned_key_id: key.keyId, pinned_public_key: key.publicKey })
    .where('org_id', '=', orgId)
    .execute();
}

/** Every organisation's delivery target that has an API token (audit verify reads the authorities' copies). */
export async function listDeliveryTargetsWithToken(db: DbOrTrx): Promise<DeliveryTargetRow[]> {
  return db.selectFrom('delivery_targets').selectAll().where('api_token_ciphertext', 'is not', null).execute();
}

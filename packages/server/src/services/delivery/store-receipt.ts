import type { Receipt, ReceiptKey, SubmissionKind, SubmissionRecipient } from '@weerbaar/core/delivery';
import { findDeliveryTarget, pinReceiptKey } from '../../repositories/delivery-target.repository.ts';
import { lockOutboxRow, markOutboxDelivered } from '../../repositories/submission-outbox.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { verifyReceiptSignature } from './receipt-signing.ts';

/** Why a receipt signed with keyId is not trusted while pinnedKeyId is pinned, or undefined when it is. */
export function pinnedKeyMismatch(pinnedKeyId: string, keyId: string): string | undefined {
  if (pinnedKeyId === keyId) return undefined;
  return `receipt signed with key ${keyId}, but key ${pinnedKeyId} is pinned; save the delivery target again to trust the authority's new key`;
}

export interface StoreReceiptInput {
  orgId: string;
  submissionId: string;
  /** Whose intake answered (each recipient's entry has its own receipt and its own pinned key). */
  recipient: SubmissionRecipient;
  receipt: Receipt;
  /** The authority's published key, fetched by the job when none was pinned; null when one was. */
  authorityKey: ReceiptKey | null;
}

/**
 * The delivery job's answer from the authority: a receipt. Under the outbox row's lock it re-checks that the
 * entry is still pending (another attempt may have stored it meanwhile: then nothing changes), verifies the
 * signature with the pinned key, or pins the fetched one (trust on first use), and stores the receipt.
 * Subscribers of 'submission.delivered' react in this transaction (the incidents module's timeline).
 */
export const storeReceipt = defineUseCase({
  actions: ['submission.delivered'],
  async run({ trx, now, record, unchanged }, _ctx: Actor, input: StoreReceiptInput): Promise<void> {
    const { orgId, submissionId, recipient, receipt } = input;
    const row = await lockOutboxRow(trx, orgId, submissionId, recipient);
    if (!row || row.status !== 'pending') return unchanged();
    const target = await findDeliveryTarget(trx, orgId, recipient);
    if (!target) throw new Error('the delivery target was removed while delivering');
    let publicKey: string;
    if (target.pinned_key_id && target.pinned_public_key) {
      const mismatch = pinnedKeyMismatch(target.pinned_key_id, receipt.keyId);
      if (mismatch) throw new Error(mismatch);
      publicKey = target.pinned_public_key;
    } else {
      // The pin was cleared (the target saved again) after the job read it: fetch the key on the next try.
      if (!input.authorityKey) throw new Error('the delivery target changed while delivering; trying again');
      await pinReceiptKey(trx, orgId, recipient, {
        keyId: input.authorityKey.keyId,
        publicKey: input.authorityKey.publicKey,
      });
      publicKey = input.authorityKey.publicKey;
    }
    if (!verifyReceiptSignature(publicKey, receipt, receipt.signature)) {
      throw new Error('the receipt signature is not valid');
    }
    await markOutboxDelivered(
      trx,
      orgId,
      row.id,
      recipient,
      {
        authorityReference: receipt.authorityReference,
        receivedAt: new Date(receipt.receivedAt),
        keyId: receipt.keyId,
        signature: receipt.signature,
        verified: true,
      },
      now,
    );
    await record(
      'submission.delivered',
      {
        orgId,
        subjectType: 'submission',
        subjectId: row.id,
        details: {
          kind: row.kind,
          recipient,
          authorityReference: receipt.authorityReference,
          receivedAt: receipt.receivedAt,
          keyId: receipt.keyId,
        },
      },
      {
        kind: row.kind as SubmissionKind,
        subjectId: row.subject_id,
        recipient,
        authorityReference: receipt.authorityReference,
        receivedAt: receipt.receivedAt,
      },
    );
  },
});

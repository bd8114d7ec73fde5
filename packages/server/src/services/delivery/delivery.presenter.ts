import {
  SubmissionAddresseeSchema,
  type DeliveryTarget,
  type OutboxEntry,
  type Receipt,
  type SubmissionKind,
  type SubmissionRecipient,
} from '@weerbaar/core/delivery';
import type { DeliveryTargetRow } from '../../db/schema-delivery.ts';
import type { ReceivedSubmissionReceipt } from '../../repositories/received-submission.repository.ts';
import type { OutboxRowWithJob } from '../../repositories/submission-outbox.repository.ts';

export function presentOutboxEntry(r: OutboxRowWithJob): OutboxEntry {
  const delivered = r.status === 'delivered' && r.authority_reference && r.received_at;
  return {
    id: r.id,
    recipient: r.recipient,
    addressee: SubmissionAddresseeSchema.nullable()
      .catch(null)
      .parse(r.addressee ?? null),
    kind: r.kind as SubmissionKind,
    subjectId: r.subject_id,
    status: r.status,
    payloadDigest: r.payload_digest,
    attempts: r.attempts ?? 0,
    lastError: r.status === 'failed' ? r.failure : r.status === 'pending' ? r.last_error : null,
    nextAttemptAt: r.status === 'pending' ? (r.next_attempt_at?.toISOString() ?? null) : null,
    createdAt: r.created_at.toISOString(),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    receipt: delivered
      ? {
          authorityReference: r.authority_reference!,
          receivedAt: r.received_at!.toISOString(),
          keyId: r.receipt_key_id ?? '',
          signature: r.receipt_signature ?? '',
          verified: r.receipt_verified === true,
        }
      : null,
  };
}

/** One recipient's delivery target; an empty one until someone saves it. The API token itself never leaves. */
export function presentDeliveryTarget(
  row: DeliveryTargetRow | undefined,
  recipient: SubmissionRecipient = row?.recipient ?? 'csirt',
): DeliveryTarget {
  return {
    recipient,
    authorityUrl: row?.authority_url ?? null,
    apiTokenSet: Boolean(row?.api_token_ciphertext),
    pinnedKeyId: row?.pinned_key_id ?? null,
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}

export function presentReceipt(r: ReceivedSubmissionReceipt): Receipt {
  return {
    submissionId: r.id,
    authorityReference: r.authority_reference,
    receivedAt: r.received_at.toISOString(),
    payloadDigest: r.payload_digest,
    keyId: r.key_id,
    signature: r.signature,
  };
}

import type { OutboxEntry, SubmissionKind } from '@weerbaar/core/delivery';
import type { OutboxRowWithJob } from '../../repositories/submission-outbox.repository.ts';

export function presentOutboxEntry(r: OutboxRowWithJob): OutboxEntry {
  const delivered = r.status === 'delivered' && r.authority_reference && r.received_at;
  return {
    id: r.id,
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

import type { SubmissionEnvelope, SubmissionKind } from '@weerbaar/core/delivery';
import type { Trx } from '../../db/database.ts';
import type { JobRow } from '../../db/schema.ts';
import { findDeliveryTarget, pinReceiptKey } from '../../repositories/delivery-target.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import {
  findOutboxRow,
  lockOutboxRow,
  markOutboxDelivered,
  markOutboxFailed,
} from '../../repositories/submission-outbox.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { fetchReceiptKeys, postSubmission } from '../../adapters/authority-client.ts';
import { API_TOKEN_PURPOSE } from './delivery-target.service.ts';
import { presentOutboxEntry } from './outbox.presenter.ts';
import { verifyReceiptSignature } from './receipt-signing.ts';
import { openSecret } from '../../adapters/secret-box.ts';
import { SUBMISSION_HOOKS } from './submission-hooks.ts';

/** The authority's key for this receipt: pinned at the first delivery (trust on first use), then required. */
async function receiptPublicKey(
  trx: Trx,
  orgId: string,
  target: { authority_url: string; pinned_key_id: string | null; pinned_public_key: string | null },
  keyId: string,
): Promise<string> {
  if (target.pinned_key_id && target.pinned_public_key) {
    if (target.pinned_key_id !== keyId) {
      throw new Error(
        `receipt signed with key ${keyId}, but key ${target.pinned_key_id} is pinned; save the delivery target again to trust the authority's new key`,
      );
    }
    return target.pinned_public_key;
  }
  const key = (await fetchReceiptKeys(target.authority_url)).find((k) => k.keyId === keyId);
  if (!key) throw new Error(`the authority does not publish the key ${keyId} that signed the receipt`);
  await pinReceiptKey(trx, orgId, { keyId: key.keyId, publicKey: key.publicKey });
  return key.publicKey;
}

/**
 * Job 'submission.deliver': one attempt to deliver one outbox entry. It runs in the claiming transaction;
 * throwing makes the JobRunner retry with backoff, and that error is what the outbox entry shows. The
 * authority is idempotent by submission id, so a repeat after a crash gets the same receipt.
 */
export async function deliverSubmission(trx: Trx, job: JobRow): Promise<void> {
  const orgId = String(job.payload.orgId);
  const submissionId = String(job.payload.submissionId);
  const row = await lockOutboxRow(trx, orgId, submissionId);
  if (!row || row.status !== 'pending') return;

  const target = await findDeliveryTarget(trx, orgId);
  if (!target?.api_token_ciphertext) {
    throw new Error(
      'no delivery target: an administrator must set the authority URL and API token (Registration page → Delivery to the authority)',
    );
  }
  const org = await findOrganisation(trx, orgId);
  if (!org) return;
  const envelope: SubmissionEnvelope = {
    id: row.id,
    kind: row.kind as SubmissionKind,
    submittedAt: row.submitted_at.toISOString(),
    sender: { orgId, name: org.name, kvkNumber: org.kvk_number },
    payload: row.payload,
    payloadDigest: row.payload_digest,
    auditHash: row.audit_hash,
  };
  const outcome = await postSubmission(
    target.authority_url,
    openSecret(target.api_token_ciphertext, API_TOKEN_PURPOSE),
    envelope,
  );

  if (outcome.type === 'refused') {
    const failure = `the authority refused it (HTTP ${outcome.status}): ${outcome.detail}`;
    await markOutboxFailed(trx, orgId, row.id, failure);
    await recordAuditEvent(trx, SYSTEM_ACTOR, {
      orgId,
      action: 'submission.refused',
      subjectType: 'submission',
      subjectId: row.id,
      details: { kind: row.kind, status: outcome.status, failure },
    });
    return;
  }

  const { receipt } = outcome;
  if (receipt.submissionId !== row.id || receipt.payloadDigest !== row.payload_digest) {
    throw new Error('the receipt is for another submission or other content');
  }
  const publicKey = await receiptPublicKey(trx, orgId, target, receipt.keyId);
  if (!verifyReceiptSignature(publicKey, receipt, receipt.signature))
    throw new Error('the receipt signature is not valid');

  await markOutboxDelivered(trx, orgId, row.id, {
    authorityReference: receipt.authorityReference,
    receivedAt: new Date(receipt.receivedAt),
    keyId: receipt.keyId,
    signature: receipt.signature,
    verified: true,
  });
  await recordAuditEvent(trx, SYSTEM_ACTOR, {
    orgId,
    action: 'submission.delivered',
    subjectType: 'submission',
    subjectId: row.id,
    details: {
      kind: row.kind,
      authorityReference: receipt.authorityReference,
      receivedAt: receipt.receivedAt,
      keyId: receipt.keyId,
    },
  });
  const delivered = await findOutboxRow(trx, orgId, row.id);
  await SUBMISSION_HOOKS[row.kind as SubmissionKind]?.onDelivered?.(trx, { ...presentOutboxEntry(delivered!), orgId });
}

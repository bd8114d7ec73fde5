import {
  AUTHORITY_REFERENCE_PREFIX,
  parseSubmissionPayload,
  type Receipt,
  type SubmissionEnvelope,
  type SubmissionKind,
} from '@weerbaar/core/delivery';
import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { ReceivedSubmissionRow } from '../../db/schema-delivery.ts';
import {
  findReceivedSubmission,
  insertReceivedSubmission,
  nextReferenceNumber,
} from '../../repositories/received-submission.repository.ts';
import type { OrgActor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { payloadDigestOf } from './enqueue-submission.ts';
import { loadSigningKey, signReceipt } from './receipt-signing.ts';
import { SUBMISSION_HOOKS } from './submission-hooks.ts';

function presentReceipt(r: ReceivedSubmissionRow): Receipt {
  return {
    submissionId: r.id,
    authorityReference: r.authority_reference,
    receivedAt: r.received_at.toISOString(),
    payloadDigest: r.payload_digest,
    keyId: r.key_id,
    signature: r.signature,
  };
}

/** A repeat is only a repeat when it is the same submission; anything else reusing the id is refused. */
function repeatReceipt(existing: ReceivedSubmissionRow, envelope: SubmissionEnvelope): Receipt {
  if (
    existing.sender_org_id !== envelope.sender.orgId ||
    existing.kind !== envelope.kind ||
    existing.payload_digest !== envelope.payloadDigest
  ) {
    throw new DomainError('conflict', 'This submission id was already received with different content', [
      { name: 'body.id', reason: 'already used for a different submission' },
    ]);
  }
  return presentReceipt(existing);
}

const AMSTERDAM_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' });

export function formatAuthorityReference(kind: SubmissionKind, year: number, n: number): string {
  return `${AUTHORITY_REFERENCE_PREFIX[kind]}-${year}-${String(n).padStart(6, '0')}`;
}

class AlreadyReceived extends Error {}

/**
 * Authority intake: validates, stores once per id, numbers, signs and audits a submission. The first delivery
 * is `created`; a repeat of the same id gets the very same receipt, never a second row.
 */
export async function receiveSubmission(
  db: Db,
  ctx: OrgActor,
  input: { envelope: SubmissionEnvelope; idempotencyKey?: string },
): Promise<{ created: boolean; receipt: Receipt }> {
  const { envelope } = input;
  if (input.idempotencyKey !== undefined && input.idempotencyKey !== envelope.id) {
    throw new DomainError('validation_failed', 'Idempotency-Key and body id differ', [
      { name: 'header.idempotency-key', reason: 'must equal body.id' },
    ]);
  }
  if (payloadDigestOf(envelope.payload) !== envelope.payloadDigest) {
    throw new DomainError('validation_failed', 'payloadDigest does not match the payload', [
      { name: 'body.payloadDigest', reason: 'is not the sha256 of the canonical JSON of the payload' },
    ]);
  }
  const existing = await findReceivedSubmission(db, ctx.orgId, envelope.id);
  if (existing) return { created: false, receipt: repeatReceipt(existing, envelope) };

  const parsed = parseSubmissionPayload(envelope.kind, envelope.payload, 'body.payload');
  if (!parsed.ok) throw new DomainError('validation_failed', `The ${envelope.kind} is not valid`, parsed.invalidParams);

  const signingKey = await loadSigningKey(db);
  try {
    const row = await db.transaction().execute(async (trx) => {
      const receivedAt = new Date();
      const year = Number(AMSTERDAM_YEAR.format(receivedAt));
      const authorityReference = formatAuthorityReference(
        envelope.kind,
        year,
        await nextReferenceNumber(trx, ctx.orgId, AUTHORITY_REFERENCE_PREFIX[envelope.kind], year),
      );
      const claims = {
        submissionId: envelope.id,
        authorityReference,
        receivedAt: receivedAt.toISOString(),
        payloadDigest: envelope.payloadDigest,
      };
      const { keyId, signature } = signReceipt(signingKey, claims);
      const inserted = await insertReceivedSubmission(trx, {
        org_id: ctx.orgId,
        id: envelope.id,
        kind: envelope.kind,
        sender_org_id: envelope.sender.orgId,
        sender_name: envelope.sender.name,
        sender_kvk_number: envelope.sender.kvkNumber,
        submitted_at: new Date(envelope.submittedAt),
        payload: envelope.payload,
        payload_digest: envelope.payloadDigest,
        audit_hash: envelope.auditHash,
        authority_reference: authorityReference,
        received_at: receivedAt,
        key_id: keyId,
        signature,
        received_via: ctx.actor.type === 'api-token' ? `${ctx.actor.label} (${ctx.actor.tokenId})` : ctx.actor.label,
      });
      // A concurrent delivery of the same id committed first: undo our numbering and answer with its receipt.
      if (!inserted) throw new AlreadyReceived();
      await SUBMISSION_HOOKS[envelope.kind]?.onReceived?.(trx, {
        orgId: ctx.orgId,
        id: envelope.id,
        kind: envelope.kind,
        sender: envelope.sender,
        submittedAt: inserted.submitted_at,
        receivedAt,
        authorityReference,
        payload: parsed.payload,
        payloadDigest: envelope.payloadDigest,
      });
      await recordAuditEvent(trx, ctx.actor, {
        orgId: ctx.orgId,
        action: 'submission.received',
        subjectType: 'received-submission',
        subjectId: envelope.id,
        after: { payloadDigest: envelope.payloadDigest },
        details: {
          kind: envelope.kind,
          authorityReference,
          senderOrgId: envelope.sender.orgId,
          senderName: envelope.sender.name,
          senderAuditHash: envelope.auditHash,
        },
      });
      return inserted;
    });
    return { created: true, receipt: presentReceipt(row) };
  } catch (error) {
    if (!(error instanceof AlreadyReceived)) throw error;
    const first = await findReceivedSubmission(db, ctx.orgId, envelope.id);
    return { created: false, receipt: repeatReceipt(first!, envelope) };
  }
}

import {
  AUTHORITY_REFERENCE_PREFIX,
  type Receipt,
  type SubmissionEnvelope,
  type SubmissionKind,
} from '@weerbaar/core/delivery';
import { amsterdamYear, DomainError } from '@weerbaar/core/platform';
import type { BatchOutcome } from '../../db/group-batcher.ts';
import type { Trx } from '../../db/database.ts';
import {
  findReceivedSubmissions,
  insertReceivedSubmissions,
  reserveReferenceNumbers,
  type ReceivedSubmissionReceipt,
} from '../../repositories/received-submission.repository.ts';
import { insertReceivedAuditAnchors } from '../../repositories/audit.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentReceipt } from './delivery.presenter.ts';
import { signReceipt, type ActiveKey } from './receipt-signing.ts';

/** A submission that passed every check that needs no lock, waiting to be stored. */
export interface ValidatedSubmission {
  ctx: OrgActor;
  envelope: SubmissionEnvelope;
  payload: Record<string, unknown>;
  signingKey: ActiveKey;
}

export interface IntakeResult {
  created: boolean;
  receipt: Receipt;
}

/**
 * Another transaction (another process, or an earlier fallback item) stored one of the batch's ids after its
 * look-up: the batch rolls back (returning its numbers, so no gap) and the caller answers from the stored row.
 */
export class ConcurrentlyReceived extends Error {}

/** A repeat is only a repeat when it is the same submission; anything else reusing the id is refused. */
export function repeatReceipt(existing: ReceivedSubmissionReceipt, envelope: SubmissionEnvelope): Receipt {
  if (
    existing.sender_org_id !== envelope.sender.orgId ||
    existing.kind !== envelope.kind ||
    existing.payload_digest !== envelope.payloadDigest
  ) {
    throw new DomainError('conflict', 'This submission id was already received with different content', [
      { name: 'body.id', reason: 'already used for a different submission', code: 'taken' },
    ]);
  }
  return presentReceipt(existing);
}

function formatAuthorityReference(kind: SubmissionKind, year: number, n: number): string {
  return `${AUTHORITY_REFERENCE_PREFIX[kind]}-${year}-${String(n).padStart(6, '0')}`;
}

function settle<R>(decide: () => R): BatchOutcome<R> {
  try {
    return { ok: true, value: decide() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Stores one intake batch of one authority organisation (group commit, receive-submission.ts) in one
 * transaction: one look-up of its ids, one counter update per reference series, one insert and ONE
 * `recordAll('submission.received', …)` with each submission's own actor. The inbox and the registry index
 * the new submissions as subscribers of that event, in this transaction and in one batch each. A repeated
 * id gets the receipt of its first delivery and is not recorded again; a batch of only repeats changes
 * nothing. The ctx is the first item's: the chain is the authority's, each audit event names its own actor.
 */
export const receiveSubmissions = defineUseCase({
  actions: ['submission.received'],
  async run(
    { trx, now, recordAll, unchanged },
    ctx: OrgActor,
    items: readonly ValidatedSubmission[],
  ): Promise<BatchOutcome<IntakeResult>[]> {
    const orgId = ctx.orgId;
    const outcomes: BatchOutcome<IntakeResult>[] = new Array<BatchOutcome<IntakeResult>>(items.length);

    // Ids stored since the request's own checks (by an earlier batch) are repeats: no number, no row.
    const ids = [...new Set(items.map((item) => item.envelope.id))];
    const stored = new Map((await findReceivedSubmissions(trx, orgId, ids)).map((row) => [row.id, row]));
    // The first occurrence of an id in the batch is the one stored; later ones answer from it.
    const firsts: number[] = [];
    const isFirst = new Set<number>();
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const existing = stored.get(item.envelope.id);
      if (existing) outcomes[i] = settle(() => ({ created: false, receipt: repeatReceipt(existing, item.envelope) }));
      else if (!seen.has(item.envelope.id)) {
        seen.add(item.envelope.id);
        firsts.push(i);
        isFirst.add(i);
      }
    });

    if (firsts.length === 0) {
      unchanged();
      return outcomes;
    }
    const references = await reserveReferences(trx, orgId, now, firsts, items);
    const rows = firsts.map((i) => receivedRow(items[i]!, references.get(i)!, now));
    const inserted = new Map((await insertReceivedSubmissions(trx, rows)).map((row) => [row.id, row]));
    if (inserted.size !== firsts.length) throw new ConcurrentlyReceived();
    // The senders' signed audit heads, kept per sender: their copy of the chain outside their own database.
    await insertReceivedAuditAnchors(
      trx,
      firsts.flatMap((i) => {
        const { envelope } = items[i]!;
        const anchor = envelope.auditAnchor;
        if (!anchor) return [];
        const { seq, hash, signedAt, keyId, publicKey, signature } = anchor;
        return [
          {
            org_id: orgId,
            sender_org_id: envelope.sender.orgId,
            seq,
            hash,
            signed_at: new Date(signedAt),
            key_id: keyId,
            public_key: publicKey,
            signature,
            submission_id: envelope.id,
            received_at: now,
          },
        ];
      }),
    );

    // The audit head is locked last, so it is held only for this statement, the subscribers and the commit.
    await recordAll(
      'submission.received',
      firsts.map((i) => {
        const { ctx: itemCtx, envelope, payload } = items[i]!;
        const row = inserted.get(envelope.id)!;
        return {
          facts: {
            actor: itemCtx.actor,
            subjectType: 'received-submission',
            subjectId: envelope.id,
            after: { payloadDigest: envelope.payloadDigest },
            details: {
              kind: envelope.kind,
              authorityReference: row.authority_reference,
              senderOrgId: envelope.sender.orgId,
              senderName: envelope.sender.name,
              senderAuditHash: envelope.auditHash,
            },
          },
          data: {
            kind: envelope.kind,
            submissionId: envelope.id,
            sender: envelope.sender,
            submittedAt: row.submitted_at.toISOString(),
            receivedAt: row.received_at.toISOString(),
            authorityReference: row.authority_reference,
            payload,
            payloadDigest: envelope.payloadDigest,
          },
        };
      }),
    );

    items.forEach((item, i) => {
      if (outcomes[i]) return;
      const row = inserted.get(item.envelope.id)!;
      outcomes[i] = isFirst.has(i)
        ? { ok: true, value: { created: true, receipt: presentReceipt(row) } }
        : settle(() => ({ created: false, receipt: repeatReceipt(row, item.envelope) }));
    });
    return outcomes;
  },
});

/**
 * Numbers the batch in its order with one counter update per reference series. Series are taken in a
 * fixed order, so two transactions holding several never deadlock on each other.
 */
async function reserveReferences(
  trx: Trx,
  orgId: string,
  receivedAt: Date,
  indexes: readonly number[],
  items: readonly ValidatedSubmission[],
): Promise<Map<number, string>> {
  const year = amsterdamYear(receivedAt);
  const bySeries = new Map<string, number[]>();
  for (const i of indexes) {
    const prefix = AUTHORITY_REFERENCE_PREFIX[items[i]!.envelope.kind];
    bySeries.set(prefix, [...(bySeries.get(prefix) ?? []), i]);
  }
  const references = new Map<number, string>();
  for (const prefix of [...bySeries.keys()].sort()) {
    const series = bySeries.get(prefix)!;
    const last = await reserveReferenceNumbers(trx, orgId, prefix, year, series.length);
    series.forEach((i, k) => {
      references.set(i, formatAuthorityReference(items[i]!.envelope.kind, year, last - series.length + 1 + k));
    });
  }
  return references;
}

function receivedRow(item: ValidatedSubmission, authorityReference: string, receivedAt: Date) {
  const { ctx, envelope, signingKey } = item;
  const { keyId, signature } = signReceipt(signingKey, {
    submissionId: envelope.id,
    authorityReference,
    receivedAt: receivedAt.toISOString(),
    payloadDigest: envelope.payloadDigest,
  });
  return {
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
  };
}

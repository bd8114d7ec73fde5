import { addresseeRefusal, REPLY_KINDS, type SubmissionEnvelope } from '@weerbaar/core/delivery';
import { parseSubmissionPayload } from '@weerbaar/core/submissions';
import { DomainError } from '@weerbaar/core/platform';
import { GroupBatcher, type BatchOutcome } from '../../db/group-batcher.ts';
import { findReceivedSubmission } from '../../repositories/received-submission.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { anchorSignatureValid } from '../../kernel/audit-anchor.ts';
import { payloadDigestOf } from './enqueue-submission.ts';
import { loadSigningKey } from './receipt-signing.ts';
import {
  ConcurrentlyReceived,
  receiveSubmissions,
  repeatReceipt,
  type IntakeResult,
  type ValidatedSubmission,
} from './receive-submissions.ts';
import { assertTokenDeliversFor } from './sender-binding.ts';
import { listActsFor, listAuthorityKinds } from '../../repositories/supervision.repository.ts';

/**
 * Authority intake: validates, stores once per id, numbers, signs and audits a submission. The first delivery
 * is `created`; a repeat of the same id gets the very same receipt, never a second row.
 *
 * Everything that needs no lock happens here, per request and in parallel; storing goes through the
 * organisation's batcher, so concurrent submissions share one use case and transaction (receiveSubmissions:
 * one turn at the reference counter and audit head locks). The answer comes only after it committed.
 */
export async function receiveSubmission(
  deps: Deps,
  ctx: OrgActor,
  input: { envelope: SubmissionEnvelope; idempotencyKey?: string },
): Promise<IntakeResult> {
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
  const anchor = envelope.auditAnchor;
  if (anchor && !anchorSignatureValid(envelope.sender.orgId, anchor, anchor.publicKey)) {
    throw new DomainError('validation_failed', 'auditAnchor is not signed by its key for this sender', [
      { name: 'body.auditAnchor.signature', reason: 'does not verify with body.auditAnchor.publicKey' },
    ]);
  }
  // A repeat of an id already received is recognised inside the batch (one lookup for all of its ids),
  // so no per-request lookup is needed here.
  const parsed = parseSubmissionPayload(envelope.kind, envelope.payload, 'body.payload');
  if (!parsed.ok) throw new DomainError('validation_failed', `The ${envelope.kind} is not valid`, parsed.invalidParams);
  await assertTokenDeliversFor(deps, ctx, envelope.sender.orgId);
  // Meant for another kind of authority (the envelope's addressee against this organisation's authority
  // kinds): refused, not accepted and flagged — a refusal shows on the sender's outbox, so the entity fixes its
  // target and its report reaches "haar CSIRT en haar bevoegde autoriteit" (Cbw arts. 26(1), 27(1), 29(1)).
  // An older sender names no addressee: nothing to check, so no query on the intake's path. An answer to the
  // receiver's own request (REPLY_KINDS) is meant for whoever asked, whatever its kinds: no check.
  // An organisation that has named the competent authorities it acts for (Cbw art. 15) also refuses a report
  // for the competent authority addressed to another one, naming the one expected.
  const refusal =
    envelope.addressee && !REPLY_KINDS.has(envelope.kind)
      ? addresseeRefusal(
          envelope.addressee,
          await listAuthorityKinds(deps.db, ctx.orgId),
          envelope.addressee.recipient === 'competent_authority' ? await listActsFor(deps.db, ctx.orgId) : [],
        )
      : null;
  if (refusal) {
    throw new DomainError('validation_failed', 'This submission is meant for another authority', [
      {
        name: 'body.addressee.recipient',
        reason: refusal,
        code: 'wrong_recipient',
        params: { expected: envelope.addressee?.competentAuthorities.join('; ') ?? '' },
      },
    ]);
  }

  const signingKey = await loadSigningKey(deps, { actor: ctx.actor, orgId: ctx.orgId });
  return batcherFor(deps, ctx.orgId).submit({ ctx, envelope, payload: parsed.payload, signingKey });
}

// One batcher per Deps (one app: its database and subscribers) and authority organisation: batches of
// different organisations never wait for each other, and a test's database never shares a batch with another's.
const batchers = new WeakMap<Deps, Map<string, GroupBatcher<ValidatedSubmission, IntakeResult>>>();

function batcherFor(deps: Deps, orgId: string): GroupBatcher<ValidatedSubmission, IntakeResult> {
  let byOrg = batchers.get(deps);
  if (!byOrg) batchers.set(deps, (byOrg = new Map()));
  let batcher = byOrg.get(orgId);
  if (!batcher) byOrg.set(orgId, (batcher = new GroupBatcher((items) => receiveBatch(deps, items))));
  return batcher;
}

/**
 * One use case for the whole batch. If it fails for an unexpected reason, one bad item must not fail the
 * others: each item is then received on its own (a batch of one), so each caller gets its own outcome,
 * and the failing one its own error (logged by the error handler like any other).
 */
async function receiveBatch(deps: Deps, items: ValidatedSubmission[]): Promise<BatchOutcome<IntakeResult>[]> {
  try {
    return await receiveSubmissions(deps, items[0]!.ctx, items);
  } catch {
    const outcomes: BatchOutcome<IntakeResult>[] = [];
    for (const item of items) {
      try {
        outcomes.push({ ok: true, value: await receiveOne(deps, item) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }
}

/** One submission in its own transaction: the batch path with a batch of one. */
async function receiveOne(deps: Deps, item: ValidatedSubmission): Promise<IntakeResult> {
  try {
    const [outcome] = await receiveSubmissions(deps, item.ctx, [item]);
    if (!outcome!.ok) throw outcome!.error;
    return outcome!.value;
  } catch (error) {
    if (!(error instanceof ConcurrentlyReceived)) throw error;
    // The id was stored meanwhile (an earlier item of the failed batch, or another process): its receipt.
    const first = await findReceivedSubmission(deps.db, item.ctx.orgId, item.envelope.id);
    return { created: false, receipt: repeatReceipt(first!, item.envelope) };
  }
}

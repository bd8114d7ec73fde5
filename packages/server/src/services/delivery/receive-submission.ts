import { parseSubmissionPayload } from '@weerbaar/core/submissions';
import {
  AUTHORITY_REFERENCE_PREFIX,
  type Receipt,
  type SubmissionEnvelope,
  type SubmissionKind,
} from '@weerbaar/core/delivery';
import { DomainError } from '@weerbaar/core/platform';
import type { Db, Trx } from '../../db/database.ts';
import {
  findReceivedSubmission,
  findReceivedSubmissions,
  insertReceivedSubmission,
  insertReceivedSubmissions,
  nextReferenceNumber,
  reserveReferenceNumbers,
  type ReceivedSubmissionReceipt,
} from '../../repositories/received-submission.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent, recordAuditEvents, type AuditInput } from '../../kernel/record-audit-event.ts';
import { payloadDigestOf } from './enqueue-submission.ts';
import { GroupBatcher, type BatchOutcome } from '../../db/group-batcher.ts';
import { loadSigningKey, signReceipt, type ActiveKey } from './receipt-signing.ts';
import { assertTokenDeliversFor } from './sender-binding.ts';
import { SUBMISSION_HOOKS, type ReceivedSubmissionRecord } from './submission-hooks.ts';

function presentReceipt(r: ReceivedSubmissionReceipt): Receipt {
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
function repeatReceipt(existing: ReceivedSubmissionReceipt, envelope: SubmissionEnvelope): Receipt {
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

/** A submission that passed every check that needs no lock, waiting to be stored. */
interface ValidatedSubmission {
  ctx: OrgActor;
  envelope: SubmissionEnvelope;
  payload: Record<string, unknown>;
  signingKey: ActiveKey;
}

interface IntakeResult {
  created: boolean;
  receipt: Receipt;
}

/**
 * Authority intake: validates, stores once per id, numbers, signs and audits a submission. The first delivery
 * is `created`; a repeat of the same id gets the very same receipt, never a second row.
 *
 * Everything that needs no lock happens here, per request and in parallel; storing goes through the
 * organisation's batcher, so concurrent submissions share one transaction (and one turn at the
 * reference counter and audit head locks). The answer comes only after that transaction committed.
 */
export async function receiveSubmission(
  db: Db,
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
  // A repeat of an id already received is recognised inside the batch (one lookup for all of its ids),
  // so no per-request lookup is needed here.
  const parsed = parseSubmissionPayload(envelope.kind, envelope.payload, 'body.payload');
  if (!parsed.ok) throw new DomainError('validation_failed', `The ${envelope.kind} is not valid`, parsed.invalidParams);
  await assertTokenDeliversFor(db, ctx, envelope.sender.orgId);

  const signingKey = await loadSigningKey(db);
  return batcherFor(db, ctx.orgId).submit({ ctx, envelope, payload: parsed.payload, signingKey });
}

// One batcher per database and authority organisation: batches of different organisations never wait
// for each other, and a test's database never shares a batch with another's.
const batchers = new WeakMap<Db, Map<string, GroupBatcher<ValidatedSubmission, IntakeResult>>>();

function batcherFor(db: Db, orgId: string): GroupBatcher<ValidatedSubmission, IntakeResult> {
  let byOrg = batchers.get(db);
  if (!byOrg) batchers.set(db, (byOrg = new Map()));
  let batcher = byOrg.get(orgId);
  if (!batcher) byOrg.set(orgId, (batcher = new GroupBatcher((items) => receiveBatch(db, items))));
  return batcher;
}

/**
 * One transaction for the whole batch. If it fails for an unexpected reason, one bad item must not fail
 * the others: each item is then received on its own (the single-item path), so each caller gets its own
 * outcome, and the failing one its own error (logged by the error handler like any other).
 */
async function receiveBatch(db: Db, items: ValidatedSubmission[]): Promise<BatchOutcome<IntakeResult>[]> {
  try {
    return await db.transaction().execute((trx) => storeBatch(trx, items));
  } catch {
    const outcomes: BatchOutcome<IntakeResult>[] = [];
    for (const item of items) {
      try {
        outcomes.push({ ok: true, value: await receiveOne(db, item) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }
}

class ConcurrentlyReceived extends Error {}

function settle<R>(decide: () => R): BatchOutcome<R> {
  try {
    return { ok: true, value: decide() };
  } catch (error) {
    return { ok: false, error };
  }
}

async function storeBatch(trx: Trx, items: ValidatedSubmission[]): Promise<BatchOutcome<IntakeResult>[]> {
  const orgId = items[0]!.ctx.orgId;
  const outcomes: BatchOutcome<IntakeResult>[] = new Array<BatchOutcome<IntakeResult>>(items.length);

  // Ids stored since the request's own look-up (by an earlier batch) are repeats: no number, no row.
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

  const receivedAt = new Date();
  const references = await reserveReferences(trx, orgId, receivedAt, firsts, items);
  const rows = firsts.map((i) => receivedRow(items[i]!, references.get(i)!, receivedAt));
  const inserted = new Map((await insertReceivedSubmissions(trx, rows)).map((row) => [row.id, row]));
  // Another transaction (another process, or the single-item path) stored one of these ids after our
  // look-up: roll back (returning the numbers, so no gap) and let the single-item path answer each.
  if (inserted.size !== firsts.length) throw new ConcurrentlyReceived();

  await runReceivedHooks(
    trx,
    firsts.map((i) => {
      const { ctx, envelope, payload } = items[i]!;
      return receivedRecord(ctx, envelope, payload, inserted.get(envelope.id)!);
    }),
  );
  // The audit head is locked last, so it is held only for these few statements and the commit.
  await recordAuditEvents(
    trx,
    items[0]!.ctx.actor,
    firsts.map((i) => ({ ...receivedAuditEvent(items[i]!, references.get(i)!), actor: items[i]!.ctx.actor })),
  );

  items.forEach((item, i) => {
    if (outcomes[i]) return;
    const row = inserted.get(item.envelope.id)!;
    outcomes[i] = isFirst.has(i)
      ? { ok: true, value: { created: true, receipt: presentReceipt(row) } }
      : settle(() => ({ created: false, receipt: repeatReceipt(row, item.envelope) }));
  });
  return outcomes;
}

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
  const year = Number(AMSTERDAM_YEAR.format(receivedAt));
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

/** Each kind's hook gets its new submissions of the batch in one call, in their order. */
async function runReceivedHooks(trx: Trx, records: readonly ReceivedSubmissionRecord[]): Promise<void> {
  const byKind = new Map<SubmissionKind, ReceivedSubmissionRecord[]>();
  for (const record of records) {
    const sameKind = byKind.get(record.kind);
    if (sameKind) sameKind.push(record);
    else byKind.set(record.kind, [record]);
  }
  for (const [kind, batch] of byKind) await SUBMISSION_HOOKS[kind]?.onReceived?.(trx, batch);
}

function receivedRecord(
  ctx: OrgActor,
  envelope: SubmissionEnvelope,
  payload: Record<string, unknown>,
  row: ReceivedSubmissionReceipt,
): ReceivedSubmissionRecord {
  return {
    orgId: ctx.orgId,
    id: envelope.id,
    kind: envelope.kind,
    sender: envelope.sender,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    authorityReference: row.authority_reference,
    payload,
    payloadDigest: envelope.payloadDigest,
  };
}

function receivedAuditEvent({ ctx, envelope }: ValidatedSubmission, authorityReference: string): AuditInput {
  return {
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
  };
}

class AlreadyReceived extends Error {}

/** One submission in its own transaction: the fallback when a batch fails. */
async function receiveOne(db: Db, item: ValidatedSubmission): Promise<IntakeResult> {
  const { ctx, envelope, payload } = item;
  try {
    const row = await db.transaction().execute(async (trx) => {
      const receivedAt = new Date();
      const year = Number(AMSTERDAM_YEAR.format(receivedAt));
      const authorityReference = formatAuthorityReference(
        envelope.kind,
        year,
        await nextReferenceNumber(trx, ctx.orgId, AUTHORITY_REFERENCE_PREFIX[envelope.kind], year),
      );
      const inserted = await insertReceivedSubmission(trx, receivedRow(item, authorityReference, receivedAt));
      // The id was stored meanwhile (an earlier item of the failed batch, or another process): undo our
      // numbering and answer with its receipt.
      if (!inserted) throw new AlreadyReceived();
      await runReceivedHooks(trx, [receivedRecord(ctx, envelope, payload, inserted)]);
      await recordAuditEvent(trx, ctx.actor, receivedAuditEvent(item, authorityReference));
      return inserted;
    });
    return { created: true, receipt: presentReceipt(row) };
  } catch (error) {
    if (!(error instanceof AlreadyReceived)) throw error;
    const first = await findReceivedSubmission(db, ctx.orgId, envelope.id);
    return { created: false, receipt: repeatReceipt(first!, envelope) };
  }
}

import { randomUUID } from 'node:crypto';
import {
  resolveAddressee,
  type OutboxEntry,
  type SubmissionKind,
  type SubmissionRecipient,
} from '@weerbaar/core/delivery';
import type { Registration } from '@weerbaar/core/registration';
import { parseSubmissionPayload } from '@weerbaar/core/submissions';
import { DomainError } from '@weerbaar/core/platform';
import {
  deliverJobKey,
  findOutboxRow,
  findOutboxRows,
  insertOutboxRow,
} from '../../repositories/submission-outbox.repository.ts';
import { findLatestRegistrationVersion } from '../../repositories/registration.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { canonicalJson, sha256Hex } from '../../kernel/audit-chain.ts';
import type { UseCaseScope } from '../../kernel/use-case.ts';
import { deliverSubmissionJob } from './deliver-submission.job.ts';
import { presentOutboxEntry } from './delivery.presenter.ts';

export interface EnqueueSubmissionInput {
  kind: SubmissionKind;
  /** What is submitted: a registration version, an incident report (uuid). */
  subjectId: string;
  /** The idempotency key; client-generated where a client is involved, otherwise generated here. */
  submissionId?: string;
  payload: Record<string, unknown>;
  /** Hash of the caller's own audit event; by default the hash of the 'submission.queued' event. */
  auditHash?: string;
  /**
   * Who it is for: one outbox entry, delivery job and receipt per recipient, under the one submission id
   * (an incident report: its stage's REPORT_RECIPIENTS). Default: the CSIRT's target alone (registrations).
   */
  recipients?: readonly SubmissionRecipient[];
}

/**
 * What enqueueSubmission needs of the calling use case: pass its scope as is. The calling use case
 * declares 'submission.queued' in its actions.
 */
export type EnqueueScope = Pick<UseCaseScope<'submission.queued'>, 'trx' | 'record' | 'now'>;

export function payloadDigestOf(payload: unknown): string {
  return sha256Hex(canonicalJson(payload));
}

/**
 * Queues a submission for the authority IN THE CALLING USE CASE'S TRANSACTION (submit registration, submit
 * incident report): the outbox row, its delivery job and the 'submission.queued' audit event commit together
 * with the caller's own writes, so "saved" means durably queued. Not a use case of its own on purpose: a use
 * case opens its own transaction, and queueing must share the caller's. So it takes the caller's scope and
 * records through it, on the caller's chain and as the caller's actor.
 * Repeating a submissionId returns the existing entry when it is the same submission, and is a conflict
 * when it is not (then nothing is recorded).
 */
export async function enqueueSubmission(
  { trx, record, now }: EnqueueScope,
  ctx: OrgActor,
  input: EnqueueSubmissionInput,
): Promise<OutboxEntry> {
  const parsed = parseSubmissionPayload(input.kind, input.payload, 'body.payload');
  if (!parsed.ok)
    throw new DomainError('validation_failed', `The ${input.kind} is not complete or not valid`, parsed.invalidParams);
  const id = input.submissionId ?? randomUUID();
  const payloadDigest = payloadDigestOf(parsed.payload);

  const recipients: readonly SubmissionRecipient[] = input.recipients?.length ? input.recipients : ['csirt'];

  const existing = await findOutboxRows(trx, ctx.orgId, id);
  if (existing.length > 0) {
    const same = existing.every(
      (e) => e.kind === input.kind && e.subject_id === input.subjectId && e.payload_digest === payloadDigest,
    );
    if (!same || existing.length !== recipients.length || existing.some((e) => !recipients.includes(e.recipient))) {
      throw new DomainError('conflict', 'This submission id was already used for a different submission', [
        { name: 'body.submissionId', reason: 'already used for a different submission', code: 'taken' },
      ]);
    }
    return presentOutboxEntry(existing[0]!);
  }

  const event = await record(
    'submission.queued',
    {
      orgId: ctx.orgId,
      subjectType: 'submission',
      subjectId: id,
      details: { kind: input.kind, subjectId: input.subjectId, payloadDigest, recipients },
    },
    { kind: input.kind },
  );
  // The addressee each entry is sent with: the recipient role and the competent authority of the
  // registration's sectors (a registration: its own entity types; a report: the latest registration's).
  const entityTypes =
    input.kind === 'registration'
      ? (parsed.payload as unknown as Registration).entityTypes
      : ((await findLatestRegistrationVersion(trx, ctx.orgId))?.data as Partial<Registration> | undefined)?.entityTypes;
  for (const recipient of recipients) {
    await insertOutboxRow(trx, {
      addressee: resolveAddressee(recipient, entityTypes ?? []),
      org_id: ctx.orgId,
      id,
      recipient,
      kind: input.kind,
      subject_id: input.subjectId,
      payload: parsed.payload,
      payload_digest: payloadDigest,
      audit_hash: input.auditHash ?? event.hash,
      submitted_at: now,
    });
    const job = await deliverSubmissionJob.enqueue(
      trx,
      { orgId: ctx.orgId, submissionId: id, recipient },
      { orgId: ctx.orgId, dedupeKey: deliverJobKey(id, recipient) },
    );
    // A new outbox row without its delivery job would be "saved" but never sent: refuse instead.
    if (!job) throw new Error(`Delivery job for submission ${id} already exists; refusing to queue it twice`);
  }
  const row = await findOutboxRow(trx, ctx.orgId, id, recipients[0]);
  return presentOutboxEntry(row!);
}

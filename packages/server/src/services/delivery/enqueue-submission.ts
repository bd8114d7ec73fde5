import { parseSubmissionPayload } from '@weerbaar/core/submissions';
import { randomUUID } from 'node:crypto';
import type { OutboxEntry, SubmissionKind } from '@weerbaar/core/delivery';
import { DomainError } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import { insertJob } from '../../repositories/job.repository.ts';
import {
  DELIVER_JOB_KIND,
  deliverJobKey,
  findOutboxRow,
  insertOutboxRow,
} from '../../repositories/submission-outbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { canonicalJson, sha256Hex } from '../../kernel/audit-chain.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { presentOutboxEntry } from './outbox.presenter.ts';

export interface EnqueueSubmissionInput {
  kind: SubmissionKind;
  /** What is submitted: a registration version, an incident report (uuid). */
  subjectId: string;
  /** The idempotency key; client-generated where a client is involved, otherwise generated here. */
  submissionId?: string;
  payload: Record<string, unknown>;
  /** Hash of the caller's own audit event; by default the hash of the 'submission.queued' event. */
  auditHash?: string;
}

// A report must never be given up silently (DESIGN.md, Delivery): with the backoff capped at an hour this
// keeps trying for years; every failed attempt is visible on the outbox entry.
export const DELIVERY_MAX_ATTEMPTS = 100_000;

export function payloadDigestOf(payload: unknown): string {
  return sha256Hex(canonicalJson(payload));
}

/**
 * Queues a submission for the authority IN THE CALLER'S TRANSACTION: the outbox row, its delivery job and the
 * audit event commit together with the caller's own writes, so "saved" means durably queued.
 * Repeating a submissionId returns the existing entry when it is the same submission, and is a conflict
 * when it is not.
 */
export async function enqueueSubmission(trx: Trx, ctx: OrgActor, input: EnqueueSubmissionInput): Promise<OutboxEntry> {
  const parsed = parseSubmissionPayload(input.kind, input.payload, 'body.payload');
  if (!parsed.ok)
    throw new DomainError('validation_failed', `The ${input.kind} is not complete or not valid`, parsed.invalidParams);
  const id = input.submissionId ?? randomUUID();
  const payloadDigest = payloadDigestOf(parsed.payload);

  const existing = await findOutboxRow(trx, ctx.orgId, id);
  if (existing) {
    if (
      existing.kind !== input.kind ||
      existing.subject_id !== input.subjectId ||
      existing.payload_digest !== payloadDigest
    ) {
      throw new DomainError('conflict', 'This submission id was already used for a different submission', [
        { name: 'body.submissionId', reason: 'already used for a different submission' },
      ]);
    }
    return presentOutboxEntry(existing);
  }

  const event = await recordAuditEvent(trx, ctx.actor, {
    orgId: ctx.orgId,
    action: 'submission.queued',
    subjectType: 'submission',
    subjectId: id,
    details: { kind: input.kind, subjectId: input.subjectId, payloadDigest },
  });
  await insertOutboxRow(trx, {
    org_id: ctx.orgId,
    id,
    kind: input.kind,
    subject_id: input.subjectId,
    payload: parsed.payload,
    payload_digest: payloadDigest,
    audit_hash: input.auditHash ?? event.hash,
    submitted_at: new Date(),
  });
  const job = await insertJob(trx, {
    kind: DELIVER_JOB_KIND,
    orgId: ctx.orgId,
    payload: { orgId: ctx.orgId, submissionId: id },
    dedupeKey: deliverJobKey(id),
    maxAttempts: DELIVERY_MAX_ATTEMPTS,
  });
  // A new outbox row without its delivery job would be "saved" but never sent: refuse instead.
  if (!job) throw new Error(`Delivery job for submission ${id} already exists; refusing to queue it twice`);
  const row = await findOutboxRow(trx, ctx.orgId, id);
  return presentOutboxEntry(row!);
}

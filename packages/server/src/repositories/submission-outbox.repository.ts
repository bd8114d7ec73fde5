import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { OutboxRow } from '../db/schema-delivery.ts';

export const DELIVER_JOB_KIND = 'submission.deliver';
/** The delivery job of one recipient's entry; the CSIRT's keeps the key it had before there were two recipients. */
export const deliverJobKey = (submissionId: string, recipient: SubmissionRecipient = 'csirt') =>
  recipient === 'csirt' ? `${DELIVER_JOB_KIND}:${submissionId}` : `${DELIVER_JOB_KIND}:${submissionId}:${recipient}`;

/** An outbox row with the state of its delivery job (attempts and errors live on the job). */
export type OutboxRowWithJob = OutboxRow & {
  attempts: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
};

export async function insertOutboxRow(
  db: DbOrTrx,
  row: {
    org_id: string;
    id: string;
    recipient: SubmissionRecipient;
    kind: string;
    subject_id: string;
    payload: Record<string, unknown>;
    payload_digest: string;
    audit_hash: string | null;
    submitted_at: Date;
    addressee?: Record<string, unknown> | null;
  },
): Promise<OutboxRow | undefined> {
  return db
    .insertInto('submissions_outbox')
    .values({
      ...row,
      payload: JSON.stringify(row.payload),
      addressee: row.addressee ? JSON.stringify(row.addressee) : null,
    })
    .onConflict((oc) => oc.columns(['org_id', 'id', 'recipient']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

function withJob(db: DbOrTrx) {
  return db
    .selectFrom('submissions_outbox as o')
    .leftJoin('jobs as j', (join) =>
      join
        .onRef('j.org_id', '=', 'o.org_id')
        .on(
          'j.dedupe_key',
          '=',
          sql<string>`${DELIVER_JOB_KIND + ':'} || o.id::text || CASE WHEN o.recipient = 'csirt' THEN '' ELSE ':' || o.recipient END`,
        ),
    )
    .selectAll('o')
    .select([
      'j.attempts',
      'j.last_error',
      sql<Date | null>`CASE WHEN j.status = 'pending' THEN j.run_at END`.as('next_attempt_at'),
    ]);
}

export async function findOutboxRow(
  db: DbOrTrx,
  orgId: string,
  id: string,
  recipient: SubmissionRecipient = 'csirt',
): Promise<OutboxRowWithJob | undefined> {
  return withJob(db)
    .where('o.org_id', '=', orgId)
    .where('o.id', '=', id)
    .where('o.recipient', '=', recipient)
    .executeTakeFirst();
}

/** Every recipient's entry of one submission (the CSIRT's first). */
export async function findOutboxRows(db: DbOrTrx, orgId: string, id: string): Promise<OutboxRowWithJob[]> {
  return withJob(db).where('o.org_id', '=', orgId).where('o.id', '=', id).orderBy('o.recipient', 'desc').execute();
}

export async function listOutboxRows(
  db: DbOrTrx,
  orgId: string,
  filter: { kind?: string; subjectId?: string; subjectIds?: readonly string[]; limit?: number },
): Promise<OutboxRowWithJob[]> {
  if (filter.subjectIds?.length === 0) return [];
  let q = withJob(db).where('o.org_id', '=', orgId);
  if (filter.kind) q = q.where('o.kind', '=', filter.kind);
  if (filter.subjectId) q = q.where('o.subject_id', '=', filter.subjectId);
  if (filter.subjectIds) q = q.where('o.subject_id', 'in', filter.subjectIds);
  q = q.orderBy('o.created_at', 'desc').orderBy('o.id').orderBy('o.recipient', 'desc');
  // A listing of given subjects is bounded by them; only the open listing is capped.
  const limit = filter.limit ?? (filter.subjectIds ? undefined : 200);
  return (limit === undefined ? q : q.limit(limit)).execute();
}

/** Locks the row for the delivering transaction, so two workers never store two receipts. */
export async function lockOutboxRow(
  db: DbOrTrx,
  orgId: string,
  id: string,
  recipient: SubmissionRecipient,
): Promise<OutboxRow | undefined> {
  return db
    .selectFrom('submissions_outbox')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('recipient', '=', recipient)
    .forUpdate()
    .executeTakeFirst();
}

export async function markOutboxDelivered(
  db: DbOrTrx,
  orgId: string,
  id: string,
  recipient: SubmissionRecipient,
  receipt: { authorityReference: string; receivedAt: Date; keyId: string; signature: string; verified: boolean },
  now: Date,
): Promise<void> {
  await db
    .updateTable('submissions_outbox')
    .set({
      status: 'delivered',
      failure: null,
      authority_reference: receipt.authorityReference,
      received_at: receipt.receivedAt,
      receipt_key_id: receipt.keyId,
      receipt_signature: receipt.signature,
      receipt_verified: receipt.verified,
      delivered_at: now,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('recipient', '=', recipient)
    .execute();
}

export async function markOutboxFailed(
  db: DbOrTrx,
  orgId: string,
  id: string,
  recipient: SubmissionRecipient,
  failure: string,
): Promise<void> {
  await db
    .updateTable('submissions_outbox')
    .set({ status: 'failed', failure: failure.slice(0, 2000) })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('recipient', '=', recipient)
    .execute();
}

/** After the target changes, waiting deliveries of the organisation try again now instead of after their backoff. */
export async function rescheduleWaitingDeliveries(db: DbOrTrx, orgId: string, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ run_at: now })
    .where('kind', '=', DELIVER_JOB_KIND)
    .where('status', '=', 'pending')
    .where('org_id', '=', orgId)
    .execute();
}

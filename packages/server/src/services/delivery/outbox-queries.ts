import { SUBMISSION_KINDS, type OutboxEntry, type SubmissionKind } from '@weerbaar/core/delivery';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import { findOutboxRow, listOutboxRows } from '../../repositories/submission-outbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentOutboxEntry } from './delivery.presenter.ts';

/** A submission is read under the policy of what it carries: a registration, or a report on an incident. */
function authorizeRead(ctx: OrgActor, kind: SubmissionKind, orgId: string): void {
  if (kind === 'registration') authorize(ctx, 'read', { type: 'registration', orgId }, 'Submission');
  else authorize(ctx, 'read', { type: 'incident', orgId }, 'Submission');
}

/** The organisation's submissions, newest first, optionally of one kind or of given subjects (then uncapped). */
export async function listSubmissions(
  db: DbOrTrx,
  ctx: OrgActor,
  filter: { kind?: SubmissionKind; subjectId?: string; subjectIds?: readonly string[] } = {},
): Promise<OutboxEntry[]> {
  const { orgId } = ctx;
  for (const kind of filter.kind ? [filter.kind] : SUBMISSION_KINDS) authorizeRead(ctx, kind, orgId);
  return (await listOutboxRows(db, orgId, filter)).map(presentOutboxEntry);
}

/** One submission of the organisation; another organisation's is not found. */
export async function getSubmission(db: DbOrTrx, ctx: OrgActor, submissionId: string): Promise<OutboxEntry> {
  const row = await findOutboxRow(db, ctx.orgId, submissionId);
  if (!row) throw notFound('Submission');
  authorizeRead(ctx, row.kind as SubmissionKind, row.org_id);
  return presentOutboxEntry(row);
}

import type { OutboxEntry, SubmissionKind } from '@weerbaar/core/delivery';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import { findOutboxRow, listOutboxRows } from '../../repositories/submission-outbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { presentOutboxEntry } from './delivery.presenter.ts';

/** The organisation's submissions, newest first, optionally of one kind or of given subjects (then uncapped). */
export async function listSubmissions(
  db: DbOrTrx,
  { orgId }: OrgActor,
  filter: { kind?: SubmissionKind; subjectId?: string; subjectIds?: readonly string[] } = {},
): Promise<OutboxEntry[]> {
  return (await listOutboxRows(db, orgId, filter)).map(presentOutboxEntry);
}

/** One submission of the organisation; another organisation's is not found. */
export async function getSubmission(db: DbOrTrx, { orgId }: OrgActor, submissionId: string): Promise<OutboxEntry> {
  const row = await findOutboxRow(db, orgId, submissionId);
  if (!row) throw notFound('Submission');
  return presentOutboxEntry(row);
}

import type { SubmissionKind, SubmissionRecipient } from '@weerbaar/core/delivery';
import { lockOutboxRow, markOutboxFailed } from '../../repositories/submission-outbox.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/**
 * The delivery job's answer from the authority: refused for good (HTTP 400, 409, 413, 415, 422). The entry
 * fails (nothing is retried; the user fixes the data and submits anew) unless, under its row lock, it turns
 * out to be no longer pending.
 */
export const markSubmissionRefused = defineUseCase({
  actions: ['submission.refused'],
  async run(
    { trx, record, unchanged },
    _ctx: Actor,
    input: { orgId: string; submissionId: string; recipient: SubmissionRecipient; status: number; failure: string },
  ): Promise<void> {
    const { orgId, submissionId, recipient, status, failure } = input;
    const row = await lockOutboxRow(trx, orgId, submissionId, recipient);
    if (!row || row.status !== 'pending') return unchanged();
    await markOutboxFailed(trx, orgId, row.id, recipient, failure);
    await record(
      'submission.refused',
      {
        orgId,
        subjectType: 'submission',
        subjectId: row.id,
        details: { kind: row.kind, recipient, status, failure },
      },
      { kind: row.kind as SubmissionKind },
    );
  },
});

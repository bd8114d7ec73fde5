// Job 'incident.feedback-poll' (outbound lane): one look at the authority for feedback on a delivered
// report, outside any transaction, then the feedback and the next round commit with the job.
import { SubmissionRecipientSchema, type SubmissionRecipient } from '@weerbaar/core/delivery';
import { z } from 'zod';
import type { Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { findIncidentReport } from '../../repositories/incident-report.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { recordAuthorityFeedback } from './record-authority-feedback.ts';
import { fetchFeedback } from './report-feedback.ts';

// Often at first (the authority aims to answer within 24 h), then every quarter of an hour.
const FAST_ROUNDS = 120;
const FAST_MS = 30_000;
const SLOW_MS = 15 * 60_000;

export const feedbackPollJob = defineJob({
  kind: 'incident.feedback-poll',
  // Each recipient's intake is asked for its own feedback (polls planned before there were two: the CSIRT's).
  payload: z.object({
    orgId: z.uuid(),
    reportId: z.uuid(),
    round: z.number().int().min(0),
    recipient: SubmissionRecipientSchema.default('csirt'),
  }),
  lane: 'outbound',
  // A failed commit (database trouble) is retried; storing feedback is idempotent.
  maxAttempts: 5,
  async run({ payload: { orgId, reportId, round, recipient }, deps, complete }) {
    if (!(await findIncidentReport(deps.db, orgId, reportId))) return;
    // Only the network look may fail softly: the next round is planned anyway.
    const feedback = await fetchFeedback(deps.db, deps.config, orgId, reportId, recipient).catch((error: unknown) => {
      deps.log.warn({ reportId, recipient, error: String(error) }, 'feedback poll failed');
      return null;
    });
    await complete(recordAuthorityFeedback, SYSTEM_ACTOR, { orgId, reportId, feedback, round, recipient });
  },
});

/** Plans look number `round` at the authority's feedback on a report, in the caller's use case transaction. */
export async function scheduleFeedbackPoll(
  trx: Trx,
  orgId: string,
  reportId: string,
  round: number,
  nowMs: number,
  recipient: SubmissionRecipient = 'csirt',
): Promise<void> {
  await feedbackPollJob.enqueue(
    trx,
    { orgId, reportId, round, recipient },
    {
      orgId,
      runAt: new Date(nowMs + (round < FAST_ROUNDS ? FAST_MS : SLOW_MS)),
      dedupeKey: `${feedbackPollJob.kind}:${reportId}:${recipient === 'csirt' ? '' : `${recipient}:`}${round}`,
    },
  );
}

// Job 'measure.review-reminder' (internal lane: only the database), planned at 07:00 UTC on the review date.
import type { DbOrTrx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { REVIEW_JOB_KIND, reviewKey, ReviewPayloadSchema, sendReviewReminder } from './send-review-reminder.ts';

export const reviewReminderJob = defineJob({
  kind: REVIEW_JOB_KIND,
  payload: ReviewPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendReviewReminder, SYSTEM_ACTOR, payload);
  },
});

/** Plans the reminder of a review date, once per requirement and date. */
export async function scheduleReview(
  db: DbOrTrx,
  orgId: string,
  requirementId: string,
  reviewDate: string,
): Promise<void> {
  await reviewReminderJob.enqueue(
    db,
    { orgId, requirementId, reviewDate },
    { orgId, runAt: new Date(`${reviewDate}T07:00:00Z`), dedupeKey: reviewKey({ requirementId, reviewDate }) },
  );
}

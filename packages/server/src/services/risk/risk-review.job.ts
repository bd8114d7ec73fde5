// Job 'risk.review-reminder' (internal lane): the review reminder of a risk, one per risk and next review
// date, run on that day (CER Art. 12(1): at least every four years; the organisation's interval sets the
// rhythm; NIS2 Art. 21: earlier when things change). A job whose date has moved (reviewed early, date
// changed) finds nothing to do: the new date has its own job.
import type { Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import {
  RISK_REVIEW_JOB_KIND,
  riskReviewKey,
  RiskReviewPayloadSchema,
  type RiskReviewPayload,
} from './risk-review-payload.ts';
import { sendRiskReviewReminder } from './send-risk-review-reminder.ts';

export const riskReviewJob = defineJob({
  kind: RISK_REVIEW_JOB_KIND,
  payload: RiskReviewPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendRiskReviewReminder, SYSTEM_ACTOR, payload);
  },
});

/** Schedules the reminder for the morning of the review day (06:00 UTC: 07:00 or 08:00 in the Netherlands). */
export async function scheduleRiskReview(trx: Trx, payload: RiskReviewPayload): Promise<void> {
  await riskReviewJob.enqueue(trx, payload, {
    orgId: payload.orgId,
    runAt: new Date(`${payload.nextReviewOn}T06:00:00Z`),
    dedupeKey: riskReviewKey(payload),
  });
}

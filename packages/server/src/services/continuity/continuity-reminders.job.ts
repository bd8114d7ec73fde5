// Jobs of continuity plans and exercises (internal lane): the review reminder on a plan's review day, the
// reminder to print a new offline pack a day after a version was approved, and an exercise's reminders (a
// week before it, and when its evaluation is overdue). Each finds nothing to do when things moved on
// (reviewed again, printed since, evaluated): the newer state has its own job.
import type { Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import {
  EXERCISE_EVALUATION_DUE_MS,
  EXERCISE_REMINDER_JOB_KIND,
  EXERCISE_UPCOMING_MS,
  exerciseReminderKey,
  ExerciseReminderPayloadSchema,
  PACK_PRINT_GRACE_MS,
  PACK_REMINDER_JOB_KIND,
  packReminderKey,
  PackReminderPayloadSchema,
  PLAN_REVIEW_JOB_KIND,
  planReviewKey,
  PlanReviewPayloadSchema,
  type PackReminderPayload,
  type PlanReviewPayload,
} from './continuity-reminder-payloads.ts';
import { sendContinuityPackReminder } from './send-continuity-pack-reminder.ts';
import { sendExerciseReminder } from './send-exercise-reminder.ts';
import { sendContinuityPlanReviewReminder } from './send-continuity-plan-review-reminder.ts';

export const continuityPlanReviewJob = defineJob({
  kind: PLAN_REVIEW_JOB_KIND,
  payload: PlanReviewPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendContinuityPlanReviewReminder, SYSTEM_ACTOR, payload);
  },
});

export const continuityPackReminderJob = defineJob({
  kind: PACK_REMINDER_JOB_KIND,
  payload: PackReminderPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendContinuityPackReminder, SYSTEM_ACTOR, payload);
  },
});

/** The morning of the review day (06:00 UTC: 07:00 or 08:00 in the Netherlands). */
export async function scheduleContinuityPlanReview(trx: Trx, payload: PlanReviewPayload): Promise<void> {
  await continuityPlanReviewJob.enqueue(trx, payload, {
    orgId: payload.orgId,
    runAt: new Date(`${payload.nextReviewOn}T06:00:00Z`),
    dedupeKey: planReviewKey(payload),
  });
}

export async function scheduleContinuityPackReminder(
  trx: Trx,
  payload: PackReminderPayload,
  approvedAt: Date,
): Promise<void> {
  await continuityPackReminderJob.enqueue(trx, payload, {
    orgId: payload.orgId,
    runAt: new Date(approvedAt.getTime() + PACK_PRINT_GRACE_MS),
    dedupeKey: packReminderKey(payload),
  });
}

export const exerciseReminderJob = defineJob({
  kind: EXERCISE_REMINDER_JOB_KIND,
  payload: ExerciseReminderPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendExerciseReminder, SYSTEM_ACTOR, payload);
  },
});

/** A week before the exercise starts (at once when it is sooner), and four weeks after it started. */
export async function scheduleExerciseReminders(
  trx: Trx,
  e: { orgId: string; exerciseId: string; startsAt: Date },
  now: Date,
): Promise<void> {
  const startsAt = e.startsAt.toISOString();
  const upcoming = { orgId: e.orgId, exerciseId: e.exerciseId, reminder: 'upcoming' as const, startsAt };
  if (e.startsAt > now) {
    const runAt = new Date(Math.max(now.getTime(), e.startsAt.getTime() - EXERCISE_UPCOMING_MS));
    await exerciseReminderJob.enqueue(trx, upcoming, {
      orgId: e.orgId,
      runAt,
      dedupeKey: exerciseReminderKey(upcoming),
    });
  }
  const overdue = { ...upcoming, reminder: 'evaluation-overdue' as const };
  await exerciseReminderJob.enqueue(trx, overdue, {
    orgId: e.orgId,
    runAt: new Date(e.startsAt.getTime() + EXERCISE_EVALUATION_DUE_MS),
    dedupeKey: exerciseReminderKey(overdue),
  });
}

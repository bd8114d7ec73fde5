import { z } from 'zod';

export const PLAN_REVIEW_JOB_KIND = 'continuity.plan-review-reminder';
export const PACK_REMINDER_JOB_KIND = 'continuity.pack-reminder';

export const PlanReviewPayloadSchema = z.object({ orgId: z.uuid(), planId: z.uuid(), nextReviewOn: z.iso.date() });
export type PlanReviewPayload = z.infer<typeof PlanReviewPayloadSchema>;

/** One reminder per plan and review date: the job's dedupe key, and the notification's. */
export const planReviewKey = (p: PlanReviewPayload) => `${PLAN_REVIEW_JOB_KIND}:${p.planId}:${p.nextReviewOn}`;

export const PackReminderPayloadSchema = z.object({ orgId: z.uuid(), planId: z.uuid(), version: z.number().int() });
export type PackReminderPayload = z.infer<typeof PackReminderPayloadSchema>;

/** One reminder per approved version: print the pack again. */
export const packReminderKey = (p: PackReminderPayload) => `${PACK_REMINDER_JOB_KIND}:${p.planId}:${p.version}`;

/** Time to print after an approval before the reminder goes out. */
export const PACK_PRINT_GRACE_MS = 24 * 3_600_000;

// Who may change plans (risk:write) or approve them (continuity:approve) is reminded.
export const REMINDED_ROLES = ['owner', 'admin', 'risk-manager'];

export const EXERCISE_REMINDER_JOB_KIND = 'continuity.exercise-reminder';

/**
 * An exercise coming up (a week before it starts), or its evaluation overdue (four weeks after it started
 * and still not evaluated: the findings are what the exercise is for). `startsAt` is the start the job was
 * scheduled for.
 */
export const ExerciseReminderPayloadSchema = z.object({
  orgId: z.uuid(),
  exerciseId: z.uuid(),
  reminder: z.enum(['upcoming', 'evaluation-overdue']),
  startsAt: z.iso.datetime(),
});
export type ExerciseReminderPayload = z.infer<typeof ExerciseReminderPayloadSchema>;

export const exerciseReminderKey = (p: ExerciseReminderPayload) =>
  `${EXERCISE_REMINDER_JOB_KIND}:${p.exerciseId}:${p.reminder}:${p.startsAt}`;

export const EXERCISE_UPCOMING_MS = 7 * 24 * 3_600_000;
export const EXERCISE_EVALUATION_DUE_MS = 28 * 24 * 3_600_000;

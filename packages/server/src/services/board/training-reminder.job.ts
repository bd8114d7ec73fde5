// Job 'board.training-reminder' (internal lane: only the database), planned at 07:00 UTC
// TRAINING_REMINDER_DAYS before a board member's certificate expires (or at once when that is past).
import { addDays, TRAINING_REMINDER_DAYS } from '@weerbaar/core/measures';
import type { DbOrTrx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import {
  sendTrainingReminder,
  TRAINING_JOB_KIND,
  trainingKey,
  TrainingReminderPayloadSchema,
} from './send-training-reminder.ts';

export const trainingReminderJob = defineJob({
  kind: TRAINING_JOB_KIND,
  payload: TrainingReminderPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendTrainingReminder, SYSTEM_ACTOR, payload);
  },
});

/** Plans the reminder of a certificate's expiry, once per training record and expiry date. */
export async function scheduleTrainingReminder(
  db: DbOrTrx,
  orgId: string,
  trainingId: string,
  expiresOn: string,
  now: Date,
): Promise<void> {
  const planned = new Date(`${addDays(expiresOn, -TRAINING_REMINDER_DAYS)}T07:00:00Z`);
  await trainingReminderJob.enqueue(
    db,
    { orgId, trainingId, expiresOn },
    { orgId, runAt: planned > now ? planned : now, dedupeKey: trainingKey({ trainingId, expiresOn }) },
  );
}

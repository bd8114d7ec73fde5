// The sitrep rhythm's reminder (internal lane): scheduled for the moment the next sitrep is due, whenever a
// crisis is declared or a sitrep issued; it finds nothing to do when a newer sitrep moved the due moment.
import type { Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { sendSitrepReminder } from './send-sitrep-reminder.ts';
import { SITREP_REMINDER_JOB_KIND, sitrepReminderKey, SitrepReminderPayloadSchema } from './sitrep-reminder-payload.ts';

export const sitrepReminderJob = defineJob({
  kind: SITREP_REMINDER_JOB_KIND,
  payload: SitrepReminderPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendSitrepReminder, SYSTEM_ACTOR, payload);
  },
});

export async function scheduleSitrepReminder(trx: Trx, orgId: string, crisisId: string, dueAt: Date): Promise<void> {
  const payload = { orgId, crisisId, dueAt: dueAt.toISOString() };
  await sitrepReminderJob.enqueue(trx, payload, { orgId, runAt: dueAt, dedupeKey: sitrepReminderKey(payload) });
}

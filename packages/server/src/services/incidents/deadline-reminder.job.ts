// Job 'incident.deadline-reminder' (internal lane: only the database). The clock of the reminder is the
// use case's reading of deps.clock at run time.
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { REMINDER_JOB_KIND, ReminderPayloadSchema, sendDeadlineReminder } from './send-deadline-reminder.ts';

export const deadlineReminderJob = defineJob({
  kind: REMINDER_JOB_KIND,
  payload: ReminderPayloadSchema,
  lane: 'internal',
  async run({ payload, complete }) {
    await complete(sendDeadlineReminder, SYSTEM_ACTOR, payload);
  },
});

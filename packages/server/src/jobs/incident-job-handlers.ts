// Jobs of the incidents module; the clock of each handler is the wall clock at run time.
import {
  REMINDER_JOB_KIND,
  REMINDER_WEBHOOK_JOB_KIND,
  runDeadlineReminder,
} from '../services/incidents/deadline-reminders.ts';
import { deliverReminderWebhook } from '../services/incidents/reminder-webhook.ts';
import { FEEDBACK_POLL_JOB_KIND, pollReportFeedback } from '../services/incidents/report-feedback.ts';
import type { JobHandler } from './job-runner.ts';

export function incidentJobHandlers(
  log: (msg: string, extra?: Record<string, unknown>) => void,
): Record<string, JobHandler> {
  return {
    // Warns before and after each reporting deadline (in the app, by mail and webhook).
    [REMINDER_JOB_KIND]: async (trx, job) => void (await runDeadlineReminder(trx, job, Date.now())),
    // POSTs one reminder to the organisation's webhook; throws to be retried with backoff.
    [REMINDER_WEBHOOK_JOB_KIND]: deliverReminderWebhook,
    // Fetches the authority's feedback on a delivered report, then plans the next look.
    [FEEDBACK_POLL_JOB_KIND]: (trx, job) => pollReportFeedback(trx, job, Date.now(), log),
  };
}

// The composition root: every module's subscribers and jobs, registered at start-up. Modules never
// import each other to react to what another did; they subscribe here to its domain events
// (docs/ARCHITECTURE.md, "How a module is built").
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { JobDefinition } from './jobs/job-definition.ts';
import { matchAdvisoriesJob } from './services/advisories/match-advisories.job.ts';
import { auditVerificationJob } from './services/audit/audit-verification.job.ts';
import { SILENT_LOG, SYSTEM_CLOCK, type Clock, type Deps, type Log } from './kernel/deps.ts';
import { DomainEvents } from './kernel/domain-events.ts';
import { deliverSubmissionJob } from './services/delivery/deliver-submission.job.ts';
import { registerInboxSubscribers } from './services/inbox/inbox.subscribers.ts';
import { registerCampaignSubscribers } from './services/campaigns/campaigns.subscribers.ts';
import { registerMeasureSubscribers } from './services/measures/measure.subscribers.ts';
import { reviewReminderJob } from './services/measures/review-reminder.job.ts';
import { trainingReminderJob } from './services/board/training-reminder.job.ts';
import { deadlineReminderJob } from './services/incidents/deadline-reminder.job.ts';
import { feedbackPollJob } from './services/incidents/feedback-poll.job.ts';
import { registerIncidentSubscribers } from './services/incidents/incident.subscribers.ts';
import { reminderWebhookJob } from './services/incidents/reminder-webhook.job.ts';
import { mailLogJob } from './services/platform/mail-log.job.ts';
import { pruneJob } from './services/platform/prune.job.ts';
import { registerRegistrySubscribers } from './services/registry/registry.subscribers.ts';
import { registerTrendSubscribers } from './services/trends/trends.subscribers.ts';
import { registerCrisisRequestSubscribers } from './services/crisis-requests/crisis-requests.subscribers.ts';
import { pullMessagesJob } from './services/crisis-requests/pull-messages.job.ts';
import { registerSupervisionSubscribers } from './services/supervision/supervision.subscribers.ts';
import { riskReviewJob } from './services/risk/risk-review.job.ts';
import {
  continuityPackReminderJob,
  continuityPlanReviewJob,
  exerciseReminderJob,
} from './services/continuity/continuity-reminders.job.ts';
import { sitrepReminderJob } from './services/crisis/sitrep-reminder.job.ts';

/** Each module's subscriptions to other modules' domain events. */
const SUBSCRIBERS: readonly ((events: DomainEvents) => void)[] = [
  registerIncidentSubscribers,
  registerInboxSubscribers,
  // After the inbox: the indicator index refers to its rows.
  registerCampaignSubscribers,
  // After the inbox: the trends read the chain the inbox just indexed.
  registerTrendSubscribers,
  registerRegistrySubscribers,
  registerMeasureSubscribers,
  registerCrisisRequestSubscribers,
  registerSupervisionSubscribers,
];

/** Every kind of background job. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- jobs with different payloads
export const JOBS: readonly JobDefinition<any>[] = [
  auditVerificationJob,
  mailLogJob,
  pruneJob,
  deliverSubmissionJob,
  deadlineReminderJob,
  reminderWebhookJob,
  feedbackPollJob,
  riskReviewJob,
  continuityPlanReviewJob,
  continuityPackReminderJob,
  exerciseReminderJob,
  sitrepReminderJob,
  reviewReminderJob,
  trainingReminderJob,
  matchAdvisoriesJob,
  pullMessagesJob,
];

export function createDeps(options: { db: Db; config: Config; log?: Log; clock?: Clock }): Deps {
  const events = new DomainEvents();
  for (const register of SUBSCRIBERS) register(events);
  return {
    db: options.db,
    config: options.config,
    events,
    log: options.log ?? SILENT_LOG,
    clock: options.clock ?? SYSTEM_CLOCK,
  };
}

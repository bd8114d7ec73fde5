// Nightly retention: finished jobs, expired sessions, spent password resets, old mail, read
// notifications and sign-in throttle rows a day past their last failure (far past the hour a count
// lasts, services/accounts/sign-in-throttle.ts) and past their block are removed, and jobs whose worker died on their last attempt are given up. The audit
// trail is never pruned (append-only by design); it records what was removed.
import type { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteFinishedJobs, failAbandonedJobs } from '../../repositories/job.repository.ts';
import {
  deleteExpiredSessions,
  deleteMailWrittenBefore,
  deleteNotificationsReadBefore,
  deleteSpentPasswordResets,
} from '../../repositories/retention.repository.ts';
import { pruneSignInThrottles } from '../../repositories/sign-in-throttle.repository.ts';
import { NIGHTLY_KINDS, nextNight, scheduleNight } from './nightly.ts';

const DAY_MS = 86_400_000;

export const pruneFinishedWork = defineUseCase({
  actions: ['platform.pruned'],
  async run({ trx, now, config, record }, _ctx: typeof SYSTEM_ACTOR, _input: null) {
    const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const removed = {
      abandonedJobs: await failAbandonedJobs(trx),
      jobs: await deleteFinishedJobs(trx, before(config.retention.jobsDays)),
      sessions: await deleteExpiredSessions(trx, now),
      passwordResets: await deleteSpentPasswordResets(trx, now),
      mail: await deleteMailWrittenBefore(trx, before(config.retention.mailDays)),
      notifications: await deleteNotificationsReadBefore(trx, before(config.retention.notificationsDays)),
      signInThrottles: await pruneSignInThrottles(trx, before(1), now),
    };
    await record('platform.pruned', { orgId: null, subjectType: 'platform', details: removed }, { removed });
    await scheduleNight(trx, NIGHTLY_KINDS.prune, nextNight(now));
    return removed;
  },
});

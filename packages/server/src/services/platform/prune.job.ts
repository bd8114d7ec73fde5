// Job 'platform.prune': nightly retention. Finished jobs, expired sessions, spent password resets, old
// mail and read notifications are removed; the audit trail is never pruned (append-only by design).
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import {
  deleteExpiredSessions,
  deleteFinishedJobs,
  deleteMailWrittenBefore,
  deleteNotificationsReadBefore,
  deleteSpentPasswordResets,
} from '../../repositories/retention.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { followingNight, scheduleNight } from './nightly.ts';

const DAY_MS = 86_400_000;

export const pruneFinishedWork = defineUseCase({
  actions: ['platform.pruned'],
  async run({ trx, now, config, record }, _ctx: typeof SYSTEM_ACTOR, _input: null) {
    const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const removed = {
      jobs: await deleteFinishedJobs(trx, before(config.retention.jobsDays)),
      sessions: await deleteExpiredSessions(trx, now),
      passwordResets: await deleteSpentPasswordResets(trx, now),
      mail: await deleteMailWrittenBefore(trx, before(config.retention.mailDays)),
      notifications: await deleteNotificationsReadBefore(trx, before(config.retention.notificationsDays)),
    };
    await record('platform.pruned', { orgId: null, subjectType: 'platform', details: removed }, { removed });
    return removed;
  },
});

export const pruneJob = defineJob({
  kind: 'platform.prune',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  lane: 'internal',
  async run({ job, deps, complete }) {
    await complete(pruneFinishedWork, SYSTEM_ACTOR, null);
    await scheduleNight(deps.db, pruneJob, followingNight(job.run_at));
  },
});

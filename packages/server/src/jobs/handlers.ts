import type { DbOrTrx } from '../db/database.ts';
import { insertJob } from '../repositories/job.repository.ts';
import { SYSTEM_ACTOR } from '../services/actor.ts';
import { recordAuditEvent } from '../services/audit/record-audit-event.ts';
import { verifyAuditChains } from '../services/audit/verify-audit-chains.ts';
import { deliverSubmission } from '../services/delivery/deliver-submission.ts';
import { incidentJobHandlers } from './incident-job-handlers.ts';
import type { JobHandler } from './job-runner.ts';
import { mailLogHandler } from './mail-log.ts';

const DAY_MS = 86_400_000;

/** Schedules the next nightly run; the date in the key makes rescheduling idempotent. */
export async function scheduleAuditVerification(db: DbOrTrx, at: Date): Promise<void> {
  await insertJob(db, { kind: 'audit.verify', runAt: at, dedupeKey: `audit.verify:${at.toISOString().slice(0, 10)}` });
}

export function jobHandlers(log: (msg: string, extra?: Record<string, unknown>) => void): Record<string, JobHandler> {
  return {
    // Delivers one outbox entry to the authority (docs/DELIVERY.md); throws to be retried with backoff.
    'submission.deliver': deliverSubmission,
    ...incidentJobHandlers(log),
    // Checks every chain nightly and writes the outcome into the trail itself.
    'audit.verify': async (trx, job) => {
      // Read through the job's own transaction: a second pool connection per job is how pools deadlock.
      const report = await verifyAuditChains(trx);
      await recordAuditEvent(trx, SYSTEM_ACTOR, {
        orgId: null,
        action: report.problems.length === 0 ? 'audit.verified' : 'audit.verification-failed',
        subjectType: 'audit-trail',
        details: { chains: report.chains, events: report.events, problems: report.problems.length, jobId: job.id },
      });
      if (report.problems.length > 0) log('audit trail verification failed', { problems: report.problems });
      await scheduleAuditVerification(trx, new Date(job.run_at.getTime() + DAY_MS));
    },
    // Until SMTP is configured the log is the delivery channel (issue #2); bodies not in production.
    'mail.log': mailLogHandler(log),
  };
}

// Job 'audit.verify': checks every chain nightly and writes the outcome into the trail itself.
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { followingNight, scheduleNight } from '../platform/nightly.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { verifyAuditChains, type ChainReport } from './verify-audit-chains.ts';

export const recordAuditVerification = defineUseCase({
  actions: ['audit.verified', 'audit.verification-failed'],
  async run({ record }, _ctx: typeof SYSTEM_ACTOR, input: { report: ChainReport; jobId: string }) {
    const { report, jobId } = input;
    await record(
      report.problems.length === 0 ? 'audit.verified' : 'audit.verification-failed',
      {
        orgId: null,
        subjectType: 'audit-trail',
        details: { chains: report.chains, events: report.events, problems: report.problems.length, jobId },
      },
      {},
    );
  },
});

export const auditVerificationJob = defineJob({
  kind: 'audit.verify',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  lane: 'internal',
  async run({ job, deps, complete }) {
    // Read outside any transaction: the walk can be long and holds no lock.
    const report = await verifyAuditChains(deps.db);
    if (report.problems.length > 0) deps.log.error({ problems: report.problems }, 'audit trail verification failed');
    await complete(recordAuditVerification, SYSTEM_ACTOR, { report, jobId: job.id });
    await scheduleNight(deps.db, auditVerificationJob, followingNight(job.run_at));
  },
});

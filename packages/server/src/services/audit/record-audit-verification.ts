import type { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { NIGHTLY_KINDS, nextNight, scheduleNight } from '../platform/nightly.ts';
import type { ChainReport } from './verify-audit-chains.ts';

/** Writes the outcome of the nightly chain walk into the trail itself, and plans the next night. */
export const recordAuditVerification = defineUseCase({
  actions: ['audit.verified', 'audit.verification-failed'],
  async run({ trx, now, record }, _ctx: typeof SYSTEM_ACTOR, input: { report: ChainReport; jobId: string }) {
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
    await scheduleNight(trx, NIGHTLY_KINDS.auditVerification, nextNight(now));
  },
});

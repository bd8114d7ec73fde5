import { insertAuditCheckpoints } from '../../repositories/audit.repository.ts';
import type { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { signChainHead } from '../../kernel/audit-anchor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { NIGHTLY_KINDS, nextNight, scheduleNight } from '../platform/nightly.ts';
import type { ChainReport } from './verify-audit-chains.ts';

/**
 * Writes the outcome of the nightly chain walk into the trail itself, checkpoints the heads of the chains
 * it found intact (signed with the installation's key, so a later rewrite is detected even when every
 * hash was recomputed; a chain found broken is not signed, which would launder the damage), and plans
 * the next night.
 */
export const recordAuditVerification = defineUseCase({
  actions: ['audit.verified', 'audit.verification-failed'],
  async run({ trx, now, config, record }, _ctx: typeof SYSTEM_ACTOR, input: { report: ChainReport; jobId: string }) {
    const { report, jobId } = input;
    const checkpoints = await insertAuditCheckpoints(
      trx,
      report.intactHeads
        .filter((head) => head.seq > 0)
        .map((head) => {
          const anchor = signChainHead(config, head.orgId, head, now);
          return { ...anchor, orgId: head.orgId, signedAt: now };
        }),
    );
    await record(
      report.problems.length === 0 ? 'audit.verified' : 'audit.verification-failed',
      {
        orgId: null,
        subjectType: 'audit-trail',
        details: {
          chains: report.chains,
          events: report.events,
          anchors: report.anchors,
          problems: report.problems.length,
          checkpoints,
          jobId,
        },
      },
      {},
    );
    await scheduleNight(trx, NIGHTLY_KINDS.auditVerification, nextNight(now));
  },
});

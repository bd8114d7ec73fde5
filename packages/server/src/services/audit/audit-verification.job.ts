// Job 'audit.verify': checks every chain nightly against its hashes and signed checkpoints, and checkpoints
// the intact heads (record-audit-verification.ts writes the outcome).
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { NIGHTLY_KINDS } from '../platform/nightly.ts';
import { recordAuditVerification } from './record-audit-verification.ts';
import { verifyAuditChains } from './verify-audit-chains.ts';

export const auditVerificationJob = defineJob({
  kind: NIGHTLY_KINDS.auditVerification,
  payload: z.object({}),
  lane: 'internal',
  async run({ job, deps, complete }) {
    // Read outside any transaction: the walk can be long and holds no lock.
    const report = await verifyAuditChains(deps.db, deps.config);
    if (report.problems.length > 0) deps.log.error({ problems: report.problems }, 'audit trail verification failed');
    await complete(recordAuditVerification, SYSTEM_ACTOR, { report, jobId: job.id });
  },
});

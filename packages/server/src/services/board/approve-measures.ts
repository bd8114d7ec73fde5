import { changedImplementations, type MeasureApproval, type MeasureApprovalInput } from '@weerbaar/core/measures';
import { listImplementations } from '../../repositories/measure.repository.ts';
import { findLatestApproval, insertApproval, lockApprovals } from '../../repositories/measure-board.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { describeRequirement, presentApproval, snapshotOf } from './board.presenter.ts';

/**
 * Records the board's approval of the set of measures as it stands now (NIS2 Art. 20(1): the management
 * body approves the cybersecurity risk-management measures; Cbw art. 24(1): "De maatregelen, bedoeld in
 * artikel 21, behoeven de goedkeuring van het bestuur"). The approval gets the next version number and
 * keeps what changed since the previous approval (status or maturity of implementation records). It is
 * never edited: a later approval supersedes it.
 */
export const approveMeasures = defineUseCase({
  actions: ['board.measures-approved'],
  async run({ trx, now, record }, ctx: OrgActor, input: MeasureApprovalInput): Promise<MeasureApproval> {
    authorize(ctx, 'approve', { type: 'board-approval', orgId: ctx.orgId }, 'Approval');
    await lockApprovals(trx, ctx.orgId);
    const [previous, implementations] = await Promise.all([
      findLatestApproval(trx, ctx.orgId),
      listImplementations(trx, ctx.orgId),
    ]);
    const snapshot = snapshotOf(implementations);
    const changes = changedImplementations(previous?.snapshot ?? {}, snapshot, describeRequirement);
    const row = await insertApproval(trx, {
      org_id: ctx.orgId,
      version: (previous?.version ?? 0) + 1,
      approved_on: input.approvedOn,
      approver_name: input.approverName,
      approver_function: input.approverFunction,
      decision: input.decision,
      snapshot,
      changes,
      recorded_by: ctx.actor.label,
      recorded_at: now,
    });
    const approval = presentApproval(row, implementations.length);
    await record(
      'board.measures-approved',
      {
        subjectType: 'board-approval',
        subjectId: row.id,
        after: {
          version: row.version,
          approvedOn: row.approved_on,
          approverName: row.approver_name,
          approverFunction: row.approver_function,
          decision: row.decision,
          changeCount: changes.length,
        },
      },
      { approvalId: row.id, version: row.version, changeCount: changes.length },
    );
    return approval;
  },
});

import { notFound } from '@weerbaar/core/platform';
import type { Finding, FindingUpdate } from '@weerbaar/core/supervision';
import { lockFinding, updateFinding as updateFindingRow } from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { isSupervisorOrg, supervisionSubject } from './supervision-guards.ts';
import { presentFinding } from './supervision.presenter.ts';

/** The supervisor keeps the follow-up of a finding: open, in progress, resolved, with a note. */
export const updateFinding = defineUseCase({
  actions: ['supervision.finding-updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { findingId, update }: { findingId: string; update: FindingUpdate },
  ): Promise<Finding> {
    const row = await lockFinding(trx, ctx.orgId, findingId);
    if (!row) throw notFound('Finding');
    const supervisorOrg = await isSupervisorOrg(trx, ctx.orgId);
    authorize(ctx, 'send', supervisionSubject(ctx.orgId, row.entity_org_id, supervisorOrg), 'Finding');
    if (row.status === update.status && row.follow_up_note === update.followUpNote) {
      unchanged();
      return presentFinding(row, now);
    }
    await updateFindingRow(trx, ctx.orgId, row.id, { status: update.status, follow_up_note: update.followUpNote }, now);
    const facts = {
      subjectType: 'supervision-finding',
      subjectId: row.id,
      before: { status: row.status },
      after: { status: update.status },
    };
    const data = { findingId: row.id, status: update.status };
    await record('supervision.finding-updated', facts, data);
    // A remote entity's chain records the change when its installation pulls the new version.
    if (row.remote_entity_name === null) {
      await record('supervision.finding-updated', { ...facts, orgId: row.entity_org_id }, data);
    }
    return presentFinding({ ...row, status: update.status, follow_up_note: update.followUpNote }, now);
  },
});

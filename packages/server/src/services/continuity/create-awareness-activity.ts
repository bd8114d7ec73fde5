import type { AwarenessActivity, AwarenessActivityCreate } from '@weerbaar/core/continuity';
import { invalidField } from '@weerbaar/core/platform';
import {
  findCriticalRole,
  insertAwarenessActivity,
  setActivityRoles,
} from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadAwarenessActivities } from './critical-role-queries.ts';

/** An awareness or training activity for the holders of critical roles (NIS2 Art. 21(2)(g); CER Art. 13(1)(e)-(f)). */
export const createAwarenessActivity = defineUseCase({
  actions: ['awareness-activity.created'],
  async run({ trx, record }, ctx: OrgActor, input: AwarenessActivityCreate): Promise<AwarenessActivity> {
    authorize(ctx, 'write', { type: 'critical-role', orgId: ctx.orgId }, 'Awareness activity');
    const roleIds = [...new Set(input.roleIds)];
    for (const [i, id] of roleIds.entries()) {
      if (!(await findCriticalRole(trx, ctx.orgId, id))) {
        throw invalidField(`body.roleIds.${i}`, 'is not a critical role of this organisation');
      }
    }
    const row = await insertAwarenessActivity(trx, {
      org_id: ctx.orgId,
      title: input.title,
      kind: input.kind,
      due_on: input.dueOn ?? null,
      validity_months: input.validityMonths ?? null,
    });
    await setActivityRoles(trx, ctx.orgId, row.id, roleIds);
    const activity = (await loadAwarenessActivities(trx, ctx.orgId)).find((a) => a.id === row.id)!;
    await record(
      'awareness-activity.created',
      { subjectType: 'awareness-activity', subjectId: row.id, after: activity },
      { activityId: row.id },
    );
    return activity;
  },
});

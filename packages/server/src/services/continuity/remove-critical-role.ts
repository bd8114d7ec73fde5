import { notFound } from '@weerbaar/core/platform';
import { deleteCriticalRole, findCriticalRole } from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const removeCriticalRole = defineUseCase({
  actions: ['critical-role.removed'],
  async run({ trx, record }, ctx: OrgActor, { roleId }: { roleId: string }): Promise<void> {
    authorize(ctx, 'write', { type: 'critical-role', orgId: ctx.orgId }, 'Critical role');
    const row = await findCriticalRole(trx, ctx.orgId, roleId);
    if (!row) throw notFound('Critical role');
    await deleteCriticalRole(trx, ctx.orgId, roleId);
    await record(
      'critical-role.removed',
      { subjectType: 'critical-role', subjectId: roleId, before: { name: row.name } },
      { roleId },
    );
  },
});

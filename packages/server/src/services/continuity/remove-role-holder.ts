import { notFound } from '@weerbaar/core/platform';
import { deleteRoleHolder, findRoleHolder } from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const removeRoleHolder = defineUseCase({
  actions: ['critical-role.holder-removed'],
  async run({ trx, record }, ctx: OrgActor, { roleId, holderId }: { roleId: string; holderId: string }): Promise<void> {
    authorize(ctx, 'write', { type: 'critical-role', orgId: ctx.orgId }, 'Critical role');
    const row = await findRoleHolder(trx, ctx.orgId, roleId, holderId);
    if (!row) throw notFound('Role holder');
    await deleteRoleHolder(trx, ctx.orgId, holderId);
    await record(
      'critical-role.holder-removed',
      { subjectType: 'critical-role', subjectId: roleId, before: { personName: row.person_name, deputy: row.deputy } },
      { roleId, holderId },
    );
  },
});

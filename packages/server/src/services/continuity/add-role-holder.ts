import type { CriticalRole, RoleHolderCreate } from '@weerbaar/core/continuity';
import { DomainError, invalidField, notFound } from '@weerbaar/core/platform';
import { findCriticalRole, insertRoleHolder, isMemberOf } from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadCriticalRoles } from './critical-role-queries.ts';

/**
 * Names a person who fills a critical role, or a deputy. A person with an account is linked to it
 * (a member of this organisation only); anyone else is a name.
 */
export const addRoleHolder = defineUseCase({
  actions: ['critical-role.holder-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { roleId, holder }: { roleId: string; holder: RoleHolderCreate },
  ): Promise<CriticalRole> {
    authorize(ctx, 'write', { type: 'critical-role', orgId: ctx.orgId }, 'Critical role');
    const role = await findCriticalRole(trx, ctx.orgId, roleId);
    if (!role) throw notFound('Critical role');
    const userId = holder.userId ?? null;
    if (userId !== null && !(await isMemberOf(trx, ctx.orgId, userId))) {
      throw invalidField('body.userId', 'is not a member of this organisation');
    }
    const row = await insertRoleHolder(trx, {
      org_id: ctx.orgId,
      role_id: roleId,
      person_name: holder.personName,
      user_id: userId,
      deputy: holder.deputy,
    });
    if (!row) throw new DomainError('conflict', 'This person already fills this role');
    const after = (await loadCriticalRoles(trx, ctx.orgId, [role], now))[0]!;
    await record(
      'critical-role.holder-added',
      {
        subjectType: 'critical-role',
        subjectId: roleId,
        after: { holderId: row.id, personName: row.person_name, userId, deputy: row.deputy },
      },
      { roleId, holderId: row.id, deputy: row.deputy },
    );
    return after;
  },
});

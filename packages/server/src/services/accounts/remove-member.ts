import { DomainError, notFound, type Role } from '@weerbaar/core/platform';
import { countOwners, deleteMembership, findMembership } from '../../repositories/membership.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const removeMember = defineUseCase({
  actions: ['member.removed'],
  async run({ trx, record }, ctx: OrgActor, { userId }: { userId: string }): Promise<void> {
    authorize(ctx, 'manage', { type: 'organisation', orgId: ctx.orgId }, 'Organisation');
    const current = await findMembership(trx, ctx.orgId, userId);
    if (!current) throw notFound('Member');
    const role = current.role as Role;
    if (role === 'owner' && ctx.role !== 'owner')
      throw new DomainError('forbidden', 'Only an owner can remove an owner');
    if (role === 'owner' && (await countOwners(trx, ctx.orgId)) <= 1) {
      throw new DomainError('conflict', 'An organisation keeps at least one owner');
    }
    await deleteMembership(trx, ctx.orgId, userId);
    await record('member.removed', { subjectType: 'member', subjectId: userId, before: { role } }, { userId, role });
  },
});

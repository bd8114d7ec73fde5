import { DomainError, notFound, type Member, type Role } from '@weerbaar/core/platform';
import { countOwners, findMembership, upsertMembership } from '../../repositories/membership.repository.ts';
import { findUser } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { assertGrantable } from './member-queries.ts';

export const changeMemberRole = defineUseCase({
  actions: ['member.role-changed'],
  async run({ trx, record }, ctx: OrgActor, { userId, role }: { userId: string; role: Role }): Promise<Member> {
    authorize(ctx, 'manage', { type: 'organisation', orgId: ctx.orgId }, 'Organisation');
    assertGrantable(ctx, role, 'body.role');
    const current = await findMembership(trx, ctx.orgId, userId);
    const user = current && (await findUser(trx, userId));
    if (!current || !user) throw notFound('Member');
    const from = current.role as Role;
    if (from === 'owner' && ctx.role !== 'owner')
      throw new DomainError('forbidden', 'Only an owner can change an owner');
    if (from === 'owner' && role !== 'owner' && (await countOwners(trx, ctx.orgId)) <= 1) {
      throw new DomainError('conflict', 'An organisation keeps at least one owner');
    }
    await upsertMembership(trx, ctx.orgId, userId, role);
    await record(
      'member.role-changed',
      { subjectType: 'member', subjectId: userId, before: { role: from }, after: { role } },
      { userId, from, to: role },
    );
    return {
      userId,
      email: user.email,
      name: user.name,
      role,
      mfaEnabled: user.mfa_enabled,
      joinedAt: current.created_at.toISOString(),
    };
  },
});

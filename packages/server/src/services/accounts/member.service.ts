import { canGrantRole, DomainError, notFound, rolesForKind, type Member, type Role } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  countOwners,
  deleteMembership,
  findMembership,
  listMembers,
  upsertMembership,
} from '../../repositories/membership.repository.ts';
import { findUser } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';

export async function listOrgMembers(db: Db, { orgId }: OrgActor, page: { limit: number; offset: number }) {
  const { rows, total } = await listMembers(db, orgId, page.limit, page.offset);
  const items: Member[] = rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    mfaEnabled: r.mfa_enabled,
    joinedAt: r.created_at.toISOString(),
  }));
  return { items, total };
}

/** Roles must exist for the organisation's kind (NIS2 entities have no analysts). */
export function assertGrantable(ctx: OrgActor, role: Role, field: string): void {
  if (!rolesForKind(ctx.orgKind).includes(role)) {
    throw new DomainError('validation_failed', `Role ${role} does not exist in this organisation`, [
      { name: field, reason: `must be one of ${rolesForKind(ctx.orgKind).join(', ')}` },
    ]);
  }
  if (!canGrantRole(ctx.role, role)) throw new DomainError('forbidden', `Your role cannot grant the role ${role}`);
}

export async function changeMemberRole(db: Db, ctx: OrgActor, userId: string, role: Role): Promise<Member> {
  assertGrantable(ctx, role, 'body.role');
  return db.transaction().execute(async (trx) => {
    const current = await findMembership(trx, ctx.orgId, userId);
    const user = current && (await findUser(trx, userId));
    if (!current || !user) throw notFound('Member');
    if (current.role === 'owner' && ctx.role !== 'owner')
      throw new DomainError('forbidden', 'Only an owner can change an owner');
    if (current.role === 'owner' && role !== 'owner' && (await countOwners(trx, ctx.orgId)) <= 1) {
      throw new DomainError('conflict', 'An organisation keeps at least one owner');
    }
    await upsertMembership(trx, ctx.orgId, userId, role);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'member.role-changed',
      subjectType: 'member',
      subjectId: userId,
      before: { role: current.role },
      after: { role },
    });
    return {
      userId,
      email: user.email,
      name: user.name,
      role,
      mfaEnabled: user.mfa_enabled,
      joinedAt: current.created_at.toISOString(),
    };
  });
}

export async function removeMember(db: Db, ctx: OrgActor, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findMembership(trx, ctx.orgId, userId);
    if (!current) throw notFound('Member');
    if (current.role === 'owner' && ctx.role !== 'owner')
      throw new DomainError('forbidden', 'Only an owner can remove an owner');
    if (current.role === 'owner' && (await countOwners(trx, ctx.orgId)) <= 1) {
      throw new DomainError('conflict', 'An organisation keeps at least one owner');
    }
    await deleteMembership(trx, ctx.orgId, userId);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'member.removed',
      subjectType: 'member',
      subjectId: userId,
      before: { role: current.role },
    });
  });
}

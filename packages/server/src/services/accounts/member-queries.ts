import { canGrantRole, DomainError, rolesForKind, type Member, type Role } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listMembers } from '../../repositories/membership.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentMember } from './account.presenter.ts';

export async function listOrgMembers(db: Db, ctx: OrgActor, page: { limit: number; offset: number }) {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'organisation', orgId }, 'Organisation');
  const { rows, total } = await listMembers(db, orgId, page.limit, page.offset);
  const items: Member[] = rows.map(presentMember);
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

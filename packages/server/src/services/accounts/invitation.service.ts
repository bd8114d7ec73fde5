import type { Invitation, Role } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { insertInvitation } from '../../repositories/invitation.repository.ts';
import { listOpenInvitations } from '../../repositories/invitation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';

export const INVITATION_DAYS = 7;

type InvitationRow = Awaited<ReturnType<typeof insertInvitation>>;

export function presentInvitation(r: InvitationRow): Invitation {
  return {
    id: r.id,
    email: r.email,
    role: r.role as Role,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
  };
}

export async function listInvitations(db: Db, { orgId }: OrgActor): Promise<Invitation[]> {
  return (await listOpenInvitations(db, orgId)).map(presentInvitation);
}

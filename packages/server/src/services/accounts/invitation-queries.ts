import type { Invitation } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listOpenInvitations } from '../../repositories/invitation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentInvitation } from './account.presenter.ts';

export const INVITATION_DAYS = 7;

export async function listInvitations(db: Db, ctx: OrgActor): Promise<Invitation[]> {
  const { orgId } = ctx;
  // Open invitations are part of managing the members, not of reading the organisation.
  authorize(ctx, 'manage', { type: 'organisation', orgId }, 'Organisation');
  return (await listOpenInvitations(db, orgId)).map(presentInvitation);
}

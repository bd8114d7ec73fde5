import type { Invitation } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listOpenInvitations } from '../../repositories/invitation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { presentInvitation } from './account.presenter.ts';

export const INVITATION_DAYS = 7;

export async function listInvitations(db: Db, { orgId }: OrgActor): Promise<Invitation[]> {
  return (await listOpenInvitations(db, orgId)).map(presentInvitation);
}

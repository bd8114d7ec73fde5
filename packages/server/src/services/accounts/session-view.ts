import type { Session } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { UserRow } from '../../db/schema.ts';
import { listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { presentSession } from './account.presenter.ts';

/** The session as the client sees it; presentSession hides the memberships of a session waiting for MFA. */
export async function buildSessionView(
  db: DbOrTrx,
  user: UserRow,
  session: { active_org_id: string | null; mfa_pending: boolean; mfa_via_provider: boolean },
  /** The user's memberships when the caller has just loaded them. */
  loaded?: Awaited<ReturnType<typeof listMembershipsOfUser>>,
): Promise<Session> {
  // A session waiting for its second factor shows no memberships: no need to load them.
  const memberships = session.mfa_pending ? [] : (loaded ?? (await listMembershipsOfUser(db, user.id)));
  return presentSession(user, session, memberships);
}

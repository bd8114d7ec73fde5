import type { Session } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { UserRow } from '../../db/schema.ts';
import { listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { presentUser } from './user.presenter.ts';

export async function buildSessionView(
  db: DbOrTrx,
  user: UserRow,
  session: { active_org_id: string | null; mfa_pending: boolean },
  /** The user's memberships when the caller has just loaded them. */
  loaded?: Awaited<ReturnType<typeof listMembershipsOfUser>>,
): Promise<Session> {
  const memberships = session.mfa_pending ? [] : (loaded ?? (await listMembershipsOfUser(db, user.id)));
  return {
    user: presentUser(user),
    memberships: memberships.map((m) => ({
      orgId: m.org_id,
      orgName: m.org_name,
      orgKind: m.org_kind,
      role: m.role as Session['memberships'][number]['role'],
    })),
    activeOrgId: session.mfa_pending ? null : session.active_org_id,
    mfaPending: session.mfa_pending,
  };
}

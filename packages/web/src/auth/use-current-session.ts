import type { Membership, Session } from '@weerbaar/core/platform';
import { useSession } from '../api/session.ts';

/** For components under the signed-in guard, which only renders them once a full session exists. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside the signed-in area');
  return data;
}

export function activeMembership(session: Session): Membership | undefined {
  return session.memberships.find((m) => m.orgId === session.activeOrgId);
}

/** The active organisation; pages that need one sit behind a guard that checks it exists. */
export function useActiveMembership(): Membership {
  const membership = activeMembership(useCurrentSession());
  if (!membership) throw new Error('no active organisation');
  return membership;
}

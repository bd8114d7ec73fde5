import type { Membership, Session } from '@weerbaar/core/platform';
import { useContext } from 'react';
import { SessionContext } from './session-context.ts';

/** For components under the signed-in guard (RequireSession), which provides the session. */
export function useCurrentSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession used outside the signed-in area');
  return session;
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

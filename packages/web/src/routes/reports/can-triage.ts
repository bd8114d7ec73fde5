import { canAccess } from '../../auth/access.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';

/** Whether the active role may answer reports (permission authority:triage). */
export function useCanTriage(): boolean {
  return canAccess(activeMembership(useCurrentSession()), { permission: 'authority:triage' });
}

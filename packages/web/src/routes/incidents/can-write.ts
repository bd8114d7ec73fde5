import { canAccess } from '../../auth/access.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';

/** Whether the active role may record and change incidents (permission incidents:write). */
export function useCanWriteIncidents(): boolean {
  return canAccess(activeMembership(useCurrentSession()), { permission: 'incidents:write' });
}

export function useCanSubmitReports(): boolean {
  return canAccess(activeMembership(useCurrentSession()), { permission: 'reports:submit' });
}

/** Entity type, trust service and critical entity status are registration facts (registration:write). */
export function useCanManageIncidentSettings(): boolean {
  return canAccess(activeMembership(useCurrentSession()), { permission: 'registration:write' });
}

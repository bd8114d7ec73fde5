import { canAccess } from '../../auth/access.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';

/** Whether the active role may add and change services and assets (permission assets:write). */
export function useCanWriteAssets(): boolean {
  return canAccess(activeMembership(useCurrentSession()), { permission: 'assets:write' });
}

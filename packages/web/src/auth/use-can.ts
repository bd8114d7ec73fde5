import type { Permission } from '@weerbaar/core/platform';
import { canAccess } from './access.ts';
import { activeMembership, useCurrentSession } from './use-current-session.ts';

/**
 * Whether the active role holds a permission in the active organisation, for showing or hiding
 * controls. The server checks the same rule (core's roleAllows) on every request; this only spares
 * people buttons that would be refused.
 */
export function useCan(permission: Permission): boolean {
  return canAccess(activeMembership(useCurrentSession()), { permission });
}

import { canGrantRole, rolesForKind, type Membership, type Role } from '@weerbaar/core/platform';

/** The roles this member may hand out in the active organisation (to people or API tokens). */
export function grantableRoles(membership: Membership): Role[] {
  return rolesForKind(membership.orgKind).filter((role) => canGrantRole(membership.role, role));
}

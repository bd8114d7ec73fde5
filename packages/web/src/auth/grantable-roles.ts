import { canGrantRole, rolesForKind, type Membership, type Role } from '@weerbaar/core/platform';

/** The roles this member may hand out in the active organisation (to people or API tokens). */
export function grantableRoles(membership: Membership): Role[] {
  return rolesForKind(membership.orgKind).filter((role) => canGrantRole(membership.role, role));
}

// 'submitter' exists for API tokens of other installations that deliver reports; a person with
// only that role could not use the web app, so invitations do not offer it.
const MACHINE_ONLY_ROLES: readonly Role[] = ['submitter'];

export function grantableRolesForPeople(membership: Membership): Role[] {
  return grantableRoles(membership).filter((role) => !MACHINE_ONLY_ROLES.includes(role));
}

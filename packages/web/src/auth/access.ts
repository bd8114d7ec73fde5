import { roleAllows, type Membership, type OrgKind, type Permission } from '@weerbaar/core/platform';

/** What a page needs: a permission of the active role and/or a kind of organisation. */
export interface Access {
  permission?: Permission;
  orgKind?: OrgKind;
}

/** Pages that need nothing are open to every signed-in user, even one without an organisation. */
export function canAccess(membership: Membership | undefined, access: Access): boolean {
  if (!access.permission && !access.orgKind) return true;
  if (!membership) return false;
  if (access.orgKind && membership.orgKind !== access.orgKind) return false;
  return access.permission ? roleAllows(membership.role, access.permission, membership.orgKind) : true;
}

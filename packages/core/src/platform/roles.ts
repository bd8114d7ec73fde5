import { z } from 'zod';

// Organisations are either an entity under the Cbw/Wwke or an authority (CSIRT, supervisor).
export const OrgKindSchema = z.enum(['entity', 'authority']);
export type OrgKind = z.infer<typeof OrgKindSchema>;

// auditor is read-only; analyst exists only in authority organisations.
export const RoleSchema = z.enum(['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor', 'analyst']);
export type Role = z.infer<typeof RoleSchema>;

export const ENTITY_ROLES: readonly Role[] = ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'];
export const AUTHORITY_ROLES: readonly Role[] = ['owner', 'admin', 'analyst', 'auditor'];

export function rolesForKind(kind: OrgKind): readonly Role[] {
  return kind === 'authority' ? AUTHORITY_ROLES : ENTITY_ROLES;
}

/** Permissions are named capabilities; routes ask for one, never for a role. */
export const PERMISSIONS = {
  'org:read': ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor', 'analyst'],
  'members:manage': ['owner', 'admin'],
  'api-tokens:manage': ['owner', 'admin'],
  'audit:read': ['owner', 'admin', 'auditor'],
  'risk:write': ['owner', 'admin', 'risk-manager'],
  'incidents:write': ['owner', 'admin', 'incident-handler'],
  'authority:triage': ['owner', 'admin', 'analyst'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Owners can grant any role of their kind; admins every role except owner. */
export function canGrantRole(granter: Role, role: Role): boolean {
  if (granter === 'owner') return true;
  if (granter === 'admin') return role !== 'owner';
  return false;
}

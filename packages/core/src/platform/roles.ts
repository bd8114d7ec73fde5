import { z } from 'zod';

// Organisations are either an entity under the Cbw/Wwke or an authority (CSIRT, supervisor).
export const OrgKindSchema = z.enum(['entity', 'authority']);
export type OrgKind = z.infer<typeof OrgKindSchema>;

// auditor is read-only; analyst exists only in authority organisations.
// submitter: a machine role in authority organisations, for API tokens of entity installations
// that deliver registrations and incident reports; it can do nothing else.
export const RoleSchema = z.enum([
  'owner',
  'admin',
  'risk-manager',
  'incident-handler',
  'auditor',
  'analyst',
  'submitter',
]);
export type Role = z.infer<typeof RoleSchema>;

export const ENTITY_ROLES: readonly Role[] = ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'];
export const AUTHORITY_ROLES: readonly Role[] = ['owner', 'admin', 'analyst', 'auditor', 'submitter'];

export function rolesForKind(kind: OrgKind): readonly Role[] {
  return kind === 'authority' ? AUTHORITY_ROLES : ENTITY_ROLES;
}

/**
 * Permissions are named capabilities; routes ask for one, never for a role. `kind` limits a
 * permission to one kind of organisation (an entity's owner is no authority).
 */
export const PERMISSIONS = {
  'org:read': { roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor', 'analyst'] },
  // Human only: a leaked token must not be able to mint more tokens or change who has access.
  'members:manage': { roles: ['owner', 'admin'], humanOnly: true },
  'api-tokens:manage': { roles: ['owner', 'admin'], humanOnly: true },
  // Who may sign in to the organisation through which identity provider: the owner only.
  'sso:manage': { roles: ['owner'], humanOnly: true },
  'audit:read': { roles: ['owner', 'admin', 'auditor'] },
  'scope:write': { roles: ['owner', 'admin', 'risk-manager'], kind: 'entity' },
  'registration:write': { roles: ['owner', 'admin'], kind: 'entity' },
  'delivery:manage': { roles: ['owner', 'admin'], kind: 'entity' },
  'risk:write': { roles: ['owner', 'admin', 'risk-manager'], kind: 'entity' },
  // Accepting a risk is a management decision a person answers for (NIS2 Art. 20(1): the management body
  // approves the risk-management measures): not the incident handler, and never an API token.
  'risk:accept': { roles: ['owner', 'admin', 'risk-manager'], kind: 'entity', humanOnly: true },
  // The implementation of measures (issue 12); the auditor reads them through org:read.
  'measures:write': { roles: ['owner', 'admin', 'risk-manager'], kind: 'entity' },
  // Recording the board's approval of the measures (NIS2 Art. 20(1); Cbw art. 24(1)): the people who
  // answer for the organisation, never a machine.
  'board:approve': { roles: ['owner', 'admin'], kind: 'entity', humanOnly: true },
  // Approving a continuity plan or crisis protocol puts it in force: those who answer for the organisation
  // (NIS2 Art. 20(1), 21(2)(c); Cbw art. 24(1), 21(3)(c)); the risk manager drafts it (risk:write). Never an API token.
  'continuity:approve': { roles: ['owner', 'admin'], kind: 'entity', humanOnly: true },
  'incidents:write': { roles: ['owner', 'admin', 'incident-handler'], kind: 'entity' },
  'assets:write': { roles: ['owner', 'admin', 'risk-manager', 'incident-handler'], kind: 'entity' },
  'reports:submit': { roles: ['owner', 'admin', 'incident-handler'], kind: 'entity' },
  // Passing information on (TLP AMBER to one's own clients) and speaking in a crisis room: any role that
  // acts, not the read-only auditor nor the submitter machine role.
  'information:share': { roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'analyst'] },
  'authority:read': { roles: ['owner', 'admin', 'analyst', 'auditor'], kind: 'authority' },
  'authority:triage': { roles: ['owner', 'admin', 'analyst'], kind: 'authority' },
  // Supervision (issue 15 item 3): sending information requests and recording findings. The organisation must
  // also be of kind supervisor (policies.ts, Cbw art. 68(1)): an analyst of a CSIRT alone cannot.
  'supervision:send': { roles: ['owner', 'admin', 'analyst'], kind: 'authority' },
  // Answering a supervisor's request speaks for the organisation (Awb art. 5:20(1)): those who answer for its
  // measures, not the incident handler alone.
  'supervision:answer': { roles: ['owner', 'admin', 'risk-manager'], kind: 'entity' },
  // What an authority organisation is (competent authority, CSIRT, supervisor) and its table of authorities
  // per sector: the people who run it, never a machine.
  'authority:configure': { roles: ['owner', 'admin'], kind: 'authority', humanOnly: true },
  // Requests for information and crisis communication to entities (issue 16 items 3-4): the authority's people
  // who run the crisis (Cbw art. 18: the Minister as cyber crisis management authority), never a machine.
  'crisis-requests:send': { roles: ['owner', 'admin', 'analyst'], kind: 'authority', humanOnly: true },
  // Answering an authority's uitvraag speaks for the organisation's state: those who handle incidents and risks.
  'crisis-requests:answer': {
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler'],
    kind: 'entity',
    humanOnly: true,
  },
  // Machine clients of another installation delivering registrations and reports.
  'submissions:deliver': { roles: ['owner', 'admin', 'submitter'], kind: 'authority' },
} as const satisfies Record<string, { roles: readonly Role[]; kind?: OrgKind; humanOnly?: boolean }>;
export type Permission = keyof typeof PERMISSIONS;

/** Permissions only a signed-in person may use, never an API token. */
export function isHumanOnly(permission: Permission): boolean {
  const rule: { roles: readonly Role[]; humanOnly?: boolean } = PERMISSIONS[permission];
  return rule.humanOnly === true;
}

export function roleAllows(role: Role, permission: Permission, kind?: OrgKind): boolean {
  const rule: { roles: readonly Role[]; kind?: OrgKind } = PERMISSIONS[permission];
  return rule.roles.includes(role) && (rule.kind === undefined || kind === undefined || rule.kind === kind);
}

/** Owners can grant any role of their kind; admins every role except owner. */
export function canGrantRole(granter: Role, role: Role): boolean {
  if (granter === 'owner') return true;
  if (granter === 'admin') return role !== 'owner';
  return false;
}

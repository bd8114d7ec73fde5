// Object-level access: `can(actor, action, subject)` answers who may see or change this object, in one
// place, for routes, services and the web. Route permissions (roles.ts) say who may call an endpoint at
// all; policies add what only the object knows: whose it is, its TLP label, who is a member of a crisis
// room or invited to an exercise. Rules are small combinators, declared per subject type below.
import type { OrgKind, Permission, Role } from './roles.ts';
import { isHumanOnly, roleAllows } from './roles.ts';
import type { TlpLabel } from './tlp.ts';
import { mayRead, TLP_AUDIENCE, type SharingViewer } from './tlp-visibility.ts';

/** Who asks: the acting organisation and role (null when signed in without one), and the person if any. */
export interface PolicyActor {
  orgId: string | null;
  role: Role | null;
  orgKind: OrgKind | null;
  /** Set for a signed-in person; null for API tokens and the platform itself. */
  userId: string | null;
}

/** Anything owned by one organisation (its register: assets, incidents, registrations…). */
interface Owned {
  orgId: string;
}

/**
 * The subjects policies know, by type. Shared subjects name every organisation or person they reach;
 * the publisher (orgId) always keeps access to its own.
 */
export interface PolicySubjects {
  organisation: Owned;
  asset: Owned;
  /** The risk analysis: threats the organisation added, its matrix, scenarios and risks. */
  risk: Owned;
  /** The business impact analysis of a service or asset (continuity, issue 13). */
  'business-impact': Owned;
  /** The supplier register, alternatives per dependency and the concentration analysis (issue 13). */
  supplier: Owned;
  measure: Owned;
  /** The board's approvals of the set of measures (NIS2 Art. 20(1); Cbw art. 24(1)). */
  'board-approval': Owned;
  /** Cybersecurity training of board members (NIS2 Art. 20(2); Cbw art. 24(2)-(5)). */
  'board-training': Owned;
  /** Critical roles, their holders and awareness activities (NIS2 Art. 21(2)(g); CER Art. 13(1)(e)-(f)). */
  'critical-role': Owned;
  incident: Owned;
  /** A continuity plan or crisis protocol (NIS2 Art. 21(2)(c); CER Art. 13(1)(c)-(d)) and the offline packs. */
  'continuity-plan': Owned;
  'scope-assessment': Owned;
  registration: Owned;
  'delivery-target': Owned;
  /** The organisation's sign-in through its own identity provider (OpenID Connect). */
  'sso-config': Owned;
  /** An API token of the organisation (machines acting for it). */
  'api-token': Owned;
  /** The organisation's incident settings (reminders, webhook, contact person). */
  'incident-settings': Owned;
  'audit-trail': Owned;
  /** The authority's register of entities (registrations it received). */
  registry: Owned;
  /** A report as the authority received it (the inbox). */
  'inbox-report': Owned;
  /** What an authority organisation is (its kinds) and its table of authorities per sector. */
  'authority-profile': Owned;
  /**
   * An information request or finding of a supervisor (orgId) addressed to an entity (entityOrgId);
   * `supervisorOrg`: the owning organisation is of kind supervisor (Cbw art. 68(1)).
   */
  supervision: Owned & { entityOrgId: string; supervisorOrg: boolean };
  /** An indicator several entities reported, and the analyst's case that merges their reports (issue 15). */
  campaign: Owned;
  /** The authority's trends over received reports and registrations (aggregates, small counts suppressed). */
  trends: Owned;
  /**
   * Information shared under TLP 2.0: advisories, STIX objects, alerts derived from them. Read by the one rule
   * (tlp-visibility.ts mayRead); orgId is the organisation that shared it.
   */
  'shared-information': Owned & {
    tlp: TlpLabel;
    /** The community it was shared with (null: none) and that community's member organisations. */
    communityId: string | null;
    communityMemberOrgIds: readonly string[];
    /** Organisations it was shared with (AMBER, AMBER+STRICT); none named → the community's members. */
    recipientOrgIds: readonly string[];
    /** Organisations an AMBER recipient passed it on to (its clients). */
    clientOrgIds: readonly string[];
    /** Named people it was shared with (RED). */
    recipientUserIds: readonly string[];
  };
  /** The advisories module of an organisation: importing CSAF, publishing its own, who its advisory hits. */
  advisory: Owned;
  /** An authority's request for information or crisis message to entities (issue 16 items 3-4). */
  'crisis-request': Owned;
  /** A request or message an entity received from an authority, kept in the entity's organisation. */
  'received-crisis-request': Owned;
  /**
   * A crisis room of the authority with members from several organisations. `observerUserIds`: people whose
   * crisis-team role is observer (core/crisis CRISIS_TEAM_ROLES): they read, never write, whatever their platform role.
   */
  'crisis-room': Owned & { memberOrgIds: readonly string[]; observerUserIds?: readonly string[] };
  /** An exercise; invited participants see this exercise and nothing else of the organiser. */
  exercise: Owned & { participantUserIds: readonly string[]; participantOrgIds: readonly string[] };
}
export type SubjectType = keyof PolicySubjects;
export type Subject<T extends SubjectType = SubjectType> = { [K in T]: { type: K } & PolicySubjects[K] }[T];

type Rule<T extends SubjectType> = (actor: PolicyActor, subject: PolicySubjects[T]) => boolean;

// Combinators.
const and =
  <T extends SubjectType>(...rules: Rule<T>[]): Rule<T> =>
  (a, s) =>
    rules.every((r) => r(a, s));
const or =
  <T extends SubjectType>(...rules: Rule<T>[]): Rule<T> =>
  (a, s) =>
    rules.some((r) => r(a, s));
const never: Rule<SubjectType> = () => false;

/** The actor's role in the acting organisation grants this permission (roles.ts), for its kind. */
export function hasPermission(actor: PolicyActor, permission: Permission): boolean {
  if (actor.role === null || actor.orgKind === null) return false;
  if (isHumanOnly(permission) && actor.userId === null) return false;
  return roleAllows(actor.role, permission, actor.orgKind);
}
const permits =
  (permission: Permission): Rule<SubjectType> =>
  (a) =>
    hasPermission(a, permission);
/** A signed-in person, not an API token: passing information on and taking part are personal acts. */
const isPerson: Rule<SubjectType> = (a) => a.userId !== null;
/** The object belongs to the acting organisation. */
const ownOrg: Rule<SubjectType> = (a, s) => a.orgId !== null && a.orgId === s.orgId;
/** Own organisation's object, and the role grants the permission. */
const own = (permission: Permission): Rule<SubjectType> => and(ownOrg, permits(permission));

// TLP 2.0: the one rule of shared information (tlp-visibility.ts, FIRST TLP 2.0), never a second copy here.
function sharingViewerOf(a: PolicyActor, s: PolicySubjects['shared-information']): SharingViewer {
  const member = a.orgId !== null && s.communityId !== null && s.communityMemberOrgIds.includes(a.orgId);
  return { orgId: a.orgId, userId: a.userId, communityIds: member ? [s.communityId!] : [] };
}
const audienceOf = (s: PolicySubjects['shared-information']) => ({ ...s, ownerOrgId: s.orgId });
const tlpReader: Rule<'shared-information'> = (a, s) => mayRead(sharingViewerOf(a, s), audienceOf(s));
/** What the rule gives to nobody in particular: the public page without sign-in (CLEAR). */
const tlpPublic: Rule<'shared-information'> = (_a, s) =>
  mayRead({ orgId: null, userId: null, communityIds: [] }, audienceOf(s));
// Who may pass it on: what travels by organisation (CLEAR, GREEN, AMBER to clients), never AMBER+STRICT or RED.
const tlpResharer: Rule<'shared-information'> = (a, s) =>
  TLP_AUDIENCE[s.tlp] !== 'recipient-organisations' && TLP_AUDIENCE[s.tlp] !== 'named-people' && tlpReader(a, s);

const crisisMember: Rule<'crisis-room'> = (a, s) => a.orgId !== null && s.memberOrgIds.includes(a.orgId);
// The crisis-team role narrows the platform role: an observer only reads.
const notObserver: Rule<'crisis-room'> = (a, s) => a.userId === null || !(s.observerUserIds ?? []).includes(a.userId);
// An exercise invites named people, or organisations — then whoever of that organisation may read its
// register (not its machines, not the submitter role).
const invitedPerson: Rule<'exercise'> = (a, s) => a.userId !== null && s.participantUserIds.includes(a.userId);
const invitedOrganisation: Rule<'exercise'> = (a, s) => a.orgId !== null && s.participantOrgIds.includes(a.orgId);
const invitedParticipant = or<'exercise'>(invitedPerson, and(permits('org:read'), invitedOrganisation));

const addressedEntity: Rule<'supervision'> = (a, s) => a.orgId !== null && a.orgId === s.entityOrgId;
const supervisorOrg: Rule<'supervision'> = (_a, s) => s.supervisorOrg;

/** Every subject type's actions and who may do them. */
export const POLICIES = {
  organisation: { read: own('org:read'), manage: own('members:manage') },
  asset: { read: own('org:read'), write: own('assets:write') },
  risk: { read: own('org:read'), write: own('risk:write'), accept: own('risk:accept') },
  // Continuity and suppliers are written by those who write the risk analysis they rest on.
  'business-impact': { read: own('org:read'), write: own('risk:write') },
  supplier: { read: own('org:read'), write: own('risk:write') },
  measure: { read: own('org:read'), write: own('measures:write') },
  'board-approval': { read: own('org:read'), approve: own('board:approve') },
  'board-training': { read: own('org:read'), write: own('measures:write') },
  'critical-role': { read: own('org:read'), write: own('risk:write') },
  incident: { read: own('org:read'), write: own('incidents:write'), report: own('reports:submit') },
  'continuity-plan': { read: own('org:read'), write: own('risk:write'), approve: own('continuity:approve') },
  'scope-assessment': { read: own('org:read'), write: own('scope:write') },
  registration: { read: own('org:read'), write: own('registration:write') },
  'delivery-target': { read: own('org:read'), manage: own('delivery:manage') },
  'sso-config': { read: own('sso:manage'), manage: own('sso:manage') },
  'api-token': { read: own('api-tokens:manage'), manage: own('api-tokens:manage') },
  'incident-settings': { read: own('org:read'), write: own('registration:write') },
  'audit-trail': { read: own('audit:read') },
  registry: { read: own('authority:read') },
  'inbox-report': { read: own('authority:read'), triage: own('authority:triage') },
  'authority-profile': { read: own('authority:read'), manage: own('authority:configure') },
  supervision: {
    // The supervisor reads its own file; the entity reads what is addressed to it (not its machines' submitter role).
    read: or<'supervision'>(own('authority:read'), and(permits('org:read'), addressedEntity)),
    send: and<'supervision'>(own('supervision:send'), supervisorOrg),
    answer: and<'supervision'>(permits('supervision:answer'), addressedEntity),
  },
  campaign: { read: own('authority:read'), write: own('authority:triage') },
  // Aggregates only, but of every entity's reports: the authority's own roles; publishing one with a TLP
  // label is an analyst's act (authority:triage), as acknowledging reports is.
  trends: { read: own('authority:read'), export: own('authority:read'), publish: own('authority:triage') },
  'shared-information': {
    read: or<'shared-information'>(own('org:read'), tlpPublic, and(permits('org:read'), tlpReader)),
    reshare: and<'shared-information'>(isPerson, permits('information:share'), or(ownOrg, tlpResharer)),
    change: own('authority:triage'),
  },
  // Importing an advisory for one's own organisation is acting on shared information (not the read-only
  // auditor); publishing for others is the authority's; who its advisory hits, the authority's register.
  advisory: {
    read: own('org:read'),
    import: own('information:share'),
    publish: own('authority:triage'),
    'read-affected': own('authority:read'),
  },
  'crisis-request': {
    read: own('authority:read'),
    send: and<'crisis-request'>(isPerson, own('crisis-requests:send')),
  },
  'received-crisis-request': {
    read: own('org:read'),
    answer: and<'received-crisis-request'>(isPerson, own('crisis-requests:answer')),
  },
  'crisis-room': {
    read: or<'crisis-room'>(own('org:read'), and(permits('org:read'), crisisMember)),
    post: and<'crisis-room'>(
      isPerson,
      notObserver,
      or(own('authority:triage'), and(permits('information:share'), crisisMember)),
    ),
    manage: and<'crisis-room'>(notObserver, own('authority:triage')),
  },
  exercise: {
    // An invited participant sees this exercise only: the rule names no other subject.
    read: or<'exercise'>(own('org:read'), invitedParticipant),
    'take-part': and<'exercise'>(isPerson, invitedParticipant),
    manage: or<'exercise'>(own('risk:write'), own('authority:triage')),
  },
} satisfies { [T in SubjectType]: Record<string, Rule<T>> };

export type PolicyAction<T extends SubjectType> = keyof (typeof POLICIES)[T] & string;

/** May this actor do this to this object? */
export function can<T extends SubjectType>(actor: PolicyActor, action: PolicyAction<T>, subject: Subject<T>): boolean {
  const rules = POLICIES[subject.type] as unknown as Record<string, Rule<T>>;
  const rule = rules[action] ?? (never as Rule<T>);
  return rule(actor, subject as PolicySubjects[T]);
}

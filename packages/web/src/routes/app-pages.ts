import type { Access } from '../auth/access.ts';

// The signed-in pages in one table: the navigation shows, and the router guards, exactly these.

export type NavKey =
  | 'overview'
  | 'scope'
  | 'risks'
  | 'measures'
  | 'incidents'
  | 'sharing'
  | 'knowledge'
  | 'registry'
  | 'supervision'
  | 'crisis'
  | 'crisisRequests'
  | 'reports'
  | 'campaigns'
  | 'trends'
  | 'exerciseAgenda'
  | 'assets'
  | 'continuityPlans'
  | 'criticalRoles'
  | 'exercises'
  | 'businessImpact'
  | 'suppliers'
  | 'advisories'
  | 'registration'
  | 'members'
  | 'apiTokens'
  | 'sso'
  | 'audit';
export type NavGroup = 'main' | 'modules' | 'continuity' | 'authority' | 'admin';

export interface AppPage {
  key: NavKey;
  path: string;
  group: NavGroup;
  access: Access;
}

const anyMember: Access = {};
const entityReader: Access = { orgKind: 'entity', permission: 'org:read' };

export const APP_PAGES: readonly AppPage[] = [
  { key: 'overview', path: '/', group: 'main', access: anyMember },
  { key: 'scope', path: '/scope', group: 'modules', access: anyMember },
  // Services and assets are an entity's (assets:write is entity-only); reading them needs org:read, as the API.
  { key: 'assets', path: '/assets', group: 'modules', access: entityReader },
  // The risk analysis is an entity's (risk:write is entity-only); reading it needs org:read, as the API.
  { key: 'risks', path: '/risks', group: 'modules', access: entityReader },
  // The implementation of measures is an entity's (measures:write is entity-only); reading needs org:read, as the API.
  { key: 'measures', path: '/measures', group: 'modules', access: entityReader },
  // Continuity (issue 13; NIS2 Art. 21(2)(c), (d), (g); CER Art. 13(1)(c)-(f)): one group in the navigation, in the
  // order of the work: what an outage may cost, on whom the services depend, the plans, who must act, the exercise.
  // Each is an entity's; reading needs org:read, as the API (risk:write drafts, continuity:approve approves plans).
  { key: 'businessImpact', path: '/continuity/business-impact', group: 'continuity', access: entityReader },
  { key: 'suppliers', path: '/suppliers', group: 'continuity', access: entityReader },
  { key: 'continuityPlans', path: '/continuity-plans', group: 'continuity', access: entityReader },
  { key: 'criticalRoles', path: '/critical-roles', group: 'continuity', access: entityReader },
  { key: 'exercises', path: '/exercises', group: 'continuity', access: entityReader },
  // CSAF advisories and "u bent geraakt" (issue 14 items 4-5): every member reads them, as the API.
  { key: 'advisories', path: '/advisories', group: 'modules', access: { permission: 'org:read' } },
  { key: 'registration', path: '/registration', group: 'modules', access: { orgKind: 'entity' } },
  { key: 'incidents', path: '/incidents', group: 'modules', access: anyMember },
  // Communities and shared information under TLP 2.0; reading needs org:read, as the API.
  { key: 'sharing', path: '/sharing', group: 'modules', access: { permission: 'org:read' } },
  // The knowledge base (issue 14 item 6): articles under TLP 2.0; reading needs org:read, as the API.
  { key: 'knowledge', path: '/knowledge', group: 'modules', access: { permission: 'org:read' } },
  {
    key: 'registry',
    path: '/registry',
    group: 'authority',
    access: { orgKind: 'authority', permission: 'authority:read' },
  },
  {
    key: 'reports',
    path: '/reports',
    group: 'authority',
    access: { orgKind: 'authority', permission: 'authority:read' },
  },
  // Supervision (issue 15 item 3): the supervisor's requests and findings, or the entity's received ones; both read
  // with org:read, as the API (the supervisor's side needs authority:read, which every authority reader holds).
  { key: 'supervision', path: '/supervision', group: 'modules', access: { permission: 'org:read' } },
  // Crisis coordination (issue 16): the authority's crises and the rooms its member organisations take part in;
  // reading needs org:read, as the API (declaring needs authority:triage).
  { key: 'crisis', path: '/crises', group: 'modules', access: { permission: 'org:read' } },
  // Uitvragen and crisis messages (issue 16 items 3-4): what the authority sent, or what the entity received;
  // reading needs org:read, as the API (sending crisis-requests:send, answering crisis-requests:answer).
  { key: 'crisisRequests', path: '/crisis-requests', group: 'modules', access: { permission: 'org:read' } },
  // Campaigns across entities (issue 15 item 2): the authority's, as the API.
  {
    key: 'campaigns',
    path: '/campaigns',
    group: 'authority',
    access: { orgKind: 'authority', permission: 'authority:read' },
  },
  // The national picture over received reports and registrations (issue 15 item 1), as the API.
  {
    key: 'trends',
    path: '/trends',
    group: 'authority',
    access: { orgKind: 'authority', permission: 'authority:read' },
  },
  // The interdepartmental exercise agenda (issue 16 item 6): the authority's, as the API.
  {
    key: 'exerciseAgenda',
    path: '/exercise-agenda',
    group: 'authority',
    access: { orgKind: 'authority', permission: 'authority:read' },
  },
  { key: 'members', path: '/settings/members', group: 'admin', access: { permission: 'members:manage' } },
  { key: 'apiTokens', path: '/settings/api-tokens', group: 'admin', access: { permission: 'api-tokens:manage' } },
  { key: 'sso', path: '/settings/sso', group: 'admin', access: { permission: 'sso:manage' } },
  { key: 'audit', path: '/audit', group: 'admin', access: { permission: 'audit:read' } },
];

export const NAV_GROUPS: readonly NavGroup[] = ['main', 'modules', 'continuity', 'authority', 'admin'];

export function appPage(key: NavKey): AppPage {
  const page = APP_PAGES.find((p) => p.key === key);
  if (!page) throw new Error(`unknown page ${key}`);
  return page;
}

// The object-policy matrix: for each subject type and action, who may and who may not. Every row names
// the reason, so a failing row says which rule broke.
import { describe, expect, it } from 'vitest';
import { can, POLICIES, type PolicyActor, type Subject } from '../../src/platform/policies.ts';
import { RoleSchema, rolesForKind, type Role } from '../../src/platform/roles.ts';
import { TlpLabelSchema } from '../../src/platform/tlp.ts';
import { mayRead } from '../../src/platform/tlp-visibility.ts';

const HOSPITAL = '11111111-1111-4111-8111-111111111111';
const WATER = '22222222-2222-4222-8222-222222222222';
const AUTHORITY = '33333333-3333-4333-8333-333333333333';
const ALICE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const BOB = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OUTSIDER = '44444444-4444-4444-8444-444444444444';
const COMMUNITY = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

const person = (orgId: string | null, role: Role | null, userId = ALICE): PolicyActor => ({
  orgId,
  role,
  orgKind: orgId === AUTHORITY ? 'authority' : orgId === null ? null : 'entity',
  userId,
});
const token = (orgId: string, role: Role): PolicyActor => ({ ...person(orgId, role), userId: null });

const shared = (tlp: 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED'): Subject<'shared-information'> => ({
  type: 'shared-information',
  orgId: AUTHORITY,
  tlp,
  communityId: COMMUNITY,
  communityMemberOrgIds: [AUTHORITY, HOSPITAL, WATER],
  recipientOrgIds: [HOSPITAL],
  clientOrgIds: [],
  recipientUserIds: [ALICE],
});

const supervision = (supervisorOrg: boolean): Subject<'supervision'> => ({
  type: 'supervision',
  orgId: AUTHORITY,
  entityOrgId: HOSPITAL,
  supervisorOrg,
});

type Row = [string, PolicyActor, string, Subject, boolean];
const rows: Row[] = [
  // Own organisation's register, by role.
  [
    'handler changes own incident',
    person(HOSPITAL, 'incident-handler'),
    'write',
    { type: 'incident', orgId: HOSPITAL },
    true,
  ],
  ['auditor reads own incident', person(HOSPITAL, 'auditor'), 'read', { type: 'incident', orgId: HOSPITAL }, true],
  [
    'auditor cannot change an incident',
    person(HOSPITAL, 'auditor'),
    'write',
    { type: 'incident', orgId: HOSPITAL },
    false,
  ],
  [
    'risk manager cannot report',
    person(HOSPITAL, 'risk-manager'),
    'report',
    { type: 'incident', orgId: HOSPITAL },
    false,
  ],
  [
    "another organisation's incident is out of reach",
    person(WATER, 'owner'),
    'read',
    { type: 'incident', orgId: HOSPITAL },
    false,
  ],
  ['no acting organisation, no access', person(null, null), 'read', { type: 'asset', orgId: HOSPITAL }, false],
  ['risk manager writes assets', person(HOSPITAL, 'risk-manager'), 'write', { type: 'asset', orgId: HOSPITAL }, true],
  [
    'risk manager writes measures',
    person(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'measure', orgId: HOSPITAL },
    true,
  ],
  ['admin writes measures', person(HOSPITAL, 'admin'), 'write', { type: 'measure', orgId: HOSPITAL }, true],
  ['auditor reads measures', person(HOSPITAL, 'auditor'), 'read', { type: 'measure', orgId: HOSPITAL }, true],
  ['auditor cannot change measures', person(HOSPITAL, 'auditor'), 'write', { type: 'measure', orgId: HOSPITAL }, false],
  [
    'incident handler cannot change measures',
    person(HOSPITAL, 'incident-handler'),
    'write',
    { type: 'measure', orgId: HOSPITAL },
    false,
  ],
  [
    "another organisation's measures are out of reach",
    person(WATER, 'owner'),
    'read',
    { type: 'measure', orgId: HOSPITAL },
    false,
  ],
  // Board approval of the measures (NIS2 Art. 20(1); Cbw art. 24(1)): owner and admin only.
  [
    'owner approves the measures',
    person(HOSPITAL, 'owner'),
    'approve',
    { type: 'board-approval', orgId: HOSPITAL },
    true,
  ],
  [
    'admin approves the measures',
    person(HOSPITAL, 'admin'),
    'approve',
    { type: 'board-approval', orgId: HOSPITAL },
    true,
  ],
  [
    'risk manager cannot record an approval',
    person(HOSPITAL, 'risk-manager'),
    'approve',
    { type: 'board-approval', orgId: HOSPITAL },
    false,
  ],
  [
    'an API token cannot record an approval',
    token(HOSPITAL, 'owner'),
    'approve',
    { type: 'board-approval', orgId: HOSPITAL },
    false,
  ],
  ['auditor reads approvals', person(HOSPITAL, 'auditor'), 'read', { type: 'board-approval', orgId: HOSPITAL }, true],
  [
    "another organisation's approvals are out of reach",
    person(WATER, 'owner'),
    'read',
    { type: 'board-approval', orgId: HOSPITAL },
    false,
  ],
  // Continuity plans (NIS2 Art. 21(2)(c)): the risk manager drafts, owner and admin approve, a person only.
  [
    'risk manager drafts a plan',
    person(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'continuity-plan', orgId: HOSPITAL },
    true,
  ],
  [
    'incident handler cannot draft a plan',
    person(HOSPITAL, 'incident-handler'),
    'write',
    { type: 'continuity-plan', orgId: HOSPITAL },
    false,
  ],
  ['owner approves a plan', person(HOSPITAL, 'owner'), 'approve', { type: 'continuity-plan', orgId: HOSPITAL }, true],
  ['admin approves a plan', person(HOSPITAL, 'admin'), 'approve', { type: 'continuity-plan', orgId: HOSPITAL }, true],
  [
    'risk manager cannot approve a plan',
    person(HOSPITAL, 'risk-manager'),
    'approve',
    { type: 'continuity-plan', orgId: HOSPITAL },
    false,
  ],
  [
    'an API token cannot approve a plan',
    token(HOSPITAL, 'owner'),
    'approve',
    { type: 'continuity-plan', orgId: HOSPITAL },
    false,
  ],
  ['auditor reads plans', person(HOSPITAL, 'auditor'), 'read', { type: 'continuity-plan', orgId: HOSPITAL }, true],
  [
    "another organisation's plans are out of reach",
    person(WATER, 'owner'),
    'read',
    { type: 'continuity-plan', orgId: HOSPITAL },
    false,
  ],
  [
    'risk manager records board training',
    person(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'board-training', orgId: HOSPITAL },
    true,
  ],
  [
    'auditor cannot record board training',
    person(HOSPITAL, 'auditor'),
    'write',
    { type: 'board-training', orgId: HOSPITAL },
    false,
  ],
  // Critical roles and awareness (NIS2 Art. 21(2)(g)): the risk manager keeps them, everyone reads.
  [
    'risk manager marks critical roles',
    person(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'critical-role', orgId: HOSPITAL },
    true,
  ],
  [
    'incident handler reads critical roles',
    person(HOSPITAL, 'incident-handler'),
    'read',
    { type: 'critical-role', orgId: HOSPITAL },
    true,
  ],
  [
    'incident handler does not change them',
    person(HOSPITAL, 'incident-handler'),
    'write',
    { type: 'critical-role', orgId: HOSPITAL },
    false,
  ],
  [
    "another organisation's critical roles are out of reach",
    person(WATER, 'owner'),
    'read',
    { type: 'critical-role', orgId: HOSPITAL },
    false,
  ],
  ['an entity owner has no inbox', person(HOSPITAL, 'owner'), 'read', { type: 'inbox-report', orgId: HOSPITAL }, false],
  [
    'the authority reads its register',
    person(AUTHORITY, 'auditor'),
    'read',
    { type: 'registry', orgId: AUTHORITY },
    true,
  ],
  [
    "an entity does not read the authority's register",
    person(HOSPITAL, 'owner'),
    'read',
    { type: 'registry', orgId: AUTHORITY },
    false,
  ],
  [
    'analyst triages the inbox',
    person(AUTHORITY, 'analyst'),
    'triage',
    { type: 'inbox-report', orgId: AUTHORITY },
    true,
  ],
  [
    'auditor reads but does not triage',
    person(AUTHORITY, 'auditor'),
    'triage',
    { type: 'inbox-report', orgId: AUTHORITY },
    false,
  ],
  ['an analyst reads the trends', person(AUTHORITY, 'analyst'), 'read', { type: 'trends', orgId: AUTHORITY }, true],
  [
    'an analyst publishes a trend report',
    person(AUTHORITY, 'analyst'),
    'publish',
    { type: 'trends', orgId: AUTHORITY },
    true,
  ],
  [
    'an auditor exports but does not publish trends',
    person(AUTHORITY, 'auditor'),
    'publish',
    { type: 'trends', orgId: AUTHORITY },
    false,
  ],
  ['an entity owner has no trends', person(HOSPITAL, 'owner'), 'read', { type: 'trends', orgId: HOSPITAL }, false],
  [
    "an entity cannot read the authority's trends",
    person(HOSPITAL, 'owner'),
    'read',
    { type: 'trends', orgId: AUTHORITY },
    false,
  ],
  [
    'an analyst merges reports into a campaign case',
    person(AUTHORITY, 'analyst'),
    'write',
    { type: 'campaign', orgId: AUTHORITY },
    true,
  ],
  [
    'an auditor reads campaigns but merges none',
    person(AUTHORITY, 'auditor'),
    'write',
    { type: 'campaign', orgId: AUTHORITY },
    false,
  ],
  [
    'an entity never sees campaigns, not even its own kind',
    person(HOSPITAL, 'owner'),
    'read',
    { type: 'campaign', orgId: HOSPITAL },
    false,
  ],
  [
    "an entity does not read the authority's campaigns",
    person(HOSPITAL, 'owner'),
    'read',
    { type: 'campaign', orgId: AUTHORITY },
    false,
  ],
  [
    'a token cannot manage members',
    token(HOSPITAL, 'owner'),
    'manage',
    { type: 'organisation', orgId: HOSPITAL },
    false,
  ],
  [
    'a person owner manages members',
    person(HOSPITAL, 'owner'),
    'manage',
    { type: 'organisation', orgId: HOSPITAL },
    true,
  ],
  // TLP 2.0.
  ['CLEAR reaches anyone', person(null, null, BOB), 'read', shared('CLEAR'), true],
  ['GREEN reaches the community', person(WATER, 'auditor', BOB), 'read', shared('GREEN'), true],
  ['GREEN is not public', person(null, null, BOB), 'read', shared('GREEN'), false],
  // The policy once read GREEN as "any organisation on the platform"; the one rule says the community.
  ['GREEN not outside the community', person(OUTSIDER, 'owner', BOB), 'read', shared('GREEN'), false],
  [
    'AMBER reaches a client the recipient passed it on to',
    person(OUTSIDER, 'auditor', BOB),
    'read',
    { ...shared('AMBER'), clientOrgIds: [OUTSIDER] },
    true,
  ],
  [
    'AMBER+STRICT never reaches a client',
    person(OUTSIDER, 'auditor', BOB),
    'read',
    { ...shared('AMBER+STRICT'), clientOrgIds: [OUTSIDER] },
    false,
  ],
  [
    'advisories: an auditor does not import',
    person(WATER, 'auditor'),
    'import',
    { type: 'advisory', orgId: WATER },
    false,
  ],
  [
    'advisories: a handler imports',
    person(WATER, 'incident-handler'),
    'import',
    { type: 'advisory', orgId: WATER },
    true,
  ],
  [
    'advisories: an entity does not publish',
    person(WATER, 'owner'),
    'publish',
    { type: 'advisory', orgId: WATER },
    false,
  ],
  [
    'advisories: the authority analyst publishes',
    person(AUTHORITY, 'analyst'),
    'publish',
    { type: 'advisory', orgId: AUTHORITY },
    true,
  ],
  [
    'advisories: not for another organisation',
    person(AUTHORITY, 'analyst'),
    'publish',
    { type: 'advisory', orgId: WATER },
    false,
  ],
  ['AMBER reaches the recipient organisation', person(HOSPITAL, 'auditor', BOB), 'read', shared('AMBER'), true],
  ['AMBER does not reach other organisations', person(WATER, 'owner', BOB), 'read', shared('AMBER'), false],
  [
    'AMBER may be passed on by the recipient',
    person(HOSPITAL, 'incident-handler', BOB),
    'reshare',
    shared('AMBER'),
    true,
  ],
  [
    "the recipient's auditor reads AMBER but does not pass it on",
    person(HOSPITAL, 'auditor', BOB),
    'reshare',
    shared('AMBER'),
    false,
  ],
  ['a machine does not pass information on', token(HOSPITAL, 'owner'), 'reshare', shared('AMBER'), false],
  ['GREEN may be passed on within the community', person(WATER, 'risk-manager', BOB), 'reshare', shared('GREEN'), true],
  ['the publisher may share its RED further', person(AUTHORITY, 'analyst', BOB), 'reshare', shared('RED'), true],
  ['AMBER+STRICT stays within the recipient', person(HOSPITAL, 'owner', BOB), 'reshare', shared('AMBER+STRICT'), false],
  ['AMBER+STRICT is read within the recipient', person(HOSPITAL, 'auditor', BOB), 'read', shared('AMBER+STRICT'), true],
  ['AMBER+STRICT not outside it', person(WATER, 'owner', BOB), 'read', shared('AMBER+STRICT'), false],
  ['RED reaches the named person', person(HOSPITAL, 'auditor', ALICE), 'read', shared('RED'), true],
  ['RED not their colleague', person(HOSPITAL, 'owner', BOB), 'read', shared('RED'), false],
  ['RED is never passed on', person(HOSPITAL, 'owner', ALICE), 'reshare', shared('RED'), false],
  ['the publisher keeps its own', person(AUTHORITY, 'auditor', BOB), 'read', shared('RED'), true],
  ['only the publisher changes it', person(HOSPITAL, 'owner', ALICE), 'change', shared('CLEAR'), false],
  // Crisis rooms with members from several organisations.
  ...((): Row[] => {
    const room: Subject = { type: 'crisis-room', orgId: AUTHORITY, memberOrgIds: [HOSPITAL, WATER] };
    return [
      ['a member organisation reads the room', person(WATER, 'auditor'), 'read', room, true],
      ['a member organisation posts', person(HOSPITAL, 'incident-handler'), 'post', room, true],
      ["a member's auditor reads but does not post", person(WATER, 'auditor'), 'post', room, false],
      ["a member's machine does not post", token(HOSPITAL, 'owner'), 'post', room, false],
      ['a member cannot manage the room', person(HOSPITAL, 'owner'), 'manage', room, false],
      ['a non-member sees nothing', person('44444444-4444-4444-8444-444444444444', 'owner'), 'read', room, false],
      ['the authority analyst manages it', person(AUTHORITY, 'analyst'), 'manage', room, true],
      // Who may post is who the crisis-team picker offers (GET /crises/{id}/team-candidates asks this rule).
      ["a member's risk manager posts (a team candidate)", person(WATER, 'risk-manager'), 'post', room, true],
      [
        "the authority's own auditor does not post (no team candidate)",
        person(AUTHORITY, 'auditor'),
        'post',
        room,
        false,
      ],
      ['the authority analyst posts (a team candidate)', person(AUTHORITY, 'analyst'), 'post', room, true],
      [
        'a non-member posts nothing (no team candidate)',
        person('44444444-4444-4444-8444-444444444444', 'incident-handler'),
        'post',
        room,
        false,
      ],
      // Crisis-team roles narrow the platform role: an observer only reads (core/crisis CRISIS_TEAM_ROLES).
      ...((): Row[] => {
        const watched: Subject = { ...room, observerUserIds: [BOB] } as Subject;
        return [
          ['an observer of the authority reads', person(AUTHORITY, 'analyst', BOB), 'read', watched, true],
          ['an observer of the authority does not post', person(AUTHORITY, 'analyst', BOB), 'post', watched, false],
          ['an observer of the authority does not manage', person(AUTHORITY, 'owner', BOB), 'manage', watched, false],
          ['an observer of a member does not post', person(HOSPITAL, 'incident-handler', BOB), 'post', watched, false],
          ['a colleague who is no observer posts', person(AUTHORITY, 'analyst', ALICE), 'post', watched, true],
        ];
      })(),
    ];
  })(),
  // Requests for information and crisis messages (issue 16 items 3-4): the authority's people send, never a
  // machine; the entity's incident handlers and risk managers answer, not its auditor, never a token.
  ...((): Row[] => {
    const sent: Subject = { type: 'crisis-request', orgId: AUTHORITY };
    const got: Subject = { type: 'received-crisis-request', orgId: WATER };
    return [
      ['the authority analyst sends', person(AUTHORITY, 'analyst'), 'send', sent, true],
      ["the authority's auditor reads but does not send", person(AUTHORITY, 'auditor'), 'send', sent, false],
      ["the authority's auditor reads the answers", person(AUTHORITY, 'auditor'), 'read', sent, true],
      ['a machine of the authority does not send', token(AUTHORITY, 'owner'), 'send', sent, false],
      ["an entity does not read the authority's requests", person(WATER, 'owner'), 'read', sent, false],
      ["an entity's incident handler answers", person(WATER, 'incident-handler'), 'answer', got, true],
      ["an entity's auditor reads but does not answer", person(WATER, 'auditor'), 'answer', got, false],
      ["an entity's machine does not answer", token(WATER, 'owner'), 'answer', got, false],
      ['another entity does not read it', person(HOSPITAL, 'owner'), 'read', got, false],
    ];
  })(),
  // Exercises: invited participants see this exercise only.
  ...((): Row[] => {
    const exercise: Subject = {
      type: 'exercise',
      orgId: AUTHORITY,
      participantUserIds: [BOB],
      participantOrgIds: [],
    };
    return [
      ['an invited person sees the exercise', person(WATER, 'auditor', BOB), 'read', exercise, true],
      ['an invited person takes part', person(WATER, 'auditor', BOB), 'take-part', exercise, true],
      ['a colleague of the invited person does not', person(WATER, 'owner', ALICE), 'read', exercise, false],
      ['an invited person cannot manage it', person(WATER, 'owner', BOB), 'manage', exercise, false],
      ['the organiser manages it', person(AUTHORITY, 'analyst', ALICE), 'manage', exercise, true],
      ...((): Row[] => {
        const orgInvite: Subject = {
          type: 'exercise',
          orgId: AUTHORITY,
          participantUserIds: [],
          participantOrgIds: [WATER],
        };
        return [
          ["an invited organisation's people see it", person(WATER, 'auditor', ALICE), 'read', orgInvite, true],
          [
            "an invited organisation's people take part",
            person(WATER, 'risk-manager', ALICE),
            'take-part',
            orgInvite,
            true,
          ],
          [
            "an invited organisation's machine does not take part",
            token(WATER, 'owner'),
            'take-part',
            orgInvite,
            false,
          ],
          ['another organisation does not see it', person(HOSPITAL, 'owner', BOB), 'read', orgInvite, false],
        ];
      })(),
    ];
  })(),
  // Continuity and suppliers: written by who writes the risk analysis; the incident handler and auditor read.
  [
    'risk manager records a business impact',
    person(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'business-impact', orgId: HOSPITAL },
    true,
  ],
  [
    'incident handler reads a business impact',
    person(HOSPITAL, 'incident-handler'),
    'read',
    { type: 'business-impact', orgId: HOSPITAL },
    true,
  ],
  [
    'incident handler cannot change a business impact',
    person(HOSPITAL, 'incident-handler'),
    'write',
    { type: 'business-impact', orgId: HOSPITAL },
    false,
  ],
  [
    'auditor cannot change suppliers',
    person(HOSPITAL, 'auditor'),
    'write',
    { type: 'supplier', orgId: HOSPITAL },
    false,
  ],
  [
    'risk manager writes suppliers',
    person(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'supplier', orgId: HOSPITAL },
    true,
  ],
  [
    "another organisation cannot read one's suppliers",
    person(WATER, 'owner'),
    'read',
    { type: 'supplier', orgId: HOSPITAL },
    false,
  ],
  // Risk analysis: risk managers change it, the auditor reads it, accepting is a person's decision.
  ['risk manager writes risks', person(HOSPITAL, 'risk-manager'), 'write', { type: 'risk', orgId: HOSPITAL }, true],
  ['auditor reads risks', person(HOSPITAL, 'auditor'), 'read', { type: 'risk', orgId: HOSPITAL }, true],
  ['auditor cannot change risks', person(HOSPITAL, 'auditor'), 'write', { type: 'risk', orgId: HOSPITAL }, false],
  [
    'incident handler reads but cannot change risks',
    person(HOSPITAL, 'incident-handler'),
    'write',
    { type: 'risk', orgId: HOSPITAL },
    false,
  ],
  ['risk manager accepts a risk', person(HOSPITAL, 'risk-manager'), 'accept', { type: 'risk', orgId: HOSPITAL }, true],
  [
    'incident handler cannot accept a risk',
    person(HOSPITAL, 'incident-handler'),
    'accept',
    { type: 'risk', orgId: HOSPITAL },
    false,
  ],
  [
    'a risk manager token cannot accept a risk',
    token(HOSPITAL, 'risk-manager'),
    'accept',
    { type: 'risk', orgId: HOSPITAL },
    false,
  ],
  [
    'a risk manager token may still write risks',
    token(HOSPITAL, 'risk-manager'),
    'write',
    { type: 'risk', orgId: HOSPITAL },
    true,
  ],
  [
    "another organisation's risks are out of reach",
    person(WATER, 'owner'),
    'read',
    { type: 'risk', orgId: HOSPITAL },
    false,
  ], // Supervision (issue 15 item 3): the supervisor's file, addressed to one entity.
  ['supervisor analyst sends a request', person(AUTHORITY, 'analyst'), 'send', supervision(true), true],
  [
    'analyst of a non-supervisor authority cannot send',
    person(AUTHORITY, 'analyst'),
    'send',
    supervision(false),
    false,
  ],
  ['auditor of the supervisor cannot send', person(AUTHORITY, 'auditor'), 'send', supervision(true), false],
  ['auditor of the supervisor reads', person(AUTHORITY, 'auditor'), 'read', supervision(true), true],
  ['the addressed entity reads', person(HOSPITAL, 'auditor'), 'read', supervision(true), true],
  ['the addressed risk manager answers', person(HOSPITAL, 'risk-manager'), 'answer', supervision(true), true],
  ['the incident handler cannot answer', person(HOSPITAL, 'incident-handler'), 'answer', supervision(true), false],
  ['another entity cannot read', person(WATER, 'owner'), 'read', supervision(true), false],
  ['another entity cannot answer', person(WATER, 'owner'), 'answer', supervision(true), false],
  ['the addressed entity cannot send', person(HOSPITAL, 'owner'), 'send', supervision(true), false],
  [
    'authority admin configures its kinds',
    person(AUTHORITY, 'admin'),
    'manage',
    { type: 'authority-profile', orgId: AUTHORITY },
    true,
  ],
  [
    'authority admin token cannot configure',
    token(AUTHORITY, 'admin'),
    'manage',
    { type: 'authority-profile', orgId: AUTHORITY },
    false,
  ],
  [
    'analyst cannot configure',
    person(AUTHORITY, 'analyst'),
    'manage',
    { type: 'authority-profile', orgId: AUTHORITY },
    false,
  ],
];

describe('object policies', () => {
  it.each(rows)('%s', (_reason, actor, action, subject, allowed) => {
    expect(can(actor, action as never, subject)).toBe(allowed);
  });

  it('refuses an action a subject type does not declare', () => {
    expect(can(person(HOSPITAL, 'owner'), 'delete' as never, { type: 'incident', orgId: HOSPITAL })).toBe(false);
  });

  it('never lets a role of one organisation act on another organisation’s register', () => {
    for (const role of RoleSchema.options) {
      for (const [type, actions] of Object.entries(POLICIES)) {
        if (!['organisation', 'asset', 'incident', 'registration', 'inbox-report', 'audit-trail'].includes(type))
          continue;
        for (const action of Object.keys(actions)) {
          const subject = { type, orgId: HOSPITAL } as Subject;
          expect(can(person(WATER, role), action as never, subject), `${role} ${action} ${type}`).toBe(false);
        }
      }
    }
  });

  it('grants each own-register action to the roles the permission table lists, for that kind', () => {
    // An entity's incident-handler writes incidents; an authority's analyst does not have incidents.
    for (const role of rolesForKind('entity')) {
      const expected = ['owner', 'admin', 'incident-handler'].includes(role);
      expect(can(person(HOSPITAL, role), 'write', { type: 'incident', orgId: HOSPITAL }), role).toBe(expected);
    }
    expect(can(person(AUTHORITY, 'owner'), 'write', { type: 'incident', orgId: AUTHORITY })).toBe(false);
  });

  it("'shared-information' read is the one TLP rule (mayRead) for every label × viewer that may read at all", () => {
    const actors = [
      person(AUTHORITY, 'auditor', BOB),
      person(HOSPITAL, 'auditor', ALICE),
      person(HOSPITAL, 'owner', BOB),
      token(HOSPITAL, 'owner'),
      person(WATER, 'owner', BOB),
      person(OUTSIDER, 'owner', BOB),
      person(null, null, BOB),
    ];
    for (const tlp of TlpLabelSchema.options) {
      for (const named of [true, false]) {
        const subject = { ...shared(tlp), recipientOrgIds: named ? [HOSPITAL] : [], clientOrgIds: [OUTSIDER] };
        for (const a of actors) {
          const viewer = {
            orgId: a.orgId,
            userId: a.userId,
            communityIds: a.orgId && subject.communityMemberOrgIds.includes(a.orgId) ? [COMMUNITY] : [],
          };
          const expected = mayRead(viewer, { ...subject, ownerOrgId: subject.orgId });
          expect(can(a, 'read', subject), `${tlp} ${named} ${a.orgId} ${a.userId}`).toBe(expected);
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { TLP_LABELS, type TlpLabel } from '../../src/sharing/tlp.ts';
import {
  isClientOf,
  mayPassOnToClients,
  mayRead,
  TLP_AUDIENCE,
  type SharedObjectAudience,
  type SharingViewer,
} from '../../src/sharing/visibility.ts';

// Community C; O shared the object; M and N are members; K is a client M passed AMBER on to; X is outside.
const C = 'community-c';
const viewers = {
  ownerPerson: { orgId: 'O', userId: 'o1', communityIds: [C] },
  namedPerson: { orgId: 'M', userId: 'm1', communityIds: [C] },
  otherPersonOfNamedOrg: { orgId: 'M', userId: 'm2', communityIds: [C] },
  machineOfNamedOrg: { orgId: 'M', userId: null, communityIds: [C] },
  memberNotNamed: { orgId: 'N', userId: 'n1', communityIds: [C] },
  client: { orgId: 'K', userId: 'k1', communityIds: [] },
  outsider: { orgId: 'X', userId: 'x1', communityIds: ['another'] },
  anonymous: { orgId: null, userId: null, communityIds: [] },
} satisfies Record<string, SharingViewer>;
type ViewerName = keyof typeof viewers;

const object = (tlp: TlpLabel, named: boolean): SharedObjectAudience => ({
  ownerOrgId: 'O',
  communityId: C,
  tlp,
  recipientOrgIds: named ? ['M'] : [],
  clientOrgIds: ['K'],
  recipientUserIds: named ? ['m1'] : [],
});

// FIRST TLP 2.0, per label: who reads when recipients are named, and when none are (the community).
const EXPECTED: Record<TlpLabel, { named: ViewerName[]; community: ViewerName[] }> = {
  CLEAR: {
    named: Object.keys(viewers) as ViewerName[],
    community: Object.keys(viewers) as ViewerName[],
  },
  GREEN: {
    named: ['ownerPerson', 'namedPerson', 'otherPersonOfNamedOrg', 'machineOfNamedOrg', 'memberNotNamed'],
    community: ['ownerPerson', 'namedPerson', 'otherPersonOfNamedOrg', 'machineOfNamedOrg', 'memberNotNamed'],
  },
  AMBER: {
    named: ['ownerPerson', 'namedPerson', 'otherPersonOfNamedOrg', 'machineOfNamedOrg', 'client'],
    community: ['ownerPerson', 'namedPerson', 'otherPersonOfNamedOrg', 'machineOfNamedOrg', 'memberNotNamed', 'client'],
  },
  // Clients never: a row passing AMBER+STRICT on does not widen it.
  'AMBER+STRICT': {
    named: ['ownerPerson', 'namedPerson', 'otherPersonOfNamedOrg', 'machineOfNamedOrg'],
    community: ['ownerPerson', 'namedPerson', 'otherPersonOfNamedOrg', 'machineOfNamedOrg', 'memberNotNamed'],
  },
  // Named people only: not the rest of their organisation, not its machines; the source keeps its own.
  RED: { named: ['ownerPerson', 'namedPerson'], community: ['ownerPerson'] },
};

describe('mayRead: TLP 2.0 on the platform', () => {
  for (const label of TLP_LABELS) {
    for (const variant of ['named', 'community'] as const) {
      it(`${label} with ${variant === 'named' ? 'named recipients' : 'no one named (the community)'}`, () => {
        const readers = (Object.keys(viewers) as ViewerName[]).filter((v) =>
          mayRead(viewers[v], object(label, variant === 'named')),
        );
        expect(readers.sort()).toEqual([...EXPECTED[label][variant]].sort());
      });
    }
  }

  it('gives the anonymous public page CLEAR only', () => {
    for (const label of TLP_LABELS)
      expect(mayRead(viewers.anonymous, object(label, false))).toBe(TLP_AUDIENCE[label] === 'everyone');
  });

  it('lets only AMBER travel on to clients, and only from an authority to entities', () => {
    expect(TLP_LABELS.filter(mayPassOnToClients)).toEqual(['AMBER']);
    expect(isClientOf('authority', 'entity')).toBe(true);
    expect(isClientOf('entity', 'entity')).toBe(false);
    expect(isClientOf('entity', 'authority')).toBe(false);
  });
});

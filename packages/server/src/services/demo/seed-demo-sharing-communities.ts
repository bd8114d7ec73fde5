// Demo data only: the demo authority runs two communities — a drinking-water ISAC with the demo water company,
// and one for all demo entities — and shares a few STIX objects under different TLP labels, so `npm start`
// shows the sharing list with its badges, the public TLP:CLEAR page and a TAXII collection. Idempotent: an
// authority that has communities already is left as it is. Through use cases, so it is on the audit trail.
import { TLP_STIX_MARKING_IDS } from '@weerbaar/core/sharing';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { listCommunitiesOf } from '../../repositories/community.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import { addCommunityMember } from '../sharing/add-community-member.ts';
import { createCommunity } from '../sharing/create-community.ts';
import { importStixBundle } from '../sharing/import-stix-bundle.ts';
import { demoEmail, type DemoOrg } from './seed-demo-organisation.ts';

const AT = '2026-12-01T08:00:00.000Z';
const AUTHORITY_IDENTITY = 'identity--5a3f4c1e-7b2d-4e8a-9c61-2f0d8b7e4a10';

function stixObjects() {
  const common = { spec_version: '2.1', created: AT, modified: AT, created_by_ref: AUTHORITY_IDENTITY };
  const marked = (tlp: keyof typeof TLP_STIX_MARKING_IDS) => ({ object_marking_refs: [TLP_STIX_MARKING_IDS[tlp]] });
  return {
    isac: [
      {
        type: 'identity',
        id: AUTHORITY_IDENTITY,
        ...common,
        name: 'Demo-autoriteit Cyberbeveiliging',
        identity_class: 'organization',
        ...marked('CLEAR'),
      },
      {
        type: 'vulnerability',
        id: 'vulnerability--1b8f2a64-3c1d-4f0e-8a7b-6d5c4b3a2f10',
        ...common,
        name: 'CVE-2026-10001',
        description: 'Zwakke plek in de webinterface van een veelgebruikte PLC voor pompstations.',
        external_references: [{ source_name: 'cve', external_id: 'CVE-2026-10001' }],
        ...marked('CLEAR'),
      },
      {
        type: 'indicator',
        id: 'indicator--2c9e3b75-4d2e-4a1f-9b8c-7e6d5c4b3a21',
        ...common,
        name: 'Scanner op OT-poorten van drinkwaterbedrijven',
        indicator_types: ['anomalous-activity'],
        pattern: "[ipv4-addr:value = '198.51.100.23']",
        pattern_type: 'stix',
        valid_from: AT,
        ...marked('GREEN'),
      },
      {
        type: 'malware',
        id: 'malware--3da04c86-5e3f-4b20-8c9d-8f7e6d5c4b32',
        ...common,
        name: 'Stille Sluis',
        is_family: true,
        malware_types: ['wiper'],
        ...marked('AMBER'),
      },
      {
        type: 'note',
        id: 'note--4eb15d97-6f40-4c31-9dae-9a8f7e6d5c43',
        ...common,
        abstract: 'Alleen binnen het ISAC-lid: aanwijzingen voor verkenning van SCADA-omgevingen',
        content: 'Houd verbindingen naar 198.51.100.0/24 in de gaten.',
        object_refs: ['indicator--2c9e3b75-4d2e-4a1f-9b8c-7e6d5c4b3a21'],
        ...marked('AMBER+STRICT'),
      },
      {
        // RED without named people: only the authority that shared it reads it (core sharing/visibility.ts),
        // so the water company's pages show it to no one there.
        type: 'note',
        id: 'note--8d1c2b3a-4f5e-4a6b-9c7d-0e1f2a3b4c5d',
        ...common,
        abstract: 'Alleen voor de autoriteit: bron van de aanwijzingen',
        content: 'De melding kwam van een partnerdienst; niet verder delen.',
        object_refs: ['indicator--2c9e3b75-4d2e-4a1f-9b8c-7e6d5c4b3a21'],
        ...marked('RED'),
      },
    ],
    everyone: [
      {
        type: 'report',
        id: 'report--5fc26ea8-7051-4d42-8ebf-ab9f8e7d6c54',
        ...common,
        name: 'Dreigingsbeeld december: phishing met valse facturen',
        report_types: ['threat-report'],
        published: AT,
        object_refs: ['vulnerability--1b8f2a64-3c1d-4f0e-8a7b-6d5c4b3a2f10'],
        ...marked('GREEN'),
      },
    ],
  };
}

export async function seedDemoSharingCommunities(deps: Deps, orgs: DemoOrg[]): Promise<void> {
  const authorityDemo = orgs.find((o) => o.kind === 'authority');
  const water = orgs.find((o) => o.sector === 'Drinking water');
  if (!authorityDemo || !water) return;
  const authority = await findOrganisationByName(deps.db, authorityDemo.name);
  const email = demoEmail('owner', authorityDemo.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!authority || !user) return;
  if ((await listCommunitiesOf(deps.db, authority.id)).length > 0) return;
  const ctx: OrgActor = {
    actor: {
      type: 'user',
      userId: user.id,
      label: email,
      sessionId: 'demo-seed',
      orgId: authority.id,
      role: 'owner',
      orgKind: 'authority',
    },
    orgId: authority.id,
    role: 'owner',
    orgKind: 'authority',
  };
  const objects = stixObjects();
  const isac = await createCommunity(deps, ctx, {
    name: 'Drinkwater-ISAC',
    kind: 'sector',
    sector: 'Drinking water',
    description: 'Informatie delen tussen drinkwaterbedrijven en de autoriteit',
  });
  const waterOrg = await findOrganisationByName(deps.db, water.name);
  if (waterOrg) await addCommunityMember(deps, ctx, { communityId: isac.id, orgId: waterOrg.id });
  await importStixBundle(deps, ctx, {
    communityId: isac.id,
    bundle: { type: 'bundle', id: 'bundle--6ad37fb9-8162-4e53-9fc0-bca09f8e7d65', objects: objects.isac },
  });
  const all = await createCommunity(deps, ctx, {
    name: 'Alle entiteiten',
    kind: 'all-entities',
    description: 'Alle organisaties onder de Cyberbeveiligingswet in deze installatie',
  });
  for (const demo of orgs.filter((o) => o.kind === 'entity')) {
    const org = await findOrganisationByName(deps.db, demo.name);
    if (org) await addCommunityMember(deps, ctx, { communityId: all.id, orgId: org.id });
  }
  await importStixBundle(deps, ctx, {
    communityId: all.id,
    bundle: { type: 'bundle', id: 'bundle--7be48fca-9273-4f64-8a0d-cdb1a09f8e76', objects: objects.everyone },
  });
}

// Demo data only: the demo authority's knowledge base (issue 14 item 6) — a TLP:CLEAR guidance article on the
// basic measures (on the public page without sign-in), a TLP:GREEN threat article for the drinking-water ISAC
// and a TLP:AMBER one for the ISAC's members. Through the use cases, so it is on the audit trail. Idempotent:
// an authority that has articles already is left as it is. Runs after the demo communities.
import type { KnowledgeArticleInput } from '@weerbaar/core/knowledge';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { listCommunitiesOf } from '../../repositories/community.repository.ts';
import { listVisibleKnowledgeArticles } from '../../repositories/knowledge-article.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import { createKnowledgeArticle } from '../knowledge/create-knowledge-article.ts';
import { publishKnowledgeArticle } from '../knowledge/publish-knowledge-article.ts';
import { demoEmail, type DemoOrg } from './seed-demo-organisation.ts';

const BASIC_MEASURES = `De Europese NIS2-richtlijn (artikel 21, lid 2) noemt de maatregelen die elke organisatie onder de wet
moet nemen. Ook als de wet niet voor u geldt, zijn dit goede eerste stappen.

## Begin hier

- **Weet wat u heeft.** Maak een lijst van uw systemen, diensten en leveranciers.
- **Houd software bij.** Installeer updates snel, vooral voor systemen die aan internet hangen.
- **Gebruik een tweede factor** bij het inloggen, zeker voor beheerders en voor toegang van buitenaf.
- **Maak back-ups** die niet aan het netwerk hangen, en probeer of u ze kunt terugzetten.
- **Oefen een incident.** Wie belt wie? Wie beslist? Waar staat het plan op papier?

## Meer weten

Lees de handreikingen op [de website van het Digital Trust Center](https://www.digitaltrustcenter.nl/).`;

export async function seedDemoKnowledge(deps: Deps, orgs: DemoOrg[]): Promise<void> {
  const authorityDemo = orgs.find((o) => o.kind === 'authority');
  if (!authorityDemo) return;
  const authority = await findOrganisationByName(deps.db, authorityDemo.name);
  const email = demoEmail('analyst', authorityDemo.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!authority || !user) return;
  if ((await listVisibleKnowledgeArticles(deps.db, { orgId: authority.id, userId: null }, { limit: 1 })).length > 0)
    return;
  const communities = await listCommunitiesOf(deps.db, authority.id);
  const isac = communities.find((c) => c.name === 'Drinkwater-ISAC');
  const all = communities.find((c) => c.name === 'Alle entiteiten');
  if (!isac || !all) return;
  const ctx: OrgActor = {
    actor: {
      type: 'user',
      userId: user.id,
      label: email,
      sessionId: 'demo-seed',
      orgId: authority.id,
      role: 'analyst',
      orgKind: 'authority',
    },
    orgId: authority.id,
    role: 'analyst',
    orgKind: 'authority',
  };
  const articles: KnowledgeArticleInput[] = [
    {
      kind: 'guidance',
      title: 'Vijf basismaatregelen voor elke organisatie',
      summary: 'Wat u vandaag al kunt doen tegen de meeste aanvallen: updates, een tweede factor, back-ups en oefenen.',
      body: BASIC_MEASURES,
      tlp: 'CLEAR',
      communityId: all.id,
    },
    {
      kind: 'threat',
      title: 'Verkenning van OT-poorten bij drinkwaterbedrijven',
      summary: 'Sinds eind november zien we scans op poorten van besturingssystemen in pompstations.',
      body: 'Controleer of uw PLC-webinterfaces niet aan internet hangen. Kijk in uw logboeken naar verbindingen uit 198.51.100.0/24.\n\nMeld verdachte verbindingen bij de autoriteit.',
      tlp: 'GREEN',
      communityId: isac.id,
    },
    {
      kind: 'trend',
      title: 'Wiper-aanvallen op waterbeheer in Europa',
      summary: 'Een vertrouwelijk beeld van wiper-aanvallen op waterbedrijven in twee buurlanden.',
      body: 'Alleen voor de leden van het Drinkwater-ISAC, binnen uw eigen organisatie en met wie het echt moet weten.\n\n- Aanvallers kwamen binnen via een leverancier met beheertoegang.\n- De wiper wiste ook back-ups die aan het netwerk hingen.',
      tlp: 'AMBER',
      communityId: isac.id,
    },
  ];
  for (const input of articles) {
    const article = await createKnowledgeArticle(deps, ctx, input);
    await publishKnowledgeArticle(deps, ctx, { id: article.id });
  }
}

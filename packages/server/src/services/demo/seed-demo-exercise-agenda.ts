// Demo data only: the demo authority's interdepartmental exercise agenda 2026–2029 (issue 16 item 6), with
// items across the RbRA themes, one held and evaluated, and the national ransomware exercise at drinking-water
// companies with the demo water company invited and confirmed, so `npm start` shows the agenda, its coverage
// picture and the water company's side. Through the use cases, by the organisations' own people, so it is on
// both audit trails. Idempotent: an authority that has an agenda is left alone.
import type { AgendaItemCreate } from '@weerbaar/core/exercise-agenda';
import type { OrgKind, Role } from '@weerbaar/core/platform';
import { listAgendas, listParticipations } from '../../repositories/exercise-agenda.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { answerAgendaInvitation } from '../exercise-agenda/answer-agenda-invitation.ts';
import { createExerciseAgenda } from '../exercise-agenda/create-exercise-agenda.ts';
import { inviteToAgendaItem } from '../exercise-agenda/invite-to-agenda-item.ts';
import { planAgendaItem } from '../exercise-agenda/plan-agenda-item.ts';
import { updateAgendaItem } from '../exercise-agenda/update-agenda-item.ts';
import { demoEmail } from './seed-demo-organisation.ts';

const AUTHORITY = { name: 'Demo-autoriteit Cyberbeveiliging', domain: 'autoriteit.example' };
const WATER = { name: 'Waterbedrijf Lage Landen', domain: 'water.example' };
const MUNICIPALITY = 'Gemeente Weerdam';

async function personOf(deps: Deps, orgId: string, kind: OrgKind, role: Role, domain: string) {
  const email = demoEmail(role, domain);
  const user = await findUserByEmail(deps.db, email);
  if (!user) return undefined;
  const actor = {
    type: 'user' as const,
    userId: user.id,
    label: email,
    sessionId: 'demo-seed',
    orgId,
    role,
    orgKind: kind,
  };
  return { actor, orgId, role, orgKind: kind } satisfies OrgActor;
}

const item = (i: Omit<AgendaItemCreate, 'otherParticipants'> & { otherParticipants?: string[] }): AgendaItemCreate => ({
  otherParticipants: [],
  ...i,
});

/** The national ransomware exercise at drinking-water companies (issue 16: the demo exercise). */
export const DEMO_RANSOMWARE_EXERCISE = 'Landelijke oefening ransomware bij drinkwaterbedrijven';

export async function seedDemoExerciseAgenda(deps: Deps): Promise<void> {
  const [authority, water, municipality] = await Promise.all([
    findOrganisationByName(deps.db, AUTHORITY.name),
    findOrganisationByName(deps.db, WATER.name),
    findOrganisationByName(deps.db, MUNICIPALITY),
  ]);
  if (!authority || !water) return;
  if ((await listAgendas(deps.db, authority.id)).length > 0) return;
  const analyst = await personOf(deps, authority.id, 'authority', 'analyst', AUTHORITY.domain);
  const waterOwner = await personOf(deps, water.id, 'entity', 'owner', WATER.domain);
  if (!analyst || !waterOwner) return;

  const agenda = await createExerciseAgenda(deps, analyst, {
    title: 'Interdepartementale oefenagenda 2026–2029',
    firstYear: 2026,
    lastYear: 2029,
  });
  const plan = (i: AgendaItemCreate) => planAgendaItem(deps, analyst, { agendaId: agenda.id, item: i });

  const ransomware = await plan(
    item({
      title: DEMO_RANSOMWARE_EXERCISE,
      theme: 'cyber-threats',
      threatId: 'ransomware',
      scenario:
        'Ransomware versleutelt de besturing van zuiveringen bij meerdere drinkwaterbedrijven tegelijk. De levering van drinkwater in een deel van het land komt in gevaar.',
      organiser: 'NCSC met het ministerie van IenW',
      objectives: [
        'Opschalen volgens het Landelijk Crisisplan Digitaal oefenen',
        'Samen een beeld van de situatie maken met de drinkwaterbedrijven',
        'Besluiten over noodwater en communicatie naar inwoners oefenen',
      ],
      plannedFrom: '2027-04-13',
      plannedTo: '2027-04-14',
      otherParticipants: ['Vewin', 'Veiligheidsregio Utrecht', 'Inspectie Leefomgeving en Transport'],
    }),
  );
  await inviteToAgendaItem(deps, analyst, { itemId: ransomware.id, invitation: { orgId: water.id } });
  const participation = (await listParticipations(deps.db, water.id)).find((p) => p.item_id === ransomware.id);
  if (participation) {
    await answerAgendaInvitation(deps, waterOwner, {
      participationId: participation.id,
      answer: { response: 'confirmed' },
    });
  }

  const blackout = await plan(
    item({
      title: 'Oefening langdurige uitval van stroom en telecom',
      theme: 'critical-infrastructure-threats',
      scenario: 'Een storing in het hoogspanningsnet legt stroom en mobiel netwerk in twee provincies 48 uur stil.',
      organiser: 'NCTV met het ministerie van EZK',
      objectives: ['Afspraken tussen netbeheerders, telecom en overheid toetsen'],
      plannedFrom: '2026-10-06',
      plannedTo: '2026-10-07',
      otherParticipants: ['TenneT', 'Agentschap Telecom'],
    }),
  );
  await updateAgendaItem(deps, analyst, { itemId: blackout.id, changes: { status: 'held' } });
  await updateAgendaItem(deps, analyst, {
    itemId: blackout.id,
    changes: {
      status: 'evaluated',
      findings: 'De noodcommunicatie tussen de crisisteams werkte pas na vier uur.',
      lessons: 'Elk crisisteam legt een noodverbinding vast die zonder stroom en mobiel netwerk werkt.',
    },
  });

  const flood = await plan(
    item({
      title: 'Oefening hoogwater in het rivierengebied',
      theme: 'climate-natural-disasters',
      scenario: 'Hoogwater in Rijn en Maas dwingt tot evacuatie van delen van het rivierengebied.',
      organiser: 'Ministerie van IenW (Rijkswaterstaat)',
      objectives: ['Besluitvorming over evacuatie tussen Rijk en regio oefenen'],
      plannedFrom: '2027-02-02',
      plannedTo: '2027-02-03',
    }),
  );
  if (municipality) {
    await inviteToAgendaItem(deps, analyst, { itemId: flood.id, invitation: { orgId: municipality.id } });
  }

  await plan(
    item({
      title: 'Oefening pandemie en continuïteit van rijksdiensten',
      theme: 'infectious-diseases',
      scenario: 'Een nieuw griepvirus maakt een derde van het personeel van rijksdiensten weken ziek.',
      organiser: 'Ministerie van VWS',
      objectives: ['Continuïteit van vitale rijksdiensten bij groot ziekteverzuim toetsen'],
      plannedFrom: '2028-05-16',
      plannedTo: '2028-05-16',
    }),
  );
  await plan(
    item({
      title: 'Oefening desinformatie rond verkiezingen',
      theme: 'undesirable-interference',
      scenario: 'Een buitenlandse campagne verspreidt valse uitslagen en nepberichten op de verkiezingsdag.',
      organiser: 'Ministerie van BZK',
      objectives: ['Samenwerking tussen BZK, Kiesraad en gemeenten bij desinformatie oefenen'],
      plannedFrom: '2029-03-20',
      plannedTo: '2029-03-20',
    }),
  );
}

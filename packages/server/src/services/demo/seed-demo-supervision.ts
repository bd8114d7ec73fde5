// Demo data only: the demo authority is also the supervisor (issue 15 item 3), and has an open information
// request to the hospital, asking for its measures with evidence, so `npm start` shows the request on both
// sides. Through the use cases, by the authority's own people (setting the kinds is a personal act), so it is
// on both audit trails. Idempotent: kinds already set and an existing request to the hospital are left alone.
import { addDays } from '@weerbaar/core/measures';
import type { Role } from '@weerbaar/core/platform';
import { dutchToday, InformationRequestCreateSchema } from '@weerbaar/core/supervision';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { listAuthorityKinds, listRequests } from '../../repositories/supervision.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { sendInformationRequest } from '../supervision/send-information-request.ts';
import { setAuthorityKinds } from '../supervision/set-authority-kinds.ts';
import { demoEmail } from './seed-demo-organisation.ts';

const AUTHORITY = { name: 'Demo-autoriteit Cyberbeveiliging', domain: 'autoriteit.example' };
const HOSPITAL = 'Ziekenhuis Noorderlicht';

async function personOf(deps: Deps, orgId: string, role: Role): Promise<OrgActor | undefined> {
  const email = demoEmail(role, AUTHORITY.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!user) return undefined;
  const actor = {
    type: 'user' as const,
    userId: user.id,
    label: email,
    sessionId: 'demo-seed',
    orgId,
    role,
    orgKind: 'authority' as const,
  };
  return { actor, orgId, role, orgKind: 'authority' };
}

export async function seedDemoSupervision(deps: Deps): Promise<void> {
  const [authority, hospital] = await Promise.all([
    findOrganisationByName(deps.db, AUTHORITY.name),
    findOrganisationByName(deps.db, HOSPITAL),
  ]);
  if (!authority || !hospital) return;
  const owner = await personOf(deps, authority.id, 'owner');
  const analyst = await personOf(deps, authority.id, 'analyst');
  if (!owner || !analyst) return;
  if ((await listAuthorityKinds(deps.db, authority.id)).length === 0) {
    await setAuthorityKinds(deps, owner, { kinds: ['competent-authority', 'csirt', 'supervisor'] });
  }
  if ((await listRequests(deps.db, authority.id, { entityOrgId: hospital.id })).length > 0) return;
  await sendInformationRequest(
    deps,
    analyst,
    InformationRequestCreateSchema.parse({
      entityId: hospital.id,
      subject: 'Zorgplicht: maatregelen en bewijs',
      question:
        'Wij houden toezicht op de zorgplicht. Stuur ons uw maatregelen voor cyberbeveiliging, met het bewijs dat u ze uitvoert. Vertel ook wanneer u de uitwijk van het EPD voor het laatst hebt getest.',
      legalBasis: 'evidence',
      dueOn: addDays(dutchToday(deps.clock.now()), 14),
      asksMeasuresDossier: true,
    }),
  );
}

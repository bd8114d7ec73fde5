// Demo data only (fictional organisations on .example): a platform that looks lived in after `npm start`.
// Each demo entity gets a handful of incidents in different stages, and the hospital and the water company
// a registration submitted to the register (the municipality's is left to do), all through the real use cases — so the audit trail, the timeline, the reporting clock, the
// reminders and the outbox are exactly what a person doing this by hand would leave. The outbox delivers
// the reports and the registration to the demo authority over HTTP (seedDemoDelivery) once the server runs.
//
// The history is played at the moments it would have happened: each step runs with a clock set back to
// that moment (the use cases take "now" from deps.clock), so deadlines and the timeline read naturally.
// The audit trail records when the seed really ran (record-audit-event.ts appends at the real time).
//
// Idempotent: an incident is recognised by its demo key (externalId) and a registration by the
// organisation having one; what exists is left as it is.
import {
  IncidentCreateSchema,
  ReportSubmissionSchema,
  SignificanceDecisionCreateSchema,
  type IncidentCategory,
  type IncidentStatus,
} from '@weerbaar/core/incidents';
import type { OrgKind, Role } from '@weerbaar/core/platform';
import { RegistrationSchema, type RegistrationInput } from '@weerbaar/core/registration';
import { listAssets } from '../../repositories/asset.repository.ts';
import { findIncidentByExternalId } from '../../repositories/incident.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findLatestRegistrationVersion } from '../../repositories/registration.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { createIncident } from '../incidents/create-incident.ts';
import { decideSignificance } from '../incidents/decide-significance.ts';
import { loadIncidentSettings } from '../incidents/incident-settings.ts';
import { submitIncidentReport } from '../incidents/submit-incident-report.ts';
import { transitionIncidentStatus } from '../incidents/transition-incident-status.ts';
import { updateIncidentSettings } from '../incidents/update-incident-settings.ts';
import { saveRegistration } from '../registration/save-registration.ts';
import { submitRegistration } from '../registration/submit-registration.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * The stages a demo incident is brought to:
 * - `new`: just in from monitoring, nobody has looked yet;
 * - `clock_running`: decided significant a couple of hours ago, the 24 h early warning is due (NIS2 Art. 23(4)(a));
 * - `notification_due`: early warning sent, the 72 h notification is due (NIS2 Art. 23(4)(b));
 * - `closed`: handled, every report sent, the final report last (NIS2 Art. 23(4)(d)).
 */
export const DEMO_INCIDENT_STAGES = ['new', 'clock_running', 'notification_due', 'closed'] as const;
export type DemoIncidentStage = (typeof DEMO_INCIDENT_STAGES)[number];

interface DemoIncident {
  key: string;
  stage: DemoIncidentStage;
  title: string;
  description: string;
  category: IncidentCategory;
  source?: 'manual' | 'api';
  /** Words of the name of the service it hits; linked when the organisation has such a service. */
  serviceWords: string[];
  /** A sentence for the reports: what the incident does to the services. */
  impact: string;
  rootCause: string;
}

interface DemoEntity {
  contact: { name: string; email: string; phone: string };
  incidents: DemoIncident[];
  registration: RegistrationInput | null;
}

// The facts that make an incident significant under NIS2 Art. 23(3)(a) (entity type 'other' by default).
const SEVERE = { severeOperationalDisruption: true, suspectedMalicious: true, crossBorder: false } as const;

const DEMO_ENTITIES: Record<string, DemoEntity> = {
  'Ziekenhuis Noorderlicht': {
    contact: { name: 'Fenna Bakker', email: 'ciso@ziekenhuis.example', phone: '+31 50 123 4567' },
    incidents: [
      {
        key: 'demo-zn-phishing',
        stage: 'new',
        source: 'api',
        title: 'Verdachte inlogpogingen op de webmail',
        description: 'De SIEM meldt veel mislukte inlogpogingen vanaf één IP-adres op de webmail van het personeel.',
        category: 'unauthorised_access',
        serviceWords: ['mail', 'e-mail'],
        impact: 'Nog geen gevolgen vastgesteld.',
        rootCause: 'Nog onbekend.',
      },
      {
        key: 'demo-zn-ransomware',
        stage: 'clock_running',
        title: 'Ransomware op de server van het patiëntendossier',
        description: 'Bestanden op de EPD-server zijn versleuteld; op een werkplek is een losgeldbrief gevonden.',
        category: 'ransomware',
        serviceWords: ['patiënt', 'epd', 'dossier', 'spoedeisende'],
        impact: 'Het patiëntendossier is niet bereikbaar; afdelingen werken met papieren noodprocedures.',
        rootCause: 'Vermoedelijk een phishingmail met een kwaadaardige bijlage.',
      },
      {
        key: 'demo-zn-ddos',
        stage: 'notification_due',
        title: 'DDoS-aanval op het patiëntenportaal',
        description:
          'Het patiëntenportaal is sinds gisteravond slecht of niet bereikbaar door een overbelastingsaanval.',
        category: 'denial_of_service',
        serviceWords: ['portaal', 'afspra', 'poliklin'],
        impact: 'Patiënten kunnen geen afspraken maken of uitslagen inzien.',
        rootCause: 'Overbelastingsaanval vanuit een botnet.',
      },
      {
        key: 'demo-zn-lab',
        stage: 'closed',
        title: 'Storing laboratoriumsysteem door besmette update',
        description: 'Een update van de leverancier bevatte malware; het laboratoriumsysteem lag twee dagen stil.',
        category: 'supplier_incident',
        serviceWords: ['lab'],
        impact: 'Uitslagen van het laboratorium kwamen twee dagen met vertraging.',
        rootCause: 'Besmette software-update van de leverancier van het laboratoriumsysteem.',
      },
    ],
    registration: {
      name: 'Ziekenhuis Noorderlicht',
      kvkNumber: '90000002',
      addresses: [
        {
          type: 'main',
          street: 'Noorderlichtlaan',
          houseNumber: '1',
          postcode: '9713 GZ',
          city: 'Groningen',
          province: 'groningen',
        },
      ],
      contacts: [
        { role: 'security', name: 'Fenna Bakker', email: 'ciso@ziekenhuis.example', phone: '+31 50 123 4567' },
      ],
      entityTypes: ['I.5.1'],
      memberStates: ['NL'],
      publicIpRanges: ['192.0.2.0/26'],
      classification: { eu: 'essential', nl: 'essential' },
    },
  },
  'Gemeente Weerdam': {
    contact: { name: 'Sanne de Jong', email: 'ciso@gemeente.example', phone: '+31 30 765 4321' },
    incidents: [
      {
        key: 'demo-gw-phishing',
        stage: 'new',
        title: 'Phishingmail uit naam van de burgemeester',
        description:
          'Medewerkers ontvingen een mail uit naam van de burgemeester met een link naar een nep-inlogpagina.',
        category: 'phishing',
        serviceWords: ['mail', 'e-mail'],
        impact: 'Nog geen gevolgen vastgesteld.',
        rootCause: 'Nog onbekend.',
      },
      {
        key: 'demo-gw-datalek',
        stage: 'clock_running',
        title: 'Inbraak in het zaaksysteem',
        description:
          'Met een gestolen wachtwoord is ingelogd op het zaaksysteem; er zijn dossiers van inwoners ingezien.',
        category: 'data_breach',
        serviceWords: ['zaak', 'burgerzaken', 'vergunning'],
        impact: 'Het zaaksysteem is uit voorzorg uitgezet; aanvragen van inwoners liggen stil.',
        rootCause: 'Gestolen wachtwoord van een externe medewerker, zonder tweestapsverificatie.',
      },
      {
        key: 'demo-gw-website',
        stage: 'notification_due',
        title: 'Website en digitaal loket niet bereikbaar',
        description: 'De website en het digitale loket zijn door een overbelastingsaanval slecht bereikbaar.',
        category: 'denial_of_service',
        serviceWords: ['loket', 'website'],
        impact: 'Inwoners kunnen geen afspraken maken en geen aanvragen doen.',
        rootCause: 'Overbelastingsaanval vanuit een botnet.',
      },
      {
        key: 'demo-gw-backup',
        stage: 'closed',
        title: 'Malware op werkplekken van Burgerzaken',
        description: 'Op vier werkplekken van Burgerzaken is malware gevonden die inloggegevens probeerde te stelen.',
        category: 'malware',
        serviceWords: ['burgerzaken', 'brp'],
        impact: 'Burgerzaken werkte een dag met minder werkplekken.',
        rootCause: 'Een besmette USB-stick van een bezoeker.',
      },
    ],
    // No registration: the municipality is the one left to fill in the form (the e2e journey does that).
    registration: null,
  },
  'Waterbedrijf Lage Landen': {
    contact: { name: 'Daan Visser', email: 'ciso@water.example', phone: '+31 10 246 8100' },
    incidents: [
      {
        key: 'demo-wl-scan',
        stage: 'new',
        source: 'api',
        title: 'Poortscan op het netwerk van de zuiveringsinstallatie',
        description: 'De monitoring ziet een poortscan van buiten op het netwerk van de zuiveringsinstallatie.',
        category: 'vulnerability_exploitation',
        serviceWords: ['zuivering', 'scada', 'productie', 'drinkwater'],
        impact: 'Nog geen gevolgen vastgesteld.',
        rootCause: 'Nog onbekend.',
      },
      {
        key: 'demo-wl-scada',
        stage: 'clock_running',
        title: 'Onbevoegde toegang tot de besturing van een pompstation',
        description:
          'Iemand heeft van buitenaf ingelogd op de besturing van pompstation Oost en instellingen gewijzigd.',
        category: 'unauthorised_access',
        serviceWords: ['pomp', 'scada', 'besturing', 'distributie', 'drinkwater'],
        impact: 'Pompstation Oost draait handmatig; de waterdruk in twee wijken is lager.',
        rootCause: 'Een onderhoudsverbinding van een leverancier stond open met een standaardwachtwoord.',
      },
      {
        key: 'demo-wl-klant',
        stage: 'notification_due',
        title: 'Ransomware op het klantsysteem',
        description: 'Het klantsysteem voor facturen en storingsmeldingen is versleuteld.',
        category: 'ransomware',
        serviceWords: ['klant', 'factur'],
        impact: 'Klanten kunnen geen storingen melden via de website; de klantenservice werkt op papier.',
        rootCause: 'Vermoedelijk een kwetsbaarheid in de VPN-server.',
      },
      {
        key: 'demo-wl-storing',
        stage: 'closed',
        title: 'Uitval van de meetgegevens door een foute configuratie',
        description: 'Na een wijziging in de firewall kwamen de meetgegevens van de meetstations niet meer binnen.',
        category: 'misconfiguration',
        serviceWords: ['meet', 'kwaliteit', 'drinkwater'],
        impact: 'De waterkwaliteit werd zes uur met de hand gecontroleerd.',
        rootCause: 'Een fout in een firewallregel bij een geplande wijziging.',
      },
    ],
    registration: {
      name: 'Waterbedrijf Lage Landen',
      kvkNumber: '90000004',
      addresses: [
        {
          type: 'main',
          street: 'Dijkweg',
          houseNumber: '12',
          postcode: '3011 AB',
          city: 'Rotterdam',
          province: 'zuid-holland',
        },
      ],
      contacts: [{ role: 'security', name: 'Daan Visser', email: 'ciso@water.example', phone: '+31 10 246 8100' }],
      entityTypes: ['I.6.1'],
      memberStates: ['NL'],
      publicIpRanges: ['203.0.113.0/26'],
      classification: { eu: 'essential', nl: 'essential' },
    },
  },
};

/** The demo entity's own person in a role, as the actor of its steps. */
async function memberActor(deps: Deps, orgId: string, role: Role, email: string): Promise<OrgActor | null> {
  const user = await findUserByEmail(deps.db, email);
  if (!user) return null;
  return {
    actor: { type: 'user', userId: user.id, label: email, sessionId: 'demo-seed', orgId, role, orgKind: 'entity' },
    orgId,
    role,
    orgKind: 'entity',
  };
}

/** The first service whose name holds one of the words; none when the organisation has no such service. */
async function findService(deps: Deps, orgId: string, words: readonly string[]): Promise<string[]> {
  for (const word of words) {
    const [service] = await listAssets(deps.db, orgId, { kind: 'service', q: word });
    if (service) return [service.id];
  }
  return [];
}

/** The demo's deps with the clock at a moment in the past: the step happens then. */
const at = (deps: Deps, moment: number): Deps => ({ ...deps, clock: { now: () => new Date(moment) } });
const iso = (moment: number) => new Date(moment).toISOString();

async function playIncident(
  deps: Deps,
  ctx: OrgActor,
  entity: DemoEntity,
  plan: DemoIncident,
  now: number,
): Promise<void> {
  // When each step happened, counted back from now.
  const times: Record<DemoIncidentStage, { detected: number; decided?: number; aware?: number }> = {
    new: { detected: now - 50 * MIN },
    clock_running: { detected: now - 3 * HOUR, aware: now - 2 * HOUR - 30 * MIN, decided: now - 2 * HOUR },
    notification_due: { detected: now - 31 * HOUR, aware: now - 29 * HOUR, decided: now - 28 * HOUR },
    closed: { detected: now - 40 * DAY, aware: now - 40 * DAY + HOUR, decided: now - 40 * DAY + 2 * HOUR },
  };
  const when = times[plan.stage];
  const significant = plan.stage !== 'new';
  const { incident, created } = await createIncident(at(deps, when.detected + 10 * MIN), ctx, {
    incident: IncidentCreateSchema.parse({
      title: plan.title,
      description: plan.description,
      category: plan.category,
      source: plan.source ?? 'manual',
      externalId: plan.key,
      detectedAt: iso(when.detected),
      impact: significant ? { ...SEVERE, usersAffected: 2500 } : { suspectedMalicious: true },
      assetIds: await findService(deps, ctx.orgId, plan.serviceWords),
    }),
  });
  if (!created || !significant) return;
  const id = incident.id;
  await decideSignificance(at(deps, when.decided!), ctx, {
    id,
    decision: SignificanceDecisionCreateSchema.parse({
      outcome: 'significant',
      awareAt: iso(when.aware!),
      reason: 'Ernstige verstoring van de dienst (NIS2 art. 23 lid 3 onder a).',
    }),
  });
  if (plan.stage === 'clock_running') return;

  const report = (moment: number, body: unknown) =>
    submitIncidentReport(at(deps, moment), ctx, { incidentId: id, report: ReportSubmissionSchema.parse(body) });
  const step = (moment: number, to: IncidentStatus, note?: string) =>
    transitionIncidentStatus(at(deps, moment), ctx, { id, to, note });
  const earlyWarning = {
    stage: 'early_warning',
    content: {
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'no',
      contact: entity.contact,
      summary: plan.description,
      suspectedStartAt: iso(when.detected - HOUR),
    },
  };
  const notification = {
    stage: 'notification',
    content: {
      suspectedUnlawfulOrMalicious: 'yes',
      crossBorderImpactPossible: 'no',
      contact: entity.contact,
      initialAssessment: { severity: 'high', impact: plan.impact },
      indicatorsOfCompromise: [{ type: 'ipv4', value: '203.0.113.66' }],
      crossBorderInformation: null,
      crossBorderInformationNoneAvailable: true,
    },
  };

  if (plan.stage === 'notification_due') {
    await report(now - 20 * HOUR, earlyWarning);
    await step(now - 18 * HOUR, 'containment', 'Getroffen systemen afgeschermd.');
    return;
  }
  // closed: the whole reporting chain, the final report after the incident was handled.
  const start = when.aware!;
  await report(start + 8 * HOUR, earlyWarning);
  await report(start + DAY, notification);
  await step(start + DAY + HOUR, 'containment');
  await step(start + 3 * DAY, 'eradication', 'Oorzaak gevonden en verwijderd.');
  await step(start + 4 * DAY, 'recovery');
  await step(start + 6 * DAY, 'closed', 'Alles werkt weer normaal.');
  await report(start + 10 * DAY, {
    stage: 'final_report',
    content: {
      description: plan.description,
      severity: 'high',
      impact: plan.impact,
      threatTypeOrRootCause: plan.rootCause,
      mitigationMeasures: {
        applied: 'Systemen opnieuw ingericht, wachtwoorden vervangen en extra monitoring ingesteld.',
        ongoing: 'Bewustwordingstraining voor alle medewerkers.',
      },
      crossBorderImpact: null,
    },
  });
}

/** Submits the entity's registration to the register once (NIS2 Art. 3(4); Cbw art. 44). */
async function registerEntity(deps: Deps, ctx: OrgActor, entity: DemoEntity): Promise<void> {
  if (!entity.registration || (await findLatestRegistrationVersion(deps.db, ctx.orgId))) return;
  await saveRegistration(deps, ctx, RegistrationSchema.parse(entity.registration));
  await submitRegistration(deps, ctx, {});
}

/**
 * Incidents in every stage and a submitted registration for each demo entity (after seedDemoDelivery, so
 * the outbox has somewhere to deliver; after the demo services, so incidents can name the service they hit).
 */
export async function seedDemoIncidents(deps: Deps, orgs: readonly { kind: OrgKind; name: string; domain: string }[]) {
  const now = deps.clock.now().getTime();
  // The organisations share nothing (each has its own audit chain and incident numbers): seeded side by
  // side, so the demo start stays quick.
  await Promise.all(
    orgs
      .filter((o) => o.kind === 'entity')
      .map(async (demo) => {
        const entity = DEMO_ENTITIES[demo.name];
        const org = entity && (await findOrganisationByName(deps.db, demo.name));
        if (!entity || !org) return;
        const owner = await memberActor(deps, org.id, 'owner', `owner@${demo.domain}`);
        const handler = await memberActor(deps, org.id, 'incident-handler', `incident-handler@${demo.domain}`);
        if (owner) {
          // The contact person for reports (Cbw art. 26(2)(c)), so the report forms start filled in.
          if ((await loadIncidentSettings(deps.db, org.id)).contact === null)
            await updateIncidentSettings(deps, owner, { contact: entity.contact });
          await registerEntity(deps, owner, entity);
        }
        if (!handler) return;
        // Oldest first, so the INC numbers follow the order in which the incidents came in.
        const oldestFirst = [...entity.incidents].sort(
          (a, b) => DEMO_INCIDENT_STAGES.indexOf(b.stage) - DEMO_INCIDENT_STAGES.indexOf(a.stage),
        );
        for (const plan of oldestFirst) {
          if (await findIncidentByExternalId(deps.db, org.id, plan.key)) continue;
          await playIncident(deps, handler, entity, plan, now);
        }
      }),
  );
}

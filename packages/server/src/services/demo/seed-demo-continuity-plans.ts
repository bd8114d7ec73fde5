// Demo continuity plans (issue 13): the water company's plan for a SCADA outage, with manual operation of
// the pumping stations; the hospital's plan for an outage of the patient-record system (EPD), for its
// emergency department; and a crisis protocol per organisation, marked as the incident response plan the
// incident pages link to. Approved by "Demogegevens" (nobody decided it), printed in no pack yet, so the
// reminder to print one shows. Runs after the demo assets; an organisation with plans is left as it is.
import { defaultPlanReview, PlanContentSchema, type PlanContentInput } from '@weerbaar/core/continuity';
import { dutchDate } from '@weerbaar/core/risk';
import {
  approveDraftVersion,
  insertPlan,
  insertPlanVersion,
  listPlans,
} from '../../repositories/continuity-plan.repository.ts';
import { findAssetByName } from '../../repositories/asset.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

interface DemoPlan {
  kind: 'continuity' | 'crisis';
  /** The demo service the continuity plan is for. */
  service?: string;
  title: string;
  incidentResponsePlan?: boolean;
  content: PlanContentInput;
}

const crisisProtocol = (org: string, csirt: { name: string; phone: string }): DemoPlan => ({
  kind: 'crisis',
  title: 'Crisisprotocol cyberincidenten',
  incidentResponsePlan: true,
  content: {
    purpose: `Hoe ${org} een ernstig cyberincident of een crisis aanpakt: wie beslist, wie belt wie, en wie wat meldt.`,
    activationCriteria:
      'Een kritieke dienst valt uit of dreigt uit te vallen door een incident, of het incident is mogelijk significant (meldplicht binnen 24 uur).',
    warningRoutine:
      'Wie het merkt, belt de servicedesk of de wachtdienst. De wachtdienst belt de crisisleider. De crisisleider roept het crisisteam bijeen.',
    roles: [
      {
        role: 'Crisisleider',
        holder: 'Directeur bedrijfsvoering',
        deputy: 'Manager ICT',
        tasks: 'Beslist, leidt het crisisteam.',
      },
      {
        role: 'Communicatie',
        holder: 'Woordvoerder',
        deputy: 'Communicatieadviseur',
        tasks: 'Berichten aan medewerkers, afnemers en pers.',
      },
      {
        role: 'Melden',
        holder: 'CISO',
        deputy: 'Privacy officer',
        tasks: 'Vroege waarschuwing binnen 24 uur, melding binnen 72 uur.',
      },
    ],
    callTree: [
      { level: 1, name: 'Wachtdienst ICT', role: 'Wachtdienst', phone: '088-1000100', calls: 'Crisisleider' },
      { level: 2, name: 'Crisisleider', role: 'Directeur bedrijfsvoering', phone: '06-10000001', calls: 'Crisisteam' },
      { level: 3, name: 'Woordvoerder', role: 'Communicatie', phone: '06-10000002' },
      { level: 3, name: 'CISO', role: 'Melden', phone: '06-10000003' },
    ],
    externalHelp: [
      { kind: 'csirt', name: csirt.name, phone: csirt.phone },
      {
        kind: 'incident-response',
        name: 'Incidentresponsbedrijf (retainer)',
        phone: '088-2000200',
        reference: 'Retainer IR-2026-17',
      },
      { kind: 'insurer', name: 'Cyberverzekeraar', phone: '020-3000300', reference: 'Polis CY-55821' },
    ],
    recoverySteps: [
      { title: 'Crisisteam bijeen, eerste beeld', targetHours: 1 },
      { title: 'Schade beperken: systemen isoleren', owner: 'Manager ICT', targetHours: 2 },
      { title: 'Vroege waarschuwing aan het CSIRT', owner: 'CISO', targetHours: 24 },
      { title: 'Herstel volgens de continuïteitsplannen', owner: 'Crisisleider' },
      { title: 'Evaluatie en verbeteracties', owner: 'CISO' },
    ],
    communication: [
      {
        audience: 'staff',
        subject: 'Storing: volg de noodprocedure',
        body: 'Er is een ernstige storing. Volg de noodprocedure van uw afdeling. Nieuwe informatie volgt om het hele uur.',
      },
      {
        audience: 'authority',
        subject: 'Vroege waarschuwing',
        body: 'Wij melden een mogelijk significant incident. Wat we weten: … Wat we doen: …',
      },
      {
        audience: 'press',
        subject: 'Verklaring',
        body: `${org} heeft last van een storing. Wij werken aan herstel. Er is (geen) gevaar voor …`,
      },
    ],
    deactivation:
      'De crisisleider beëindigt de crisis als de kritieke diensten weer werken en de meldingen zijn gedaan.',
  },
});

const DEMO_PLANS: Readonly<Record<string, readonly DemoPlan[]>> = {
  'Waterbedrijf Lage Landen': [
    {
      kind: 'continuity',
      service: 'Drinkwaterlevering',
      title: 'SCADA-uitval: pompstations met de hand bedienen',
      content: {
        purpose:
          'Drinkwater blijft stromen als SCADA of de telemetrie uitvalt. Operators bedienen de pompstations en de zuivering ter plaatse.',
        activationCriteria:
          'SCADA geeft langer dan 15 minuten geen meetwaarden of stuuropdrachten door, of er is een vermoeden van inbraak in het OT-netwerk.',
        warningRoutine:
          'De operator van dienst belt de manager OT en stuurt een SMS aan de storingsdienst. Bij inbraak: OT-netwerk loskoppelen van het kantoornetwerk.',
        roles: [
          { role: 'Leider storing', holder: 'Manager OT', deputy: 'Hoofd productie' },
          { role: 'Operator pompstation De Hoeve', holder: 'Storingsdienst ploeg 1', deputy: 'Storingsdienst ploeg 2' },
          { role: 'Operator pompstation Zuidwold', holder: 'Storingsdienst ploeg 2', deputy: 'Storingsdienst ploeg 3' },
        ],
        callTree: [
          { level: 1, name: 'Operator van dienst', role: 'Controlekamer', phone: '088-4000400', calls: 'Manager OT' },
          {
            level: 2,
            name: 'Manager OT',
            role: 'Leider storing',
            phone: '06-40000001',
            alternativePhone: '088-4000401',
            calls: 'Storingsdienst',
          },
          { level: 3, name: 'Storingsdienst', role: 'Ploegen pompstations', phone: '088-4000402' },
        ],
        externalHelp: [
          {
            kind: 'supplier',
            name: 'SCADA-leverancier (storingslijn 24/7)',
            phone: '0800-5000500',
            reference: 'Contract OT-2024-03',
          },
          { kind: 'supplier', name: 'Mobiel datanetwerk (telemetrie), storingen', phone: '0800-6000600' },
          { kind: 'csirt', name: 'NCSC', phone: '070-7510000' },
        ],
        workarounds:
          'Pompstations draaien op de lokale regeling (vaste druk). Elk uur lezen de operators druk en niveau af en melden die per telefoon aan de controlekamer.',
        manualFallback:
          'Handbediening volgens de kaarten in de noodkast van elk pompstation. Chemicaliëndosering in de zuivering op de vaste stand; monsters elke 2 uur met de hand.',
        recoverySteps: [
          { title: 'Operators naar De Hoeve en Zuidwold', owner: 'Storingsdienst', targetHours: 1 },
          { title: 'Pompen op lokale regeling, druk afgelezen', owner: 'Operators', targetHours: 2 },
          { title: 'Oorzaak vaststellen met de SCADA-leverancier', owner: 'Manager OT', targetHours: 6 },
          { title: 'SCADA schoon terugzetten en telemetrie testen', owner: 'Manager OT', targetHours: 12 },
          { title: 'Terug naar bediening op afstand', owner: 'Leider storing' },
        ],
        communication: [
          {
            audience: 'recipients',
            subject: 'Drinkwater: geen gevolgen verwacht',
            body: 'Door een storing bedienen wij onze pompstations met de hand. Het water is veilig. Bij lage druk: bel 0800-0359.',
          },
          {
            audience: 'authority',
            subject: 'Storing procesbesturing',
            body: 'SCADA is uitgevallen sinds … De levering gaat door met handbediening. Wij houden u op de hoogte.',
          },
        ],
        deactivation: 'Als SCADA 24 uur zonder storing draait en de metingen kloppen met de handmatige aflezingen.',
      },
    },
    crisisProtocol('Waterbedrijf Lage Landen', { name: 'NCSC', phone: '070-7510000' }),
  ],
  'Ziekenhuis Noorderlicht': [
    {
      kind: 'continuity',
      service: 'Spoedeisende hulp',
      title: 'Uitval EPD: zorg gaat door op papier',
      content: {
        purpose:
          'De spoedeisende hulp blijft patiënten veilig behandelen als het elektronisch patiëntendossier (EPD) niet werkt.',
        activationCriteria:
          'Het EPD is langer dan 30 minuten niet bruikbaar op de spoedeisende hulp, of medicatiegegevens zijn niet betrouwbaar.',
        warningRoutine:
          'De dienstdoende arts belt de servicedesk; de servicedesk belt de manager ICT en de crisiscoördinator zorg.',
        roles: [
          { role: 'Crisiscoördinator zorg', holder: 'Manager spoedeisende hulp', deputy: 'Dienstdoende arts' },
          { role: 'Herstel EPD', holder: 'Manager ICT', deputy: 'Applicatiebeheerder EPD' },
        ],
        callTree: [
          {
            level: 1,
            name: 'Servicedesk ICT',
            role: 'Servicedesk',
            phone: '050-1000100',
            calls: 'Manager ICT, crisiscoördinator',
          },
          { level: 2, name: 'Manager ICT', role: 'Herstel EPD', phone: '06-50000001' },
          { level: 2, name: 'Manager spoedeisende hulp', role: 'Crisiscoördinator zorg', phone: '06-50000002' },
        ],
        externalHelp: [
          {
            kind: 'supplier',
            name: 'EPD-leverancier (storingslijn)',
            phone: '0800-7000700',
            reference: 'Klantnummer ZN-1182',
          },
          { kind: 'csirt', name: 'Z-CERT', phone: '088-8000800' },
          { kind: 'authority', name: 'Meldkamer ambulancezorg', phone: '050-9000900' },
        ],
        workarounds:
          'Alleen-lezen kopie van het EPD (noodkopie van vannacht) op de losse noodcomputer; medicatieoverzicht uit de apotheek.',
        manualFallback:
          'Papieren opname-, medicatie- en aanvraagformulieren uit de noodkast. Uitslagen van het lab per telefoon. Na herstel alles overtypen.',
        recoverySteps: [
          { title: 'Noodkast open, papieren werkwijze starten', owner: 'Crisiscoördinator zorg', targetHours: 1 },
          {
            title: 'Ambulances omleiden als de drukte te groot wordt',
            owner: 'Crisiscoördinator zorg',
            targetHours: 2,
          },
          { title: 'EPD terugzetten uit een schone back-up', owner: 'Manager ICT', targetHours: 24 },
          { title: 'Papieren gegevens in het EPD zetten en controleren', owner: 'Afdelingssecretariaat' },
        ],
        communication: [
          {
            audience: 'staff',
            subject: 'EPD uit: werk op papier',
            body: 'Het EPD werkt niet. Gebruik de papieren formulieren uit de noodkast. Nieuwe informatie volgt om het hele uur.',
          },
          {
            audience: 'recipients',
            subject: 'Langere wachttijd spoedeisende hulp',
            body: 'Door een storing kan het langer duren. Spoedzorg gaat door.',
          },
        ],
        deactivation: 'Als het EPD weer werkt en de papieren gegevens zijn ingevoerd en gecontroleerd.',
      },
    },
    crisisProtocol('Ziekenhuis Noorderlicht', { name: 'Z-CERT', phone: '088-8000800' }),
  ],
};

export const seedDemoOrgContinuityPlans = defineUseCase({
  actions: ['continuity-plan.created', 'continuity-plan.approved'],
  async run({ trx, now, record, unchanged }, _ctx: Actor, { orgName }: { orgName: string }): Promise<boolean> {
    const org = await findOrganisationByName(trx, orgName);
    const plans = DEMO_PLANS[orgName];
    if (!org || !plans || (await listPlans(trx, org.id)).length > 0) {
      unchanged();
      return false;
    }
    const nextReviewOn = defaultPlanReview(dutchDate(now));
    for (const p of plans) {
      const service = p.service ? await findAssetByName(trx, org.id, 'service', p.service) : undefined;
      if (p.kind === 'continuity' && !service) continue;
      const plan = await insertPlan(trx, {
        org_id: org.id,
        kind: p.kind,
        service_id: service?.id ?? null,
        title: p.title,
        incident_response_plan: p.incidentResponsePlan ?? false,
      });
      await insertPlanVersion(trx, {
        org_id: org.id,
        plan_id: plan.id,
        version: 1,
        content: PlanContentSchema.parse(p.content),
        change_note: 'Demogegevens',
        created_by_name: 'Demogegevens',
        created_at: now,
      });
      await record(
        'continuity-plan.created',
        { orgId: org.id, subjectType: 'continuity-plan', subjectId: plan.id, details: { reason: 'demo seed' } },
        { planId: plan.id, version: 1 },
      );
      // A demo approval names the seed, not a person: nobody approved it.
      await approveDraftVersion(trx, org.id, plan.id, 1, {
        approved_by: null,
        approved_by_name: 'Demogegevens',
        approved_at: now,
        next_review_on: nextReviewOn,
      });
      await record(
        'continuity-plan.approved',
        { orgId: org.id, subjectType: 'continuity-plan', subjectId: plan.id, details: { reason: 'demo seed' } },
        { planId: plan.id, version: 1, nextReviewOn },
      );
    }
    return true;
  },
});

/** Seeds the demo plans of the water company and the hospital; call after the demo assets. */
export async function seedDemoContinuityPlans(deps: Deps): Promise<void> {
  for (const orgName of Object.keys(DEMO_PLANS)) await seedDemoOrgContinuityPlans(deps, SYSTEM_ACTOR, { orgName });
}

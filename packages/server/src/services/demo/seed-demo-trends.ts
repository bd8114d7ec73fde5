// Demo data for the authority's trends (issue 15 item 1): fourteen fictitious entities in seven sectors
// register and report incidents to the demo authority over the last six months, through the authority's
// own intake (receiveSubmissions: audited, numbered, indexed by the inbox and the trends subscribers), so
// the dashboard says something on `npm start`. The spread is made up but plausible: most early warnings on
// time, some notifications late, some final reports missing, a few incidents with cross-border impact.
// Deterministic (ids from a hash), so seeding twice changes nothing. Then the last whole quarter's report
// is published as a trend article (seed-demo-quarterly-report.ts).
import { createHash } from 'node:crypto';
import type { SubmissionEnvelope, SubmissionKind } from '@weerbaar/core/delivery';
import { parseSubmissionPayload } from '@weerbaar/core/submissions';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import { demoEmail, type DemoOrg } from './seed-demo-organisation.ts';
import { payloadDigestOf } from '../delivery/enqueue-submission.ts';
import { loadSigningKey } from '../delivery/receipt-signing.ts';
import { receiveSubmissions } from '../delivery/receive-submissions.ts';
import { seedDemoQuarterlyReport } from './seed-demo-quarterly-report.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A uuid (v4 layout) from a name: the same demo data gets the same ids. */
export function demoUuid(name: string): string {
  const h = createHash('sha256').update(`weerbaar-demo-trends:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface DemoSender {
  orgId: string;
  name: string;
  kvkNumber: string;
  sector: string;
  entityTypeId: string;
  classification: 'essential' | 'important';
  criticalEntity: boolean;
}

const SENDERS: readonly Omit<DemoSender, 'orgId' | 'kvkNumber'>[] = [
  {
    name: 'Ziekenhuis Oostergo',
    sector: 'Health',
    entityTypeId: 'I.5.1',
    classification: 'essential',
    criticalEntity: true,
  },
  {
    name: 'Zorggroep Westhoek',
    sector: 'Health',
    entityTypeId: 'I.5.1',
    classification: 'essential',
    criticalEntity: false,
  },
  {
    name: 'Medisch Centrum Dijkzicht',
    sector: 'Health',
    entityTypeId: 'I.5.1',
    classification: 'essential',
    criticalEntity: false,
  },
  {
    name: 'Kliniek De Linde',
    sector: 'Health',
    entityTypeId: 'I.5.1',
    classification: 'important',
    criticalEntity: false,
  },
  {
    name: 'Netbeheer Polderstroom',
    sector: 'Energy',
    entityTypeId: 'I.1.a.1',
    classification: 'essential',
    criticalEntity: true,
  },
  {
    name: 'Energie Noordkust',
    sector: 'Energy',
    entityTypeId: 'I.1.a.1',
    classification: 'essential',
    criticalEntity: false,
  },
  {
    name: 'Warmtenet Rivierstad',
    sector: 'Energy',
    entityTypeId: 'I.1.a.1',
    classification: 'important',
    criticalEntity: false,
  },
  {
    name: 'Drinkwater Heuvelland',
    sector: 'Drinking water',
    entityTypeId: 'I.6.1',
    classification: 'essential',
    criticalEntity: true,
  },
  {
    name: 'Waterleiding Kustzone',
    sector: 'Drinking water',
    entityTypeId: 'I.6.1',
    classification: 'essential',
    criticalEntity: false,
  },
  {
    name: 'Havenbedrijf Zuidmond',
    sector: 'Transport',
    entityTypeId: 'I.2.a.1',
    classification: 'essential',
    criticalEntity: true,
  },
  {
    name: 'Spoorlogistiek Midden',
    sector: 'Transport',
    entityTypeId: 'I.2.a.1',
    classification: 'important',
    criticalEntity: false,
  },
  {
    name: 'Datacentrum Lage Landen',
    sector: 'Digital infrastructure',
    entityTypeId: 'I.8.1',
    classification: 'essential',
    criticalEntity: false,
  },
  {
    name: 'Hostingpartner Delta',
    sector: 'ICT service management (business-to-business)',
    entityTypeId: 'I.9.1',
    classification: 'essential',
    criticalEntity: false,
  },
  {
    name: 'Ministerie van Demo-zaken',
    sector: 'Public administration',
    entityTypeId: 'I.10.1',
    classification: 'essential',
    criticalEntity: false,
  },
];

export const DEMO_TREND_SENDERS: readonly DemoSender[] = SENDERS.map((s, i) => ({
  ...s,
  orgId: demoUuid(`sender:${s.name}`),
  kvkNumber: String(91_000_000 + i),
}));

const CATEGORIES = [
  'ransomware',
  'phishing',
  'denial_of_service',
  'unauthorised_access',
  'vulnerability_exploitation',
  'technical_failure',
  'supplier_incident',
  'malware',
] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const CONTACT = { name: 'Demo CISO', email: 'ciso@demo-entiteit.example', phone: '+31 20 555 0100' };

/** A small deterministic generator (the same demo every time). */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31), s / 2 ** 31);
}

function envelope(sender: DemoSender, kind: SubmissionKind, id: string, at: Date, payload: Record<string, unknown>) {
  return {
    id,
    kind,
    submittedAt: at.toISOString(),
    sender: { orgId: sender.orgId, name: sender.name, kvkNumber: sender.kvkNumber },
    payload,
    payloadDigest: payloadDigestOf(payload),
    auditHash: createHash('sha256').update(id).digest('hex'),
  } satisfies SubmissionEnvelope;
}

export function registrationEnvelope(sender: DemoSender, at: Date) {
  const payload = {
    name: sender.name,
    kvkNumber: sender.kvkNumber,
    addresses: [
      {
        type: 'main',
        street: 'Demostraat',
        houseNumber: '1',
        postcode: '1000AA',
        city: 'Demodorp',
        province: 'utrecht',
      },
    ],
    contacts: [{ role: 'security', name: CONTACT.name, email: CONTACT.email, phone: CONTACT.phone }],
    entityTypes: [sender.entityTypeId],
    memberStates: ['NL'],
    publicIpRanges: [],
    infoSharingArrangements: [],
    classification: { eu: sender.classification, nl: sender.classification },
  };
  return envelope(sender, 'registration', demoUuid(`registration:${sender.name}`), at, payload);
}

export interface DemoIncident {
  key: string;
  sender: DemoSender;
  category: (typeof CATEGORIES)[number];
  severity: (typeof SEVERITIES)[number];
  awareAt: Date;
  crossBorder: 'yes' | 'no' | 'unknown';
  memberStates: string[];
}

/** The demo's coded root cause per category (core incidents/report-root-cause.ts), for the trends. */
const DEMO_ROOT_CAUSE: Record<string, string> = {
  ransomware: 'ransomware',
  phishing: 'phishing',
  vulnerability_exploitation: 'vulnerability_exploited',
  misconfiguration: 'misconfiguration',
  technical_failure: 'human_error',
  supplier_incident: 'supplier_failure',
  natural_hazard: 'physical_natural',
  physical_attack: 'physical_natural',
};

/** One report of an incident's chain (NIS2 Art. 23(4); content schema version 2). */
export function incidentReportEnvelope(
  incident: DemoIncident,
  stage: 'early_warning' | 'notification' | 'final_report',
  at: Date,
) {
  const content =
    stage === 'early_warning'
      ? {
          suspectedUnlawfulOrMalicious: incident.category === 'technical_failure' ? 'no' : 'yes',
          crossBorderImpactPossible: incident.crossBorder,
          contact: CONTACT,
          summary: null,
          suspectedStartAt: null,
        }
      : stage === 'notification'
        ? {
            suspectedUnlawfulOrMalicious: incident.category === 'technical_failure' ? 'no' : 'yes',
            crossBorderImpactPossible: incident.crossBorder,
            contact: CONTACT,
            initialAssessment: {
              severity: incident.severity,
              impact: 'Verstoring van een deel van de dienstverlening.',
            },
            indicatorsOfCompromise: [],
            crossBorderInformation: incident.crossBorder === 'yes' ? 'Ook afnemers buiten Nederland merken het.' : null,
            crossBorderInformationNoneAvailable: incident.crossBorder === 'yes' ? undefined : true,
            ...(incident.memberStates.length > 0 ? { memberStatesAffected: incident.memberStates } : {}),
          }
        : {
            description: 'Het incident is onderzocht en afgehandeld.',
            severity: incident.severity,
            impact: 'Tijdelijke verstoring; geen blijvende schade.',
            threatTypeOrRootCause: 'Zie incidentcategorie.',
            rootCauseCode: DEMO_ROOT_CAUSE[incident.category] ?? 'other',
            mitigationMeasures: { applied: 'Systemen hersteld en wachtwoorden vervangen.', ongoing: null },
            crossBorderImpact: incident.crossBorder === 'yes' ? 'Afnemers in buurlanden merkten de verstoring.' : null,
            ...(incident.memberStates.length > 0 ? { memberStatesAffected: incident.memberStates } : {}),
          };
  const { sender } = incident;
  const id = demoUuid(`report:${incident.key}:${stage}`);
  const payload = {
    schemaVersion: '2',
    reportId: id,
    stage,
    version: 1,
    supersedesReportId: null,
    submittedAt: at.toISOString(),
    sender: {
      organisationName: sender.name,
      kvkNumber: sender.kvkNumber,
      sector: sender.sector,
      entityType: 'other',
      trustServiceProvider: false,
      criticalEntity: sender.criticalEntity,
    },
    incident: {
      id: demoUuid(`incident:${incident.key}`),
      reference: `INC-${incident.key}`,
      title: `Demo-incident ${incident.key}`,
      category: incident.category,
      detectedAt: incident.awareAt.toISOString(),
      awareAt: incident.awareAt.toISOString(),
      startedAt: null,
      significance: { outcome: 'significant', criteriaMet: [] },
    },
    content: JSON.parse(JSON.stringify(content)) as Record<string, unknown>,
    auditHash: createHash('sha256').update(id).digest('hex'),
  };
  return envelope(sender, 'incident-report', id, at, payload);
}

export interface TimedEnvelope {
  at: Date;
  envelope: ReturnType<typeof envelope>;
}

/**
 * The demo's submissions up to `now`: registrations some months back, then about 120 incidents over the
 * last six months, each with an early warning, most with a notification and, after a month, a final report.
 */
export function demoTrendSubmissions(now: Date, incidents = 120): TimedEnvelope[] {
  const rnd = random(2026);
  const out: TimedEnvelope[] = DEMO_TREND_SENDERS.map((s, i) => ({
    at: new Date(now.getTime() - (220 - i) * DAY),
    envelope: registrationEnvelope(s, new Date(now.getTime() - (220 - i) * DAY)),
  }));
  for (let i = 0; i < incidents; i++) {
    const sender = DEMO_TREND_SENDERS[Math.floor(rnd() * DEMO_TREND_SENDERS.length)]!;
    const awareAt = new Date(now.getTime() - Math.floor(rnd() * 180 * DAY) - 2 * HOUR);
    const cross = rnd();
    const incident: DemoIncident = {
      key: `T${String(i + 1).padStart(3, '0')}`,
      sender,
      category: CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!,
      severity: SEVERITIES[Math.min(3, Math.floor(rnd() * rnd() * 5))]!,
      awareAt,
      crossBorder: cross < 0.12 ? 'yes' : cross < 0.25 ? 'unknown' : 'no',
      memberStates: cross < 0.06 ? ['BE', 'DE'] : [],
    };
    // Early warning: mostly within the 24 h (NIS2 Art. 23(4)(a)), sometimes late.
    const ewAt = new Date(awareAt.getTime() + (rnd() < 0.85 ? 2 + rnd() * 18 : 25 + rnd() * 30) * HOUR);
    const chain: TimedEnvelope[] = [{ at: ewAt, envelope: incidentReportEnvelope(incident, 'early_warning', ewAt) }];
    // Notification: within 72 h (Art. 23(4)(b)) mostly; 8 % never sent.
    const notifyRoll = rnd();
    if (notifyRoll > 0.08) {
      const at = new Date(awareAt.getTime() + (notifyRoll < 0.8 ? 30 + rnd() * 40 : 75 + rnd() * 48) * HOUR);
      chain.push({ at, envelope: incidentReportEnvelope(incident, 'notification', at) });
      // Final report: one month after the notification (Art. 23(4)(d)); some late, some missing.
      const finalRoll = rnd();
      if (finalRoll > 0.2) {
        const at2 = new Date(at.getTime() + (finalRoll < 0.85 ? 20 + rnd() * 9 : 32 + rnd() * 10) * DAY);
        chain.push({ at: at2, envelope: incidentReportEnvelope(incident, 'final_report', at2) });
      }
    }
    out.push(...chain.filter((c) => c.at.getTime() <= now.getTime()));
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Receives the submissions through the authority's intake, each at its own time (the clock of the use case
 * is the receipt time). Already received ids are repeats and change nothing.
 */
export async function receiveAt(deps: Deps, ctx: OrgActor, submissions: readonly TimedEnvelope[]): Promise<void> {
  const signingKey = await loadSigningKey(deps, { actor: ctx.actor, orgId: ctx.orgId });
  for (const { at, envelope: e } of submissions) {
    const parsed = parseSubmissionPayload(e.kind, e.payload, 'payload');
    if (!parsed.ok) throw new Error(`demo ${e.kind} ${e.id} is invalid: ${JSON.stringify(parsed.invalidParams)}`);
    await receiveSubmissions({ ...deps, clock: { now: () => at } }, ctx, [
      { ctx, envelope: e, payload: parsed.payload, signingKey },
    ]);
  }
}

/** Seeds the demo authority's received registrations and reports (skips when it already has them). */
export async function seedDemoTrends(deps: Deps, demo: DemoOrg): Promise<void> {
  const authority = await findOrganisationByName(deps.db, demo.name);
  if (!authority) return;
  const email = demoEmail('owner', demo.domain);
  const user = await findUserByEmail(deps.db, email);
  if (!user) return;
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
  await receiveAt(deps, ctx, demoTrendSubmissions(deps.clock.now()));
  await seedDemoQuarterlyReport(deps, ctx);
}

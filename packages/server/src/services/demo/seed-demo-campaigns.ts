// Demo data for campaigns across entities (issue 15 item 2): the hospital and the water company each send
// a voluntary notification (NIS2 Art. 30; Cbw art. 33) about the suspicious activity they saw today, naming
// the same source IP. Delivered through the outbox like every report, the authority's intake indexes both
// and the analyst sees one campaign of two organisations (besides the older ransomware IP all three demo
// entities named in their notifications). Idempotent: an incident that already has its voluntary
// notification gets none again.
import { ReportSubmissionSchema } from '@weerbaar/core/incidents';
import { findIncidentByExternalId } from '../../repositories/incident.repository.ts';
import { listIncidentReports } from '../../repositories/incident-report.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail } from '../../repositories/user.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { submitIncidentReport } from '../incidents/submit-incident-report.ts';

/** The source both organisations saw (a documentation address, RFC 5737). */
export const DEMO_CAMPAIGN_IP = '192.0.2.44';

const NOTICES = [
  {
    organisation: 'Ziekenhuis Noorderlicht',
    domain: 'ziekenhuis.example',
    incidentKey: 'demo-zn-phishing',
    subject: 'cyber_threat',
    description: `Honderden mislukte inlogpogingen op de webmail van het personeel, allemaal vanaf ${DEMO_CAMPAIGN_IP}.`,
    contact: { name: 'Fenna Bakker', email: 'ciso@ziekenhuis.example', phone: '+31 50 123 4567' },
  },
  {
    organisation: 'Waterbedrijf Lage Landen',
    domain: 'water.example',
    incidentKey: 'demo-wl-scan',
    subject: 'near_miss',
    description: `Een poortscan op het netwerk van de zuiveringsinstallatie vanaf ${DEMO_CAMPAIGN_IP}; de firewall hield die tegen.`,
    contact: { name: 'Daan Visser', email: 'ciso@water.example', phone: '+31 10 246 8100' },
  },
] as const;

export async function seedDemoCampaigns(deps: Deps): Promise<void> {
  for (const notice of NOTICES) {
    const org = await findOrganisationByName(deps.db, notice.organisation);
    const email = `incident-handler@${notice.domain}`;
    const user = await findUserByEmail(deps.db, email);
    if (!org || !user) continue;
    const incident = await findIncidentByExternalId(deps.db, org.id, notice.incidentKey);
    if (!incident) continue;
    const reports = await listIncidentReports(deps.db, org.id, incident.id);
    if (reports.some((r) => r.stage === 'voluntary_notification')) continue;
    const ctx: OrgActor = {
      actor: {
        type: 'user',
        userId: user.id,
        label: email,
        sessionId: 'demo-seed',
        orgId: org.id,
        role: 'incident-handler',
        orgKind: 'entity',
      },
      orgId: org.id,
      role: 'incident-handler',
      orgKind: 'entity',
    };
    await submitIncidentReport(deps, ctx, {
      incidentId: incident.id,
      report: ReportSubmissionSchema.parse({
        stage: 'voluntary_notification',
        content: {
          subject: notice.subject,
          description: notice.description,
          suspectedUnlawfulOrMalicious: 'yes',
          crossBorderImpactPossible: 'unknown',
          indicatorsOfCompromise: [{ type: 'ipv4', value: DEMO_CAMPAIGN_IP, description: 'Bron van de aanval' }],
          contact: notice.contact,
        },
      }),
    });
  }
}

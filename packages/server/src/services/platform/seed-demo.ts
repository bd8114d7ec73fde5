import type { OrgKind, Role } from '@weerbaar/core/platform';
import { upsertMembership } from '../../repositories/membership.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { findUserByEmail, insertUser } from '../../repositories/user.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { createOrganisationWithOwner } from '../accounts/organisation.service.ts';
import { hashPassword } from '../accounts/secrets.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { seedDemoDelivery } from '../delivery/seed-demo-delivery.ts';
import type { Deps } from '../../kernel/deps.ts';

// Demo data only: fictional organisations on the reserved .example domain.
export const DEMO_PASSWORD = 'weerbaar-demo-2026';

interface DemoOrg {
  kind: OrgKind;
  name: string;
  kvkNumber: string;
  sector: string;
  domain: string;
  roles: Role[];
}

export const DEMO_ORGS: DemoOrg[] = [
  {
    kind: 'authority',
    name: 'Demo-autoriteit Cyberbeveiliging',
    kvkNumber: '90000001',
    sector: 'public-administration',
    domain: 'autoriteit.example',
    roles: ['owner', 'admin', 'analyst', 'auditor'],
  },
  {
    kind: 'entity',
    name: 'Ziekenhuis Noorderlicht',
    kvkNumber: '90000002',
    sector: 'health',
    domain: 'ziekenhuis.example',
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'],
  },
  {
    kind: 'entity',
    name: 'Gemeente Weerdam',
    kvkNumber: '90000003',
    sector: 'public-administration',
    domain: 'gemeente.example',
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'],
  },
  {
    kind: 'entity',
    name: 'Waterbedrijf Lage Landen',
    kvkNumber: '90000004',
    sector: 'drinking-water',
    domain: 'water.example',
    roles: ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'],
  },
];

export const demoEmail = (role: Role, domain: string) => `${role}@${domain}`;

export interface SeedResult {
  created: boolean;
  logins: { organisation: string; role: Role; email: string }[];
}

/** Idempotent: an existing demo organisation is left as it is. */
/** `publicUrl`: where this installation's authority is reached (the demo entities deliver there). */
export async function seedDemo(deps: Deps, publicUrl: string): Promise<SeedResult> {
  const { db } = deps;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: SeedResult['logins'] = [];
  let created = false;
  for (const demo of DEMO_ORGS) {
    for (const role of demo.roles) logins.push({ organisation: demo.name, role, email: demoEmail(role, demo.domain) });
    if (await findOrganisationByName(db, demo.name)) continue;
    created = true;
    const { org } = await createOrganisationWithOwner(db, {
      kind: demo.kind,
      name: demo.name,
      kvkNumber: demo.kvkNumber,
      sector: demo.sector,
      owner: { email: demoEmail('owner', demo.domain), name: `Eigenaar ${demo.name}`, password: DEMO_PASSWORD },
    });
    await db.transaction().execute(async (trx) => {
      for (const role of demo.roles.filter((r) => r !== 'owner')) {
        const email = demoEmail(role, demo.domain);
        const user =
          (await findUserByEmail(trx, email)) ??
          (await insertUser(trx, { email, name: `${role} ${demo.name}`, password_hash: passwordHash }));
        await upsertMembership(trx, org.id, user.id, role);
        await recordAuditEvent(trx, SYSTEM_ACTOR, {
          orgId: org.id,
          action: 'member.added',
          subjectType: 'member',
          subjectId: user.id,
          after: { role },
          details: { reason: 'demo seed' },
        });
      }
    });
  }
  await seedDemoDelivery(deps, DEMO_ORGS, publicUrl);
  return { created, logins };
}

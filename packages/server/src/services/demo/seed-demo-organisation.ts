import type { OrgKind, Role } from '@weerbaar/core/platform';
import { upsertMembership } from '../../repositories/membership.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { markMfaExempt } from '../../repositories/user.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { findOrCreateUser, insertOrganisationWithOwner } from '../accounts/create-organisation.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

// Demo data only: fictional organisations on the reserved .example domain.
export const DEMO_PASSWORD = 'weerbaar-demo-2026';

export interface DemoOrg {
  kind: OrgKind;
  name: string;
  kvkNumber: string;
  sector: string;
  domain: string;
  roles: Role[];
}

export const demoEmail = (role: Role, domain: string) => `${role}@${domain}`;

/**
 * One demo organisation with a user per role, all or nothing: a seed that fails half-way leaves no
 * organisation without its members (which a rerun, skipping existing names, would never repair).
 * An existing organisation of that name is left as it is. Returns whether it created the organisation.
 */
export const seedDemoOrganisation = defineUseCase({
  actions: ['organisation.created', 'member.added'],
  async run(scope, _ctx: Actor, { demo, passwordHash }: { demo: DemoOrg; passwordHash: string }): Promise<boolean> {
    const { trx, recordAll, unchanged } = scope;
    if (await findOrganisationByName(trx, demo.name)) {
      unchanged();
      return false;
    }
    const { org, ownerId } = await insertOrganisationWithOwner(
      scope,
      {
        kind: demo.kind,
        name: demo.name,
        kvkNumber: demo.kvkNumber,
        sector: demo.sector,
        owner: { email: demoEmail('owner', demo.domain), name: `Eigenaar ${demo.name}`, password: DEMO_PASSWORD },
      },
      passwordHash,
    );
    const members: { userId: string; role: Role }[] = [];
    for (const role of demo.roles.filter((r) => r !== 'owner')) {
      const user = await findOrCreateUser(trx, demoEmail(role, demo.domain), `${role} ${demo.name}`, passwordHash);
      await upsertMembership(trx, org.id, user.id, role);
      members.push({ userId: user.id, role });
    }
    // Demo accounts (fictional, .example) sign in with the printed password only: exempt from the MFA
    // requirement for owners, admins and the authority (core/platform/mfa.ts; docs/OPERATIONS.md).
    await markMfaExempt(trx, [ownerId, ...members.map((m) => m.userId)]);
    await recordAll(
      'member.added',
      members.map(({ userId, role }) => ({
        facts: {
          orgId: org.id,
          subjectType: 'member',
          subjectId: userId,
          after: { role },
          details: { reason: 'demo seed' },
        },
        data: { userId, role },
      })),
    );
    return true;
  },
});

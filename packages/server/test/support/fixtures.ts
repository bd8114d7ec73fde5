import type { OrgKind, Role } from '@weerbaar/core/platform';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import { upsertMembership } from '../../src/repositories/membership.repository.ts';
import { insertUser, markMfaExempt } from '../../src/repositories/user.repository.ts';
import { createOrganisationWithOwner } from '../../src/services/accounts/create-organisation.ts';
import { hashPassword } from '../../src/services/accounts/secrets.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { TestClient, testDeps } from './test-client.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestOrg {
  id: string;
  name: string;
  kind: OrgKind;
  /** e-mail address per role */
  users: Partial<Record<Role, { id: string; email: string }>>;
}

/**
 * An organisation with one user per given role, all with TEST_PASSWORD. Like the demo accounts they are
 * exempt from the MFA requirement (core/platform/mfa.ts) unless `mfaExempt: false`: the tests of MFA
 * enforcement ask for that; the tests of other modules need not enrol a second factor first.
 */
export async function createTestOrg(
  db: Db,
  name: string,
  kind: OrgKind,
  roles: Role[],
  { mfaExempt = true }: { mfaExempt?: boolean } = {},
): Promise<TestOrg> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const ownerEmail = `owner@${slug}.test`;
  const { org, ownerId } = await createOrganisationWithOwner(testDeps(db), SYSTEM_ACTOR, {
    kind,
    name,
    owner: { email: ownerEmail, name: `Owner ${name}`, password: TEST_PASSWORD },
  });
  const users: TestOrg['users'] = { owner: { id: ownerId, email: ownerEmail } };
  for (const role of roles.filter((r) => r !== 'owner')) {
    const email = `${role}@${slug}.test`;
    const user = await insertUser(db, { email, name: `${role} ${name}`, password_hash: await passwordHash });
    await upsertMembership(db, org.id, user.id, role);
    users[role] = { id: user.id, email };
  }
  if (mfaExempt)
    await markMfaExempt(
      db,
      Object.values(users).map((u) => u.id),
    );
  return { id: org.id, name, kind, users };
}

/** A browser-like client signed in as the org's user with that role. */
export async function signedIn(app: FastifyInstance, org: TestOrg, role: keyof TestOrg['users']): Promise<TestClient> {
  const c = new TestClient(app);
  const res = await c.logIn(org.users[role]!.email, TEST_PASSWORD);
  expect(res.statusCode, `login ${role}@${org.name}`).toBe(201);
  return c;
}

/** The rows of an organisation in a table. */
export async function countRows(db: Db, table: string, orgId: string): Promise<number> {
  const result = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE org_id = ${orgId}`.execute(db);
  return Number(result.rows[0]!.n);
}

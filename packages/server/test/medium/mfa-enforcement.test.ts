import { generateSync } from 'otplib';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// MFA where the law expects it (NIS2 art. 21(2)(j); core/platform/mfa.ts): owners, admins and the
// authority must enrol before they act in the organisation; an organisation may require it of everyone.
// These organisations are created without the test fixtures' exemption.

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;
let strict: TestOrg;
let authority: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const real = { mfaExempt: false };
  entity = await createTestOrg(t.db, 'MFA Zorg BV', 'entity', ['owner', 'admin', 'incident-handler'], real);
  strict = await createTestOrg(t.db, 'MFA Streng BV', 'entity', ['owner', 'incident-handler'], real);
  authority = await createTestOrg(t.db, 'MFA Toezicht', 'authority', ['owner', 'analyst'], real);
});

/** Enrols TOTP for the signed-in person through the profile routes; returns the secret. */
async function enrol(c: TestClient): Promise<string> {
  const { secret } = (await c.post('/api/v1/users/me/mfa')).json();
  const activation = await c.post('/api/v1/users/me/mfa/activation', { code: generateSync({ secret }) });
  expect(activation.statusCode, activation.body).toBe(201);
  expect(activation.json().recoveryCodes.length).toBeGreaterThan(0);
  return secret;
}

async function expectBlocked(c: TestClient, url = '/api/v1/organisations/current') {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(403);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ code: 'mfa_enrolment_required', status: 403 });
}

describe('an owner without MFA', () => {
  it('is refused every organisation route with 403 mfa_enrolment_required, but can enrol and then work', async () => {
    const owner = await signedIn(app, entity, 'owner');
    const session = (await owner.get('/api/v1/sessions/current')).json();
    expect(session).toMatchObject({ activeOrgId: entity.id, mfaEnrolmentRequired: true });
    await expectBlocked(owner);
    await expectBlocked(owner, '/api/v1/members');
    expect((await owner.patch('/api/v1/organisations/current', { name: 'X' })).json().code).toBe(
      'mfa_enrolment_required',
    );
    // The profile, the session and switching stay open: enrolling is possible.
    expect((await owner.get('/api/v1/users/me')).statusCode).toBe(200);
    await enrol(owner);
    expect((await owner.get('/api/v1/sessions/current')).json().mfaEnrolmentRequired).toBe(false);
    expect((await owner.get('/api/v1/organisations/current')).statusCode).toBe(200);
  });

  it('an admin is held to the same rule; signing out stays possible', async () => {
    const admin = await signedIn(app, entity, 'admin');
    await expectBlocked(admin);
    expect((await admin.delete('/api/v1/sessions/current')).statusCode).toBe(204);
  });
});

describe('members of an organisation', () => {
  it('an incident handler is not blocked where the organisation does not require MFA for all', async () => {
    const handler = await signedIn(app, entity, 'incident-handler');
    expect((await handler.get('/api/v1/sessions/current')).json().mfaEnrolmentRequired).toBe(false);
    expect((await handler.get('/api/v1/organisations/current')).statusCode).toBe(200);
  });

  it('with requireMfaForAll on, the incident handler must enrol too; only an owner or admin sets it, audited', async () => {
    const handler = await signedIn(app, strict, 'incident-handler');
    expect((await handler.patch('/api/v1/organisations/current', { requireMfaForAll: true })).statusCode).toBe(403);
    const owner = await signedIn(app, strict, 'owner');
    await enrol(owner);
    const set = await owner.patch('/api/v1/organisations/current', { requireMfaForAll: true });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().requireMfaForAll).toBe(true);
    const audited = await t.db
      .selectFrom('audit_events')
      .select(['actor_id', 'before_digest', 'after_digest'])
      .where('org_id', '=', strict.id)
      .where('action', '=', 'organisation.updated')
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actor_id).toBe(strict.users.owner!.id);
    expect(audited[0]!.before_digest).not.toBe(audited[0]!.after_digest);

    // Already signed in: the next request is refused.
    await expectBlocked(handler);
    expect((await handler.get('/api/v1/sessions/current')).json().mfaEnrolmentRequired).toBe(true);
    await enrol(handler);
    expect((await handler.get('/api/v1/organisations/current')).statusCode).toBe(200);
  });
});

describe('the authority', () => {
  it('blocks an analyst without MFA', async () => {
    const analyst = await signedIn(app, authority, 'analyst');
    expect((await analyst.get('/api/v1/sessions/current')).json().mfaEnrolmentRequired).toBe(true);
    await expectBlocked(analyst);
  });
});

describe('machines', () => {
  it('an API token of the organisation is not blocked (the rule is for people)', async () => {
    const org = await createTestOrg(t.db, 'MFA Token BV', 'entity', ['owner'], { mfaExempt: false });
    const owner = new TestClient(app);
    await owner.logIn(org.users.owner!.email, TEST_PASSWORD);
    await enrol(owner);
    const created = await owner.post('/api/v1/api-tokens', { name: 'SIEM', role: 'admin' });
    expect(created.statusCode, created.body).toBe(201);
    const machine = new TestClient(app, created.json().token);
    expect((await machine.get('/api/v1/organisations/current')).statusCode).toBe(200);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateUser } from '../../src/repositories/user.repository.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { MFA_ACR, startTestProvider, type TestPerson, type TestProvider } from '../support/oidc-provider.ts';
import { buildTestApp, TestClient, testConfig } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Sign-in through the organisation's own OpenID Connect provider, against a real provider (oidc-provider)
// on loopback: just-in-time membership, MFA left to the provider only when it asserts it and the owner
// trusts it, and every refusal (domain, unverified address, state, another organisation's account).

const t = useTestDatabase();
const REDIRECT_URI = `${testConfig().publicUrl}/api/v1/sso/callback`;
let app: FastifyInstance;
let idp: TestProvider;
let orgA: TestOrg;
let orgB: TestOrg;
let ownerA: TestClient;

function settings(client: { clientId: string; clientSecret: string }, overrides: Record<string, unknown> = {}) {
  return {
    enabled: true,
    issuer: idp.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    allowedDomains: ['ziekenhuis-a.nl', 'gedeeld.nl', 'sso-a.test'],
    joinRole: 'incident-handler',
    trustProviderMfa: true,
    mfaAcrValues: [MFA_ACR],
    ...overrides,
  };
}

/** A browser that starts at Weerbaar, "logs in" at the provider as person, and comes back. */
async function signInVia(
  which: string,
  person: TestPerson,
  options: { tamper?: (back: URL) => void; accept?: string } = {},
) {
  const browser = new TestClient(app);
  const start = await browser.get(`/api/v1/sso/${encodeURIComponent(which)}/start`);
  expect(start.statusCode, start.body).toBe(302);
  idp.signInAs(person);
  const back = await idp.authorize(start.headers.location as string, REDIRECT_URI);
  options.tamper?.(back);
  const res = await browser.request('GET', back.pathname + back.search, undefined, {
    accept: options.accept ?? 'application/json',
  });
  return { browser, res };
}

async function membershipsOf(email: string) {
  return t.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.org_id', 'memberships.role'])
    .where('users.email', '=', email)
    .execute();
}

beforeAll(async () => {
  idp = await startTestProvider();
  app = await buildTestApp(t.db);
  orgA = await createTestOrg(t.db, 'SSO A', 'entity', ['owner', 'admin', 'risk-manager']);
  orgB = await createTestOrg(t.db, 'SSO B', 'entity', ['owner', 'risk-manager']);
  ownerA = await signedIn(app, orgA, 'owner');
  const saved = await ownerA.put('/api/v1/sso-config', settings(idp.client(REDIRECT_URI)));
  expect(saved.statusCode, saved.body).toBe(200);
});

afterAll(async () => {
  await app?.close();
  await idp?.close();
});

describe('the settings', () => {
  it('are the owner’s: an admin may not read or change them', async () => {
    const admin = await signedIn(app, orgA, 'admin');
    expect((await admin.get('/api/v1/sso-config')).statusCode).toBe(403);
    expect((await admin.put('/api/v1/sso-config', settings(idp.client(REDIRECT_URI)))).statusCode).toBe(403);
  });

  it('never show the client secret, keep it sealed, and are audited in the organisation chain', async () => {
    const res = await ownerA.get('/api/v1/sso-config');
    expect(res.json()).toMatchObject({ enabled: true, clientSecretSet: true, redirectUri: REDIRECT_URI });
    expect(res.body).not.toMatch(/clientSecret"/);
    const row = await t.db
      .selectFrom('sso_configs')
      .selectAll()
      .where('org_id', '=', orgA.id)
      .executeTakeFirstOrThrow();
    expect(row.client_secret_ciphertext).toMatch(/^v1\./);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('org_id', '=', orgA.id)
      .where('action', '=', 'sso.configured')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuse a role of the other kind of organisation (analyst is an authority role)', async () => {
    const res = await ownerA.put('/api/v1/sso-config', settings(idp.client(REDIRECT_URI), { joinRole: 'analyst' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.joinRole', reason: expect.stringMatching(/not a role/) }),
    ]);
    expect((await ownerA.get('/api/v1/sso-config')).json().joinRole).toBe('incident-handler');
  });

  it('refuse owner as the role for new members', async () => {
    const res = await ownerA.put('/api/v1/sso-config', settings(idp.client(REDIRECT_URI), { joinRole: 'owner' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('body.joinRole');
  });
});

describe('signing in through the organisation’s provider', () => {
  it('creates a new person just in time, with the chosen role, in this organisation only', async () => {
    const email = 'anna@ziekenhuis-a.nl';
    const { browser, res } = await signInVia(orgA.id, { email, name: 'Anna de Vries' });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/');
    const session = (await browser.get('/api/v1/sessions/current')).json();
    expect(session).toMatchObject({ mfaPending: false, activeOrgId: orgA.id, user: { email, name: 'Anna de Vries' } });
    expect(await membershipsOf(email)).toEqual([{ org_id: orgA.id, role: 'incident-handler' }]);
    const user = await t.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    const added = await t.db
      .selectFrom('audit_events')
      .select(['org_id', 'details', 'actor_id'])
      .where('action', '=', 'member.added')
      .where('subject_id', '=', user.id)
      .execute();
    expect(added).toEqual([{ org_id: orgA.id, details: { via: 'sso', issuer: idp.issuer }, actor_id: user.id }]);
    // A second sign-in finds the same person and adds nothing.
    const again = await signInVia(orgA.id, { email });
    expect(again.res.statusCode).toBe(303);
    expect(await membershipsOf(email)).toHaveLength(1);
  });

  it('signs in an existing member by e-mail domain and keeps their role', async () => {
    const email = orgA.users['risk-manager']!.email;
    const { browser, res } = await signInVia('sso-a.test', { email });
    expect(res.statusCode, res.body).toBe(303);
    expect((await browser.get('/api/v1/sessions/current')).json()).toMatchObject({ mfaPending: false });
    expect(await membershipsOf(email)).toEqual([{ org_id: orgA.id, role: 'risk-manager' }]);
  });

  describe('with MFA switched on for the person', () => {
    const email = 'mfa@ziekenhuis-a.nl';
    beforeAll(async () => {
      await signInVia(orgA.id, { email });
      const user = await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      await updateUser(t.db, user.id, { mfa_enabled: true, mfa_secret: 'JBSWY3DPEHPK3PXP' });
    });

    it('leaves MFA to the provider when it asserts it (amr mfa)', async () => {
      const { browser, res } = await signInVia(orgA.id, { email, amr: ['pwd', 'mfa'] });
      expect(res.headers.location).toBe('/');
      expect((await browser.get('/api/v1/sessions/current')).json()).toMatchObject({ mfaPending: false });
    });

    it('leaves MFA to the provider when it asserts a configured acr value', async () => {
      const { res } = await signInVia(orgA.id, { email, amr: ['pwd'], acr: MFA_ACR });
      expect(res.headers.location).toBe('/');
    });

    it('asks for the second factor here when the provider does not assert one', async () => {
      const { browser, res } = await signInVia(orgA.id, { email, amr: ['pwd'], acr: 'urn:test:loa:low' });
      expect(res.headers.location).toBe('/login/mfa');
      expect((await browser.get('/api/v1/sessions/current')).json()).toMatchObject({ mfaPending: true });
      expect((await browser.get('/api/v1/overview')).statusCode).toBe(401);
    });

    it('asks for the second factor here when the owner does not trust the provider’s MFA', async () => {
      const put = await ownerA.put(
        '/api/v1/sso-config',
        settings(
          { clientId: (await ownerA.get('/api/v1/sso-config')).json().clientId, clientSecret: '' },
          {
            clientSecret: undefined,
            trustProviderMfa: false,
          },
        ),
      );
      expect(put.statusCode, put.body).toBe(200);
      try {
        const { res } = await signInVia(orgA.id, { email, amr: ['pwd', 'mfa'] });
        expect(res.headers.location).toBe('/login/mfa');
      } finally {
        const clientId = (await ownerA.get('/api/v1/sso-config')).json().clientId;
        await ownerA.put('/api/v1/sso-config', {
          ...settings({ clientId, clientSecret: '' }),
          clientSecret: undefined,
        });
      }
    });
  });
});

describe('refusals', () => {
  it('refuses an e-mail domain the organisation does not allow, and creates nobody', async () => {
    const { res } = await signInVia(orgA.id, { email: 'eve@elders.nl' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'eve@elders.nl').execute()).toEqual([]);
  });

  it('sends a browser back to the sign-in page with the reason', async () => {
    const { res } = await signInVia(orgA.id, { email: 'eve@elders.nl' }, { accept: 'text/html' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?sso=domain-not-allowed');
  });

  it('refuses an address the provider has not verified', async () => {
    const { res } = await signInVia(orgA.id, { email: 'unverified@ziekenhuis-a.nl', emailVerified: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/not verified/);
    expect(await membershipsOf('unverified@ziekenhuis-a.nl')).toEqual([]);
  });

  it("accepts Entra ID's xms_edov (domain owner verified) in place of email_verified", async () => {
    const email = 'entra@ziekenhuis-a.nl';
    const { res } = await signInVia(orgA.id, { email, emailVerified: false, extraClaims: { xms_edov: true } });
    expect(res.statusCode, res.body).toBe(303);
    expect(await membershipsOf(email)).toEqual([{ org_id: orgA.id, role: 'incident-handler' }]);
  });

  it('refuses a tampered state', async () => {
    const { res } = await signInVia(
      orgA.id,
      { email: 'tamper@ziekenhuis-a.nl' },
      {
        tamper: (back) => back.searchParams.set('state', 'forged-state'),
      },
    );
    expect(res.statusCode).toBe(400);
    expect(await membershipsOf('tamper@ziekenhuis-a.nl')).toEqual([]);
  });

  it('refuses a callback without the browser’s sign-in cookie (another browser)', async () => {
    const browser = new TestClient(app);
    const start = await browser.get(`/api/v1/sso/${orgA.id}/start`);
    idp.signInAs({ email: 'other@ziekenhuis-a.nl' });
    const back = await idp.authorize(start.headers.location as string, REDIRECT_URI);
    const stranger = new TestClient(app);
    const res = await stranger.request('GET', back.pathname + back.search);
    expect(res.statusCode).toBe(400);
    expect(await membershipsOf('other@ziekenhuis-a.nl')).toEqual([]);
  });

  it('refuses an unknown organisation and one that has not switched sign-in on', async () => {
    const browser = new TestClient(app);
    expect((await browser.get(`/api/v1/sso/${orgB.id}/start`)).statusCode).toBe(404);
    expect((await browser.get('/api/v1/sso/nergens.nl/start')).statusCode).toBe(404);
    const ownerB = await signedIn(app, orgB, 'owner');
    const off = await ownerB.put('/api/v1/sso-config', { ...settings(idp.client(REDIRECT_URI)), enabled: false });
    expect(off.statusCode, off.body).toBe(200);
    const res = await browser.get(`/api/v1/sso/${orgB.id}/start`);
    expect(res.statusCode).toBe(403);
  });
});

describe('tenant isolation', () => {
  it("A's provider never adds anyone to B, even when B allows the same domain", async () => {
    const ownerB = await signedIn(app, orgB, 'owner');
    const b = await ownerB.put('/api/v1/sso-config', {
      ...settings(idp.client(REDIRECT_URI)),
      allowedDomains: ['gedeeld.nl'],
      joinRole: 'auditor',
    });
    expect(b.statusCode, b.body).toBe(200);
    const email = 'kees@gedeeld.nl';
    const { res } = await signInVia(orgA.id, { email });
    expect(res.statusCode, res.body).toBe(303);
    expect(await membershipsOf(email)).toEqual([{ org_id: orgA.id, role: 'incident-handler' }]);
    // A domain two organisations list names neither.
    expect((await new TestClient(app).get('/api/v1/sso/gedeeld.nl/start')).statusCode).toBe(404);
  });

  it("A's provider cannot sign in a member of B (an address it asserts is not its to vouch for)", async () => {
    const email = orgB.users['risk-manager']!.email;
    const ownerA2 = await signedIn(app, orgA, 'owner');
    const clientId = (await ownerA2.get('/api/v1/sso-config')).json().clientId;
    const widened = await ownerA2.put('/api/v1/sso-config', {
      ...settings({ clientId, clientSecret: '' }),
      clientSecret: undefined,
      allowedDomains: ['ziekenhuis-a.nl', 'gedeeld.nl', 'sso-a.test', 'sso-b.test'],
    });
    expect(widened.statusCode, widened.body).toBe(200);
    const { browser, res } = await signInVia(orgA.id, { email, amr: ['mfa'] });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/another organisation/);
    expect((await browser.get('/api/v1/sessions/current')).statusCode).toBe(401);
    expect(await membershipsOf(email)).toEqual([{ org_id: orgB.id, role: 'risk-manager' }]);
  });
});

describe('MFA required for all members (NIS2 art. 21(2)(j); core/platform/mfa.ts)', () => {
  beforeAll(async () => {
    // A fresh app: the sign-ins above used up this minute's rate limit of the SSO start route.
    await app.close();
    app = await buildTestApp(t.db);
    const owner = await signedIn(app, orgA, 'owner');
    const set = await owner.patch('/api/v1/organisations/current', { requireMfaForAll: true });
    expect(set.statusCode, set.body).toBe(200);
  });

  it('a session whose provider asserted MFA satisfies the requirement', async () => {
    const { browser, res } = await signInVia(orgA.id, { email: 'piet@ziekenhuis-a.nl', amr: ['pwd', 'mfa'] });
    expect(res.statusCode, res.body).toBe(303);
    expect((await browser.get('/api/v1/sessions/current')).json()).toMatchObject({ mfaEnrolmentRequired: false });
    expect((await browser.get('/api/v1/organisations/current')).statusCode).toBe(200);
  });

  it('without the assertion the same person must enrol here first', async () => {
    const { browser, res } = await signInVia(orgA.id, { email: 'piet@ziekenhuis-a.nl', amr: ['pwd'] });
    expect(res.statusCode, res.body).toBe(303);
    expect((await browser.get('/api/v1/sessions/current')).json()).toMatchObject({ mfaEnrolmentRequired: true });
    const refused = await browser.get('/api/v1/organisations/current');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('mfa_enrolment_required');
  });
});

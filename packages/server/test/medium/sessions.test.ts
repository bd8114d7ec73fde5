import { generateSync } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { listMails } from '../../src/repositories/mail-outbox.repository.ts';
import { createTestOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Sessions BV', 'entity', ['owner', 'admin', 'auditor']);
});

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the memberships', async () => {
    const c = new TestClient(app);
    const res = await c.logIn(org.users.owner!.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/wb_session=[^;]+;.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(res.json()).toMatchObject({
      mfaPending: false,
      activeOrgId: org.id,
      memberships: [{ orgId: org.id, role: 'owner' }],
    });
    expect((await c.get('/api/v1/sessions/current')).statusCode).toBe(200);
  });

  it('refuses a wrong password with 401 problem+json and no cookie', async () => {
    const res = await new TestClient(app).logIn(org.users.admin!.email, 'wrong password!!');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('wb_session');
  });

  it('names the field when the e-mail address is malformed', async () => {
    const res = await new TestClient(app).logIn('not-an-address', 'x');
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.email' })]);
  });

  it('throttles guessing from one address: 429 with Retry-After, even for the right password, until the block ends', async () => {
    const clock = fixedClock('2026-12-07T10:00:00Z');
    const timed = await buildTestApp(t.db, { clock });
    try {
      const victim = await createTestOrg(t.db, 'Throttle BV', 'entity', ['owner']);
      const email = victim.users.owner!.email;
      const c = new TestClient(timed, undefined, '10.20.0.1');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await c.logIn(email, `wrong-${i}-password`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401]); // a person who mistypes is never blocked
      const sixth = await c.logIn(email, 'wrong-6-password');
      expect(sixth.statusCode).toBe(429);
      expect(sixth.headers['content-type']).toContain('application/problem+json');
      expect(sixth.headers['retry-after']).toBe('30');
      const right = await c.logIn(email, TEST_PASSWORD);
      expect(right.statusCode).toBe(429);
      expect(right.headers['retry-after']).toBe('30');
      clock.set('2026-12-07T10:00:31Z');
      expect((await c.logIn(email, TEST_PASSWORD)).statusCode).toBe(201);
    } finally {
      await timed.close();
    }
  });

  it('an attacker from one address cannot keep the user out from another address', async () => {
    const victim = await createTestOrg(t.db, 'Lockout BV', 'entity', ['owner']);
    const email = victim.users.owner!.email;
    const attacker = new TestClient(app, undefined, '10.21.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await attacker.logIn(email, `wrong-${i}-password`)).statusCode);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // The owner, from the office, signs in at once — the account itself was never locked.
    const owner = new TestClient(app, undefined, '10.21.0.2');
    expect((await owner.logIn(email, TEST_PASSWORD)).statusCode).toBe(201);
    expect((await owner.get('/api/v1/users/me')).statusCode).toBe(200);
  });

  it('throttles password spraying from one address across accounts, and only that address', async () => {
    const sprayer = '10.22.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (await new TestClient(app, undefined, sprayer).logIn(`spray-${i}@example.nl`, 'Zomer2026!')).statusCode,
      );
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Blocked for every account from that address, right password or not; elsewhere nothing changed.
    expect(
      (await new TestClient(app, undefined, sprayer).logIn(org.users.admin!.email, TEST_PASSWORD)).statusCode,
    ).toBe(429);
    expect(
      (await new TestClient(app, undefined, '10.22.0.2').logIn(org.users.admin!.email, TEST_PASSWORD)).statusCode,
    ).toBe(201);
  });

  it('refuses unsafe requests without the CSRF header', async () => {
    const c = new TestClient(app);
    await c.logIn(org.users.owner!.email, TEST_PASSWORD);
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      headers: { cookie: `wb_session=${c.cookie('wb_session')}; wb_csrf=${c.cookie('wb_csrf')}` },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_invalid');
    expect((await c.get('/api/v1/sessions/current')).statusCode).toBe(200);
  });

  it('refuses a forged CSRF pair: a made-up cookie with the same header, with a real session', async () => {
    const c = new TestClient(app);
    await c.logIn(org.users.owner!.email, TEST_PASSWORD);
    const forged = 'bWFkZS11cA.bWFkZS11cC1zaWduYXR1cmU';
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      headers: { cookie: `wb_session=${c.cookie('wb_session')}; wb_csrf=${forged}`, 'x-csrf-token': forged },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_invalid');
    // The genuine pair passes: the session is still there to sign out of.
    expect((await c.delete('/api/v1/sessions/current')).statusCode).toBe(204);
  });

  it("refuses a token issued to another session (the attacker's own) and the one from before sign-in", async () => {
    const attacker = new TestClient(app);
    await attacker.logIn(org.users.auditor!.email, TEST_PASSWORD);
    const victim = new TestClient(app);
    await victim.get('/api/v1/sessions/current');
    const beforeSignIn = victim.cookie('wb_csrf')!;
    await victim.logIn(org.users.owner!.email, TEST_PASSWORD);
    expect(victim.cookie('wb_csrf')).not.toBe(beforeSignIn); // sign-in issued a token for the new session
    for (const token of [attacker.cookie('wb_csrf')!, beforeSignIn]) {
      const res = await app.inject({
        method: 'DELETE',
        url: '/api/v1/sessions/current',
        headers: { cookie: `wb_session=${victim.cookie('wb_session')}; wb_csrf=${token}`, 'x-csrf-token': token },
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await victim.get('/api/v1/sessions/current')).statusCode).toBe(200);
  });

  it('uses a __Host- cookie over https, and the SPA-like client keeps working with it', async () => {
    const https = await buildTestApp(t.db, { env: { PUBLIC_URL: 'https://weerbaar.example.nl' } });
    try {
      const first = await https.inject({ method: 'GET', url: '/api/v1/sessions/current' });
      const cookie = String(first.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-wb_csrf=[^;]+;/);
      expect(cookie).toContain('Path=/');
      expect(cookie).toContain('Secure');
      expect(cookie).not.toContain('Domain=');
      const c = new TestClient(https);
      expect((await c.logIn(org.users.owner!.email, TEST_PASSWORD)).statusCode).toBe(201);
      expect(c.cookie('wb_csrf')).toBeUndefined();
      expect((await c.delete('/api/v1/sessions/current')).statusCode).toBe(204);
    } finally {
      await https.close();
    }
  });

  it('logs out', async () => {
    const c = new TestClient(app);
    await c.logIn(org.users.owner!.email, TEST_PASSWORD);
    expect((await c.delete('/api/v1/sessions/current')).statusCode).toBe(204);
    expect((await c.get('/api/v1/sessions/current')).statusCode).toBe(401);
  });

  it('sends security headers', async () => {
    const res = await new TestClient(app).get('/api/v1/sessions/current');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['api-version']).toBe('1.0.0');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined(); // plain http in tests
    // A browser caller gets the double-submit CSRF cookie; a machine with a bearer token needs none.
    const browser = await app.inject({ method: 'GET', url: '/api/v1/sessions/current' });
    expect(String(browser.headers['set-cookie'])).toContain('wb_csrf=');
    const machine = await app.inject({
      method: 'GET',
      url: '/api/v1/sessions/current',
      headers: { authorization: 'Bearer wbt_unknown' },
    });
    expect(machine.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(machine.headers['set-cookie']).toBeUndefined();
  });
});

describe('MFA', () => {
  it('enrols, then requires a TOTP code at sign-in, refuses replay, accepts a recovery code once', async () => {
    const user = await createTestOrg(t.db, 'MFA BV', 'entity', ['owner']);
    const email = user.users.owner!.email;
    const c = new TestClient(app);
    await c.logIn(email, TEST_PASSWORD);
    const enrol = await c.post('/api/v1/users/me/mfa');
    expect(enrol.statusCode).toBe(201);
    const { secret, otpauthUrl } = enrol.json();
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect((await c.post('/api/v1/users/me/mfa/activation', { code: '000000' })).statusCode).toBe(400);
    const activation = await c.post('/api/v1/users/me/mfa/activation', { code: generateSync({ secret }) });
    expect(activation.statusCode).toBe(201);
    const recoveryCodes: string[] = activation.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);

    // The code used for activation cannot be used again to sign in (replay).
    const second = new TestClient(app);
    const pending = await second.logIn(email, TEST_PASSWORD);
    expect(pending.json()).toMatchObject({ mfaPending: true, memberships: [] });
    expect((await second.get('/api/v1/users/me')).json().code).toBe('mfa_required');
    expect((await second.post('/api/v1/sessions/current/mfa', { code: generateSync({ secret }) })).statusCode).toBe(
      401,
    );

    const third = new TestClient(app);
    await third.logIn(email, TEST_PASSWORD);
    const viaRecovery = await third.post('/api/v1/sessions/current/mfa', { recoveryCode: recoveryCodes[0] });
    expect(viaRecovery.statusCode).toBe(200);
    expect(viaRecovery.json().mfaPending).toBe(false);
    expect((await third.get('/api/v1/users/me')).statusCode).toBe(200);

    const fourth = new TestClient(app);
    await fourth.logIn(email, TEST_PASSWORD);
    expect((await fourth.post('/api/v1/sessions/current/mfa', { recoveryCode: recoveryCodes[0] })).statusCode).toBe(
      401,
    );
  });
});

describe('password reset and invitations', () => {
  it('mails a reset link that sets a new password once', async () => {
    const user = await createTestOrg(t.db, 'Reset BV', 'entity', ['owner']);
    const email = user.users.owner!.email;
    const c = new TestClient(app);
    expect((await c.post('/api/v1/password-resets', { email })).statusCode).toBe(202);
    expect((await c.post('/api/v1/password-resets', { email: 'nobody@nowhere.test' })).statusCode).toBe(202);
    const mail = (await listMails(t.db, email)).at(-1)!;
    const token = /token=([\w-]+)/.exec(mail.body)![1]!;
    const newPassword = 'a brand new passphrase';
    expect(
      (await c.post('/api/v1/password-resets/confirmation', { token, newPassword: 'short' })).json().invalidParams[0]
        .name,
    ).toBe('body.newPassword');
    expect((await c.post('/api/v1/password-resets/confirmation', { token, newPassword })).statusCode).toBe(204);
    expect((await c.post('/api/v1/password-resets/confirmation', { token, newPassword })).statusCode).toBe(400);
    expect((await c.logIn(email, newPassword)).statusCode).toBe(201);
  });

  it('invites a new person who then signs in with the given role', async () => {
    const admin = new TestClient(app);
    await admin.logIn(org.users.admin!.email, TEST_PASSWORD);
    const created = await admin.post('/api/v1/invitations', { email: 'new.person@sessions.test', role: 'auditor' });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toMatch(/token/i); // the inviter never sees the link
    const mail = (await listMails(t.db, 'new.person@sessions.test')).at(-1)!;
    const token = /token=([\w-]+)/.exec(mail.body)![1]!;
    const invitee = new TestClient(app);
    expect(
      (await invitee.post('/api/v1/invitations/acceptance', { token, name: 'New Person' })).json().invalidParams[0]
        .name,
    ).toBe('body.password');
    expect(
      (
        await invitee.post('/api/v1/invitations/acceptance', {
          token,
          name: 'New Person',
          password: 'long enough password',
        })
      ).statusCode,
    ).toBe(204);
    const session = await invitee.logIn('new.person@sessions.test', 'long enough password');
    expect(session.json().memberships).toEqual([expect.objectContaining({ orgId: org.id, role: 'auditor' })]);
    expect(
      (await invitee.post('/api/v1/invitations/acceptance', { token, name: 'Again', password: 'long enough password' }))
        .statusCode,
    ).toBe(400);
  });

  it('does not let an admin grant the owner role', async () => {
    const admin = new TestClient(app);
    await admin.logIn(org.users.admin!.email, TEST_PASSWORD);
    expect((await admin.post('/api/v1/invitations', { email: 'x@sessions.test', role: 'owner' })).statusCode).toBe(403);
    expect(
      (await admin.post('/api/v1/invitations', { email: 'x@sessions.test', role: 'analyst' })).json().invalidParams[0]
        .name,
    ).toBe('body.role');
  });
});

describe('API tokens', () => {
  it('creates a token shown once, authenticates with it, records last use, and revokes it', async () => {
    const owner = new TestClient(app);
    await owner.logIn(org.users.owner!.email, TEST_PASSWORD);
    const created = await owner.post('/api/v1/api-tokens', { name: 'SIEM', role: 'auditor' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^wbt_/);
    const list = (await owner.get('/api/v1/api-tokens')).json().items;
    expect(JSON.stringify(list)).not.toContain(token);

    const machine = new TestClient(app, token);
    expect((await machine.get('/api/v1/audit-events')).statusCode).toBe(200);
    expect((await machine.get('/api/v1/users/me')).statusCode).toBe(403);
    expect((await machine.post('/api/v1/api-tokens', { name: 'x', role: 'auditor' })).statusCode).toBe(403);
    const used = (await owner.get('/api/v1/api-tokens')).json().items.find((x: { id: string }) => x.id === id);
    expect(used.lastUsedAt).not.toBeNull();

    expect((await owner.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    expect((await machine.get('/api/v1/audit-events')).statusCode).toBe(401);
  });
});

describe('hardening', () => {
  it('answers a non-ASCII CSRF cookie with 403, not a crash', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { cookie: 'wb_csrf=a%C3%A9', 'x-csrf-token': 'abc' },
      payload: { email: 'a@b.nl', password: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('cannot dodge the rate limit with made-up bearer tokens', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await new TestClient(app, undefined, '10.9.9.9').request(
        'POST',
        '/api/v1/password-resets',
        { email: 'someone@example.test' },
        { authorization: `Bearer made-up-${i}` },
      );
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('counts wrong MFA codes per account (only after the right password) and per address', async () => {
    const user = await createTestOrg(t.db, 'MFA Guess BV', 'entity', ['owner']);
    const email = user.users.owner!.email;
    const c = new TestClient(app, undefined, '10.8.8.8');
    await c.logIn(email, TEST_PASSWORD);
    const { secret } = (await c.post('/api/v1/users/me/mfa')).json();
    await c.post('/api/v1/users/me/mfa/activation', { code: generateSync({ secret }) });

    // Someone who has the password guesses codes from many addresses: the account's second factor locks.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const attacker = new TestClient(app, undefined, `10.7.7.${i}`);
      expect((await attacker.logIn(email, TEST_PASSWORD)).statusCode).toBe(201);
      statuses.push((await attacker.post('/api/v1/sessions/current/mfa', { code: '000000' })).statusCode);
    }
    expect(statuses.slice(0, 9).every((s) => s === 401)).toBe(true);
    expect(statuses[9]).toBe(423);
    const after = new TestClient(app, undefined, '10.7.8.1');
    expect((await after.logIn(email, TEST_PASSWORD)).statusCode).toBe(201);
    expect((await after.post('/api/v1/sessions/current/mfa', { code: generateSync({ secret }) })).statusCode).toBe(423);

    // From one address, wrong codes count on that address with that account like wrong passwords.
    const other = await createTestOrg(t.db, 'MFA Source BV', 'entity', ['owner']);
    const owner = new TestClient(app, undefined, '10.8.8.9');
    await owner.logIn(other.users.owner!.email, TEST_PASSWORD);
    const otherSecret = (await owner.post('/api/v1/users/me/mfa')).json().secret;
    await owner.post('/api/v1/users/me/mfa/activation', { code: generateSync({ secret: otherSecret }) });
    const guesser = new TestClient(app, undefined, '10.7.9.1');
    await guesser.logIn(other.users.owner!.email, TEST_PASSWORD);
    const tries: number[] = [];
    for (let i = 0; i < 6; i++)
      tries.push((await guesser.post('/api/v1/sessions/current/mfa', { code: '000000' })).statusCode);
    expect(tries).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

import type { FastifyInstance } from 'fastify';
import { generateSync } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { upsertMembership } from '../../src/repositories/membership.repository.ts';
import { PLATFORM_CHAIN } from '../../src/kernel/record-audit-event.ts';
import { verifyAuditChains } from '../../src/services/audit/verify-audit-chains.ts';
import { createTestOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, TestClient, testConfig } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Failed sign-ins and organisation switches leave a trace in the audit trail (docs/OPERATIONS.md).

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Aanmeld Audit BV', 'entity', ['owner', 'admin', 'auditor']);
});

/** Events of a chain, oldest first, newer than `afterSeq`. */
async function chain(orgId: string, afterSeq = 0) {
  return t.db
    .selectFrom('audit_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('seq', '>', String(afterSeq))
    .orderBy('seq')
    .execute();
}

async function lastSeq(orgId: string): Promise<number> {
  const rows = await chain(orgId);
  return Number(rows.at(-1)?.seq ?? 0);
}

// Each attempt from its own address, so the per-address rate limit never answers instead.
let address = 0;
const client = () => new TestClient(app, undefined, `10.44.${Math.floor(address / 200)}.${(address++ % 200) + 1}`);

describe('failed sign-ins', () => {
  it('records a wrong password in the platform chain, committed although the request failed', async () => {
    const from = await lastSeq(PLATFORM_CHAIN);
    const password = 'Wrong-Horse-1234!';
    const res = await client().logIn(org.users.admin!.email, password);
    expect(res.statusCode).toBe(401);
    const events = await chain(PLATFORM_CHAIN, from);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'session.sign-in-failed',
      actor_type: 'system',
      actor_id: null,
      subject_type: 'user',
      subject_id: org.users.admin!.id,
      details: { reason: 'wrong-password', failures: 1 },
    });
    expect(JSON.stringify(events[0])).not.toContain(password);
  });

  it('records an unknown account without a user id and without the name that was typed', async () => {
    const from = await lastSeq(PLATFORM_CHAIN);
    const typed = 'niemand.bekend@nergens.example';
    const password = 'Geheim-Wachtwoord-99';
    expect((await client().logIn(typed, password)).statusCode).toBe(401);
    const [event, ...more] = await chain(PLATFORM_CHAIN, from);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: 'session.sign-in-failed',
      actor_id: null,
      subject_id: null,
      details: { reason: 'unknown-account' },
    });
    const stored = JSON.stringify(event);
    for (const secret of [typed, 'niemand.bekend', 'nergens.example', password]) expect(stored).not.toContain(secret);
  });

  it('records the failure that blocks the source, and each attempt while it is blocked', async () => {
    const victim = await createTestOrg(t.db, 'Slot Audit BV', 'entity', ['owner']);
    const from = await lastSeq(PLATFORM_CHAIN);
    const attacker = client();
    for (let i = 0; i < 6; i++) await attacker.logIn(victim.users.owner!.email, `wrong-${i}-password`);
    expect((await attacker.logIn(victim.users.owner!.email, TEST_PASSWORD)).statusCode).toBe(429);
    const events = (await chain(PLATFORM_CHAIN, from)).filter((e) => e.subject_id === victim.users.owner!.id);
    expect(events.map((e) => e.details.reason)).toEqual([...Array<string>(6).fill('wrong-password'), 'source-blocked']);
    expect(events[5]!.details).toMatchObject({ failures: 6, blockedUntil: expect.any(String) });
    expect(events[4]!.details.blockedUntil).toBeUndefined();
    expect(JSON.stringify(events)).not.toContain(TEST_PASSWORD);
    expect(JSON.stringify(events)).not.toContain('10.44.'); // the address is not kept in the trail
  });

  it('records wrong second factors, never the code itself', async () => {
    const user = await createTestOrg(t.db, 'Code Audit BV', 'entity', ['owner']);
    const email = user.users.owner!.email;
    const c = client();
    await c.logIn(email, TEST_PASSWORD);
    const { secret } = (await c.post('/api/v1/users/me/mfa')).json();
    await c.post('/api/v1/users/me/mfa/activation', { code: generateSync({ secret }) });

    const from = await lastSeq(PLATFORM_CHAIN);
    const attempt = client();
    expect((await attempt.logIn(email, TEST_PASSWORD)).statusCode).toBe(201);
    expect((await attempt.post('/api/v1/sessions/current/mfa', { code: '012345' })).statusCode).toBe(401);
    const recoveryCode = 'abcde-12345';
    expect((await attempt.post('/api/v1/sessions/current/mfa', { recoveryCode })).statusCode).toBe(401);
    const events = await chain(PLATFORM_CHAIN, from);
    expect(events.map((e) => [e.action, e.details.reason ?? null])).toEqual([
      ['session.password-verified', null],
      ['session.sign-in-failed', 'wrong-mfa-code'],
      ['session.sign-in-failed', 'wrong-recovery-code'],
    ]);
    expect(events[2]!.subject_id).toBe(user.users.owner!.id);
    const stored = JSON.stringify(events);
    expect(stored).not.toContain('012345');
    expect(stored).not.toContain('abcde');
  });

  it('keeps the platform chain verifiable', async () => {
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);
  });
});

describe('switching the active organisation', () => {
  it('records the switch in the chain of the organisation entered, without naming the one left', async () => {
    const second = await createTestOrg(t.db, 'Tweede Audit BV', 'entity', ['owner']);
    const user = org.users.auditor!;
    await upsertMembership(t.db, second.id, user.id, 'admin');
    const c = client();
    expect((await c.logIn(user.email, TEST_PASSWORD)).json().activeOrgId).toBe(org.id);

    const fromSecond = await lastSeq(second.id);
    const fromFirst = await lastSeq(org.id);
    const res = await c.put('/api/v1/sessions/current/organisation', { orgId: second.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().activeOrgId).toBe(second.id);

    const events = await chain(second.id, fromSecond);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'session.organisation-switched',
      actor_type: 'user',
      actor_id: user.id,
      subject_type: 'user',
      subject_id: user.id,
      details: { role: 'admin' },
    });
    expect(JSON.stringify(events[0])).not.toContain(org.id);
    expect(await chain(org.id, fromFirst)).toEqual([]);
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);
  });

  it('records nothing when the organisation is not one of the user’s (404)', async () => {
    const stranger = await createTestOrg(t.db, 'Vreemde Audit BV', 'entity', ['owner']);
    const from = await lastSeq(stranger.id);
    const c = client();
    await c.logIn(org.users.admin!.email, TEST_PASSWORD);
    expect((await c.put('/api/v1/sessions/current/organisation', { orgId: stranger.id })).statusCode).toBe(404);
    expect(await chain(stranger.id, from)).toEqual([]);
  });
});

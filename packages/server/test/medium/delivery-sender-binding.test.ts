import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDown, migrateToLatest } from '../../src/db/migrate.ts';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';

import { earlyWarningEnvelope } from '../support/intake-fixtures.ts';
import { validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// An API token delivers for one sender (docs/DELIVERY.md): one entity's installation must not be able
// to file in another entity's name, nor read the authority's feedback on another entity's reports.
const t = useTestDatabase();

function registrationFrom(senderOrgId: string, id: string = randomUUID()) {
  const payload = { ...validRegistration() };
  return {
    id,
    kind: 'registration',
    submittedAt: new Date().toISOString(),
    sender: { orgId: senderOrgId, name: 'Gemeente Voorbeeld', kvkNumber: null },
    payload,
    payloadDigest: payloadDigestOf(payload),
    auditHash: null,
  };
}

async function authorityWithOwner(name: string) {
  const app = await buildTestApp(t.db);
  const authority = await createTestOrg(t.db, name, 'authority', ['owner']);
  const owner = await signedIn(app, authority, 'owner');
  const newToken = async (body: Record<string, unknown> = {}) => {
    const res = await owner.post('/api/v1/api-tokens', { name: 'Aanlevering', role: 'submitter', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().id as string, machine: new TestClient(app, res.json().token as string) };
  };
  const receivedCount = async () =>
    (
      await t.db
        .selectFrom('received_submissions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('org_id', '=', authority.id)
        .executeTakeFirstOrThrow()
    ).n;
  return { app, authority, owner, newToken, receivedCount };
}

describe('a submitter token speaks for one sender', () => {
  it('is bound by its first delivery (audited); another sender is refused with 403 naming the field, and nothing is stored', async () => {
    const { authority, owner, newToken, receivedCount } = await authorityWithOwner('Binding Autoriteit');
    const { id, machine } = await newToken();
    const [alice, mallory] = [randomUUID(), randomUUID()];

    expect((await machine.post('/api/v1/submissions', registrationFrom(alice))).statusCode).toBe(201);
    const listed = (await owner.get('/api/v1/api-tokens')).json().items;
    expect(listed.find((tk: { id: string }) => tk.id === id).senderOrgId).toBe(alice);
    const events = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('org_id', '=', authority.id)
      .where('subject_id', '=', id)
      .execute();
    expect(events.map((e) => e.action)).toContain('api-token.sender-bound');

    const before = await receivedCount();
    const spoofed = await machine.post('/api/v1/submissions', registrationFrom(mallory));
    expect(spoofed.statusCode).toBe(403);
    expect(spoofed.headers['content-type']).toContain('application/problem+json');
    expect(spoofed.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.sender.orgId']);
    expect(await receivedCount()).toBe(before);
    // Still delivers for its own sender.
    expect((await machine.post('/api/v1/submissions', registrationFrom(alice))).statusCode).toBe(201);
  });

  it('can be bound when created; a bound token refuses another sender even on its first delivery', async () => {
    const { newToken } = await authorityWithOwner('Vooraf Gebonden Autoriteit');
    const sender = randomUUID();
    const { machine } = await newToken({ senderOrgId: sender });
    expect((await machine.post('/api/v1/submissions', registrationFrom(randomUUID()))).statusCode).toBe(403);
    expect((await machine.post('/api/v1/submissions', registrationFrom(sender))).statusCode).toBe(201);
  });

  it('refuses a first delivery for a sender another token already serves; a token the authority binds explicitly may', async () => {
    const { newToken, receivedCount } = await authorityWithOwner('Bezette Afzender Autoriteit');
    const sender = randomUUID();
    const original = await newToken();
    expect((await original.machine.post('/api/v1/submissions', registrationFrom(sender))).statusCode).toBe(201);
    const before = await receivedCount();
    // Another installation that got hold of an unbound token cannot take over this sender.
    const squatter = await newToken();
    const taken = await squatter.machine.post('/api/v1/submissions', registrationFrom(sender));
    expect(taken.statusCode).toBe(403);
    expect(taken.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.sender.orgId']);
    expect(await receivedCount()).toBe(before);
    // Rotation: the authority creates the new token for this sender.
    const rotated = await newToken({ senderOrgId: sender });
    expect((await rotated.machine.post('/api/v1/submissions', registrationFrom(sender))).statusCode).toBe(201);
  });

  it('refuses a sender on a token that may not deliver submissions', async () => {
    const { owner } = await authorityWithOwner('Rollen Autoriteit');
    const res = await owner.post('/api/v1/api-tokens', { name: 'x', role: 'analyst', senderOrgId: randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.senderOrgId']);
  });

  it('binds once when two first deliveries for different senders race: exactly one sender wins', async () => {
    const { newToken } = await authorityWithOwner('Race Autoriteit');
    const { machine } = await newToken();
    const senders = Array.from({ length: 6 }, () => randomUUID());
    const answers = await Promise.all(senders.map((s) => machine.post('/api/v1/submissions', registrationFrom(s))));
    const accepted = senders.filter((_, i) => answers[i]!.statusCode === 201);
    expect(accepted).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 403)).toHaveLength(senders.length - 1);
  });
});

describe('feedback follows the sender, not the token', () => {
  it('a rotated token of the same sender reads the feedback; another sender’s or an unbound token does not', async () => {
    const { newToken } = await authorityWithOwner('Terugkoppeling Autoriteit');
    const sender = randomUUID();
    const first = await newToken();
    // Incident reports get feedback (NIS2 Art. 23(5)); registrations do not.
    const envelope = earlyWarningEnvelope(sender);
    expect((await first.machine.post('/api/v1/submissions', envelope)).statusCode).toBe(201);
    const feedbackUrl = `/api/v1/submissions/${envelope.id}/feedback`;
    expect((await first.machine.get(feedbackUrl)).statusCode).toBe(200);

    const rotated = await newToken({ senderOrgId: sender });
    expect((await rotated.machine.get(feedbackUrl)).statusCode).toBe(200);
    const otherSender = await newToken({ senderOrgId: randomUUID() });
    expect((await otherSender.machine.get(feedbackUrl)).statusCode).toBe(404);
    const unbound = await newToken();
    expect((await unbound.machine.get(feedbackUrl)).statusCode).toBe(404);
    // …and it cannot bind itself to this sender to read it.
    expect((await unbound.machine.post('/api/v1/submissions', earlyWarningEnvelope(sender))).statusCode).toBe(403);
    expect((await unbound.machine.get(feedbackUrl)).statusCode).toBe(404);
  });
});

describe('upgrade', () => {
  it('binds tokens that delivered before the migration to their one sender, and leaves mixed ones unbound', async () => {
    // Back to before the migration (later ones first), as an installation that is upgraded.
    let reverted = false;
    for (let steps = 0; steps < 100 && !reverted; steps++) {
      reverted = (await migrateDown(t.db)).includes('reverted 20261122_1450_api_token_sender');
    }
    expect(reverted).toBe(true);
    // Before the MFA migration there is no exemption column to set (nobody signs in here).
    const authority = await createTestOrg(t.db, 'Upgrade Autoriteit', 'authority', ['owner'], { mfaExempt: false });
    const token = async (name: string) =>
      (
        await sql<{ id: string }>`
          INSERT INTO api_tokens (org_id, name, role, token_hash, prefix)
          VALUES (${authority.id}, ${name}, 'submitter', ${randomUUID()}, 'wbt_xx') RETURNING id`.execute(t.db)
      ).rows[0]!.id;
    const [single, mixed, idle] = [await token('één afzender'), await token('twee afzenders'), await token('nooit')];
    const sender = randomUUID();
    const received = async (tokenId: string, senderOrgId: string, n: number) =>
      sql`
        INSERT INTO received_submissions (org_id, id, kind, sender_org_id, sender_name, submitted_at, payload,
          payload_digest, authority_reference, received_at, key_id, signature, received_via)
        VALUES (${authority.id}, ${randomUUID()}, 'registration', ${senderOrgId}, 'X', now(), '{}', ${'0'.repeat(64)},
          ${`REG-2026-${String(n).padStart(6, '0')}`}, now(), 'k', 's', ${`token:x (${tokenId})`})`.execute(t.db);
    await received(single, sender, 1);
    await received(single, sender, 2);
    await received(mixed, randomUUID(), 3);
    await received(mixed, randomUUID(), 4);

    await migrateToLatest(t.db);
    const bound = new Map(
      (
        await t.db.selectFrom('api_tokens').select(['id', 'sender_org_id']).where('org_id', '=', authority.id).execute()
      ).map((r) => [r.id, r.sender_org_id]),
    );
    expect(bound.get(single)).toBe(sender);
    expect(bound.get(mixed)).toBeNull();
    expect(bound.get(idle)).toBeNull();
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { clientFor } from '../support/incident-fixtures.ts';
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
  const owner = await clientFor(app, authority, 'owner');
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

  it('refuses a sender on a token that is not a submitter token', async () => {
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
  });
});

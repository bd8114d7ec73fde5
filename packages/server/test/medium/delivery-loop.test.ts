import { createPublicKey, verify } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../e2e/support/server.ts';
import { canonicalJson } from '../../src/kernel/audit-chain.ts';
import { payloadDigestOf } from '../../src/services/delivery/enqueue-submission.ts';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import {
  connectToAuthority,
  deliveryRunner,
  listenOnLoopback,
  validRegistration,
} from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The whole loop in one process, over real HTTP on loopback: entity submits → job delivers → authority
// stores once and signs → entity stores and verifies the receipt.

const t = useTestDatabase();
let app: FastifyInstance;
let url: string;
let entity: TestOrg;
let authority: TestOrg;
let entityOwner: TestClient;
let submitterToken: string;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Loop Ziekenhuis', 'entity', ['owner', 'auditor']);
  authority = await createTestOrg(t.db, 'Loop Autoriteit', 'authority', ['owner', 'analyst']);
  entityOwner = await signedIn(app, entity, 'owner');
  submitterToken = await connectToAuthority(app, await signedIn(app, authority, 'owner'), entityOwner, url);
});

afterAll(async () => {
  await app?.close();
});

describe('delivery of a registration', () => {
  const submissionId = '6f1c2b0e-3c1d-4f5e-9a7b-0c1d2e3f4a5b';

  it('queues (202, pending), delivers over HTTP and stores a receipt with a valid signature', async () => {
    expect((await entityOwner.put('/api/v1/registration', validRegistration())).statusCode).toBe(201);
    const queued = await entityOwner.post('/api/v1/registration/submissions', { submissionId });
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json()).toMatchObject({ id: submissionId, status: 'pending', version: 1, receipt: null });

    expect(await deliveryRunner(t.db).runOne()).toBe(true);

    const entry = (await entityOwner.get(`/api/v1/registration/submissions/${submissionId}`)).json();
    expect(entry).toMatchObject({ status: 'delivered', attempts: 1, lastError: null, receipt: { verified: true } });
    expect(entry.receipt.authorityReference).toMatch(/^REG-\d{4}-000001$/);
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(1);

    // Independently of the server's own check: the signature verifies with the published key.
    const keys = ((await fetch(`${url}/api/v1/receipt-keys`).then((r) => r.json())) as { items: unknown }).items as {
      keyId: string;
      publicKey: string;
    }[];
    const key = keys.find((k) => k.keyId === entry.receipt.keyId)!;
    const claims = {
      submissionId,
      authorityReference: entry.receipt.authorityReference,
      receivedAt: entry.receipt.receivedAt,
      payloadDigest: entry.payloadDigest,
    };
    expect(
      verify(
        null,
        Buffer.from(canonicalJson(claims)),
        createPublicKey(key.publicKey),
        Buffer.from(entry.receipt.signature, 'base64'),
      ),
    ).toBe(true);
    const tampered = { ...claims, authorityReference: 'REG-2026-999999' };
    expect(
      verify(
        null,
        Buffer.from(canonicalJson(tampered)),
        createPublicKey(key.publicKey),
        Buffer.from(entry.receipt.signature, 'base64'),
      ),
    ).toBe(false);
  });

  it('answers a repeated POST with the same id with the same receipt (200) and no second row', async () => {
    const row = await t.db
      .selectFrom('submissions_outbox')
      .selectAll()
      .where('id', '=', submissionId)
      .executeTakeFirstOrThrow();
    const envelope = {
      id: row.id,
      kind: row.kind,
      submittedAt: row.submitted_at.toISOString(),
      sender: { orgId: entity.id, name: entity.name, kvkNumber: null },
      payload: row.payload,
      payloadDigest: row.payload_digest,
      auditHash: row.audit_hash,
    };
    const machine = new TestClient(app, submitterToken);
    const first = (await entityOwner.get(`/api/v1/registration/submissions/${submissionId}`)).json().receipt;
    for (let i = 0; i < 3; i += 1) {
      const res = await machine.request('POST', '/api/v1/submissions', envelope, { 'idempotency-key': submissionId });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        submissionId,
        authorityReference: first.authorityReference,
        receivedAt: first.receivedAt,
        signature: first.signature,
      });
    }
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(1);

    // The same id with other content is not a repeat.
    const other = { ...envelope, payload: { ...envelope.payload, name: 'Iets anders' } };
    const conflict = await machine.post('/api/v1/submissions', {
      ...other,
      payloadDigest: payloadDigestOf(other.payload),
    });
    expect(conflict.statusCode).toBe(409);
    // A wrong digest or a differing Idempotency-Key is refused and names the field.
    const badDigest = await machine.post('/api/v1/submissions', {
      ...envelope,
      id: '11111111-1111-4111-8111-111111111111',
      payloadDigest: 'a'.repeat(64),
    });
    expect(badDigest.statusCode).toBe(400);
    expect(badDigest.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.payloadDigest' })]);
    const badKey = await machine.request('POST', '/api/v1/submissions', envelope, {
      'idempotency-key': '22222222-2222-4222-8222-222222222222',
    });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().invalidParams[0].name).toBe('header.idempotency-key');
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(1);
  });

  it('repeats a client submission id without queueing twice', async () => {
    const again = await entityOwner.post('/api/v1/registration/submissions', { submissionId });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ id: submissionId, status: 'delivered' });
    expect((await entityOwner.get('/api/v1/registration/submissions')).json().total).toBe(1);
  });

  it('keeps retrying with backoff while the authority is down, shows the error, and delivers after a restart', async () => {
    const port = await freePort();
    const downUrl = `http://127.0.0.1:${port}`;
    expect(
      (await entityOwner.put('/api/v1/delivery-target', { authorityUrl: downUrl, apiToken: submitterToken }))
        .statusCode,
    ).toBe(200);
    await entityOwner.put('/api/v1/registration', validRegistration({ memberStates: ['NL', 'BE'] }));
    const queued = (await entityOwner.post('/api/v1/registration/submissions', {})).json();
    const runner = deliveryRunner(t.db, 30);

    for (let attempt = 1; attempt <= 2; attempt += 1) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, 40));
      expect(await runner.runOne()).toBe(true);
      const entry = (await entityOwner.get(`/api/v1/registration/submissions/${queued.id}`)).json();
      expect(entry).toMatchObject({ status: 'pending', attempts: attempt, receipt: null });
      expect(entry.lastError).toMatch(/not reachable: ECONNREFUSED/);
      expect(Date.parse(entry.nextAttemptAt)).toBeGreaterThan(Date.now() - 1000);
    }
    // Not due yet: the backoff holds the next attempt back.
    await t.db
      .updateTable('jobs')
      .set({ run_at: new Date(Date.now() + 60_000) })
      .where('dedupe_key', '=', `submission.deliver:${queued.id}`)
      .execute();
    expect(await runner.runOne()).toBe(false);
    await t.db
      .updateTable('jobs')
      .set({ run_at: new Date() })
      .where('dedupe_key', '=', `submission.deliver:${queued.id}`)
      .execute();

    // The authority comes back on that port.
    const restarted = await buildTestApp(t.db);
    await listenOnLoopback(restarted, port);
    try {
      expect(await runner.runOne()).toBe(true);
      const entry = (await entityOwner.get(`/api/v1/registration/submissions/${queued.id}`)).json();
      expect(entry).toMatchObject({ status: 'delivered', attempts: 3, lastError: null, receipt: { verified: true } });
      expect(entry.receipt.authorityReference).toMatch(/-000002$/);
      expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(2);
    } finally {
      await restarted.close();
      await entityOwner.put('/api/v1/delivery-target', { authorityUrl: url, apiToken: submitterToken });
    }
  });

  it('waits visibly when no delivery target is set, and marks a refusal for good as failed', async () => {
    const lonely = await createTestOrg(t.db, 'Zonder Doel', 'entity', ['owner']);
    const owner = await signedIn(app, lonely, 'owner');
    await owner.put('/api/v1/registration', validRegistration({ name: 'Zonder Doel' }));
    const queued = (await owner.post('/api/v1/registration/submissions', {})).json();
    await deliveryRunner(t.db).runOne();
    const waiting = (await owner.get(`/api/v1/registration/submissions/${queued.id}`)).json();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toMatch(/no delivery target/);

    // The authority refuses content that fails its validation (here: a payload edited after queueing).
    const { payload } = await t.db
      .selectFrom('submissions_outbox')
      .select('payload')
      .where('id', '=', queued.id)
      .executeTakeFirstOrThrow();
    const edited = { ...payload, kvkNumber: '123' };
    await t.db
      .updateTable('submissions_outbox')
      .set({ payload: JSON.stringify(edited), payload_digest: payloadDigestOf(edited) })
      .where('id', '=', queued.id)
      .execute();
    await connectToAuthority(app, await signedIn(app, authority, 'owner'), owner, url);
    await deliveryRunner(t.db).runOne();
    const refused = (await owner.get(`/api/v1/registration/submissions/${queued.id}`)).json();
    expect(refused.status).toBe('failed');
    expect(refused.lastError).toMatch(/HTTP 400.*body\.payload\.kvkNumber/);
  });

  it('does not show one organisation its neighbour’s submissions (404)', async () => {
    const other = await createTestOrg(t.db, 'Buurman', 'entity', ['owner']);
    const neighbour = await signedIn(app, other, 'owner');
    expect((await neighbour.get(`/api/v1/registration/submissions/${submissionId}`)).statusCode).toBe(404);
    expect((await neighbour.get('/api/v1/registration/submissions')).json().total).toBe(0);
    expect((await neighbour.get('/api/v1/registration')).json().current).toBeNull();
  });
});

describe('delivery target', () => {
  it('never returns the token, only whether it is set', async () => {
    const res = await entityOwner.get('/api/v1/delivery-target');
    expect(res.json()).toMatchObject({ authorityUrl: url, apiTokenSet: true });
    expect(res.body).not.toContain('wbt_');
    const stored = await t.db
      .selectFrom('delivery_targets')
      .select('api_token_ciphertext')
      .where('org_id', '=', entity.id)
      .executeTakeFirstOrThrow();
    expect(stored.api_token_ciphertext).not.toContain(submitterToken);
    expect(stored.api_token_ciphertext).toMatch(/^v1\./);
  });

  it('refuses plain http to another machine and keeping a token for another server', async () => {
    const http = await entityOwner.put('/api/v1/delivery-target', { authorityUrl: 'http://meldpunt.example.nl' });
    expect(http.statusCode).toBe(400);
    expect(http.json().invalidParams[0].name).toBe('body.authorityUrl');
    const moved = await entityOwner.put('/api/v1/delivery-target', { authorityUrl: 'https://meldpunt.example.nl' });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().invalidParams[0].name).toBe('body.apiToken');
  });

  it('is only for owners and admins of entities', async () => {
    const auditor = await signedIn(app, entity, 'auditor');
    expect((await auditor.get('/api/v1/delivery-target')).statusCode).toBe(403);
    expect((await new TestClient(app).get('/api/v1/delivery-target')).statusCode).toBe(401);
  });
});

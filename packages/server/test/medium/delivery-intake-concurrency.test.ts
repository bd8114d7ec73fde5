import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/services/accounts/create-api-token.ts';
import { insertReceivedSubmission } from '../../src/repositories/received-submission.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../src/kernel/actor.ts';
import { verifyAuditChains } from '../../src/services/audit/verify-audit-chains.ts';
import {
  enqueueSubmission,
  payloadDigestOf,
  type EnqueueSubmissionInput,
} from '../../src/services/delivery/enqueue-submission.ts';
import { defineUseCase } from '../../src/kernel/use-case.ts';
import { createTestOrg, type TestOrg } from '../support/fixtures.ts';
import { earlyWarning } from '../support/intake-fixtures.ts';
import { validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient, testConfig, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

// One entity installation delivers everything here: a token speaks for one sender.
const SENDER = { orgId: randomUUID(), name: 'Z', kvkNumber: '90000099' };

function envelopeOf(payload = earlyWarning(), id: string = randomUUID()) {
  return {
    id,
    kind: 'incident-report',
    submittedAt: new Date().toISOString(),
    sender: SENDER,
    payload,
    payloadDigest: payloadDigestOf(payload),
    auditHash: 'a'.repeat(64),
  };
}

/** The authority's owner, signed in: minting API tokens is for people only (api-tokens:manage). */
function ownerOf(authority: TestOrg): OrgActor {
  const owner = authority.users.owner!;
  const [role, orgKind] = ['owner', 'authority'] as const;
  return {
    actor: { type: 'user', userId: owner.id, label: owner.email, sessionId: '', orgId: authority.id, role, orgKind },
    orgId: authority.id,
    role,
    orgKind,
  };
}

async function authorityMachine(name: string) {
  const app = await buildTestApp(t.db);
  const authority = await createTestOrg(t.db, name, 'authority', ['owner']);
  const ctx = ownerOf(authority);
  const { token } = await createApiToken(app.deps, ctx, {
    name: 'submitter',
    role: 'submitter',
    senderOrgId: SENDER.orgId,
  });
  return { authority, machine: new TestClient(app, token) };
}

describe('authority intake under concurrency', () => {
  // Regression: signing a receipt used to take a second pool connection inside the intake
  // transaction, so more concurrent submitters than pool connections deadlocked the server.
  it('receives 40 simultaneous reports (pool of 10), each once, with distinct references', async () => {
    const app = await buildTestApp(t.db);
    const authority = await createTestOrg(t.db, 'Intake Authority', 'authority', ['owner']);
    const ctx = ownerOf(authority);
    const { token } = await createApiToken(app.deps, ctx, {
      name: 'submitter',
      role: 'submitter',
      senderOrgId: SENDER.orgId,
    });
    const machine = new TestClient(app, token);
    const envelopes = Array.from({ length: 40 }, () => {
      const payload = earlyWarning();
      return {
        id: randomUUID(),
        kind: 'incident-report',
        submittedAt: new Date().toISOString(),
        sender: SENDER,
        payload,
        payloadDigest: payloadDigestOf(payload),
        auditHash: 'a'.repeat(64),
      };
    });
    const first = await Promise.all(envelopes.map((e) => machine.post('/api/v1/submissions', e)));
    expect(first.map((r) => r.statusCode)).toEqual(envelopes.map(() => 201));
    const references = new Set(first.map((r) => r.json().authorityReference));
    expect(references.size).toBe(40);
    // Every one delivered again at once: the same receipts, no new rows.
    const again = await Promise.all(envelopes.map((e) => machine.post('/api/v1/submissions', e)));
    expect(again.map((r) => r.statusCode)).toEqual(envelopes.map(() => 200));
    expect(again.map((r) => r.json().authorityReference)).toEqual(first.map((r) => r.json().authorityReference));
  });

  it('answers the same id twice in one batch with one row and one receipt, and a conflicting one with 409', async () => {
    const { authority, machine } = await authorityMachine('Batch Authority');
    // Hold the authority's audit head, so the first batch waits at its end and the requests below
    // queue up behind it: they are then stored together in the next batch.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM audit_heads WHERE org_id = ${authority.id} FOR UPDATE`.execute(trx);
      locked();
      await released;
    });
    await isLocked;
    const blocker = machine.post('/api/v1/submissions', envelopeOf());
    await sleep(200);

    const same = envelopeOf();
    const contested = envelopeOf();
    const other = envelopeOf(earlyWarning(), contested.id);
    const pending = Promise.all([same, same, contested, other].map((e) => machine.post('/api/v1/submissions', e)));
    await sleep(300);
    release();
    await holder;
    const [sameA, sameB, contestedA, contestedB] = await pending;
    expect((await blocker).statusCode).toBe(201);

    expect([sameA!.statusCode, sameB!.statusCode].sort()).toEqual([200, 201]);
    expect(sameA!.json()).toEqual(sameB!.json());
    expect([contestedA!.statusCode, contestedB!.statusCode].sort()).toEqual([201, 409]);
    const loser = contestedA!.statusCode === 409 ? contestedA! : contestedB!;
    expect(loser.json().invalidParams).toEqual([
      { name: 'body.id', reason: 'already used for a different submission', code: 'taken', params: {} },
    ]);

    const rows = await t.db
      .selectFrom('received_submissions')
      .select(['id', 'received_at', 'payload_digest'])
      .where('org_id', '=', authority.id)
      .where('id', 'in', [same.id, contested.id])
      .execute();
    expect(rows).toHaveLength(2);
    // One receipt time per batch transaction: both were stored in the same batch.
    expect(rows[0]!.received_at.getTime()).toBe(rows[1]!.received_at.getTime());
    const winner = contestedA!.statusCode === 201 ? contested : other;
    expect(rows.find((r) => r.id === contested.id)!.payload_digest).toBe(winner.payloadDigest);
    const audited = await t.db
      .selectFrom('audit_events')
      .select('subject_id')
      .where('org_id', '=', authority.id)
      .where('action', '=', 'submission.received')
      .execute();
    expect(audited.map((e) => e.subject_id).sort()).toEqual(
      [JSON.parse((await blocker).body).submissionId, same.id, contested.id].sort(),
    );
  });

  it('keeps the audit chain valid and the references without gaps after a concurrent burst', async () => {
    const { authority, machine } = await authorityMachine('Burst Authority');
    const envelopes = Array.from({ length: 120 }, () => envelopeOf());
    // Repeats of some ids within the burst must neither add rows nor consume numbers.
    const burst = [...envelopes, ...envelopes.slice(0, 20)];
    const responses = await Promise.all(burst.map((e) => machine.post('/api/v1/submissions', e)));
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(120);
    expect(responses.every((r) => r.statusCode === 201 || r.statusCode === 200)).toBe(true);

    const references = (
      await t.db
        .selectFrom('received_submissions')
        .select('authority_reference')
        .where('org_id', '=', authority.id)
        .execute()
    )
      .map((r) => Number(r.authority_reference.split('-')[2]))
      .sort((a, b) => a - b);
    expect(references).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);
  });

  it('answers each item on its own when the batch transaction fails, leaving no gap in the references', async () => {
    const { authority, machine } = await authorityMachine('Fallback Authority');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM audit_heads WHERE org_id = ${authority.id} FOR UPDATE`.execute(trx);
      locked();
      await released;
    });
    await isLocked;
    const blocker = machine.post('/api/v1/submissions', envelopeOf());
    await sleep(200);
    const raced = envelopeOf();
    const fresh = envelopeOf();
    const pending = Promise.all([raced, fresh].map((e) => machine.post('/api/v1/submissions', e)));
    await sleep(300);

    // Another process stores `raced` while the batch holding it runs: the batch's insert waits for this
    // transaction, finds the id taken, and the whole batch rolls back to be answered item by item.
    let commitOther!: () => void;
    const otherMayCommit = new Promise<void>((resolve) => (commitOther = resolve));
    let otherInserted!: () => void;
    const isInserted = new Promise<void>((resolve) => (otherInserted = resolve));
    const other = t.db.transaction().execute(async (trx) => {
      await insertReceivedSubmission(trx, {
        org_id: authority.id,
        id: raced.id,
        kind: raced.kind,
        sender_org_id: raced.sender.orgId,
        sender_name: raced.sender.name,
        sender_kvk_number: raced.sender.kvkNumber,
        submitted_at: new Date(raced.submittedAt),
        payload: raced.payload,
        payload_digest: raced.payloadDigest,
        audit_hash: raced.auditHash,
        authority_reference: 'MLD-1999-000001',
        received_at: new Date(),
        key_id: 'other-process',
        signature: 'c2lnbmF0dXJl',
        received_via: 'other process',
      });
      otherInserted();
      await otherMayCommit;
    });
    await isInserted;
    release();
    await holder;
    expect((await blocker).statusCode).toBe(201);
    await sleep(300);
    commitOther();
    await other;

    const [racedResponse, freshResponse] = await pending;
    expect(racedResponse!.statusCode).toBe(200);
    expect(racedResponse!.json().authorityReference).toBe('MLD-1999-000001');
    expect(freshResponse!.statusCode).toBe(201);
    // The rolled-back batch gave its number back: the fresh report got the next one, no gap.
    const numbers = [await blocker, freshResponse!].map((r) => r.json().authorityReference.replace(/^MLD-\d{4}-/, ''));
    expect(numbers.sort()).toEqual(['000001', '000002']);
    expect((await verifyAuditChains(t.db, testConfig())).problems).toEqual([]);
  });
});

// enqueueSubmission runs inside a calling use case (submit registration, submit incident report); this one
// only queues.
const queueSubmission = defineUseCase({
  actions: ['submission.queued'],
  run: (scope, ctx: OrgActor, input: EnqueueSubmissionInput) => enqueueSubmission(scope, ctx, input),
});

describe('delivery jobs per organisation', () => {
  // Regression: job dedupe keys were unique across tenants, so a client-chosen submission id that
  // another organisation had already used silently dropped this organisation's delivery job.
  it('queues a delivery job for each organisation, even when both chose the same submission id', async () => {
    const sharedId = randomUUID();
    const orgs = [
      await createTestOrg(t.db, 'Same Id One', 'entity', ['owner']),
      await createTestOrg(t.db, 'Same Id Two', 'entity', ['owner']),
    ];
    for (const org of orgs) {
      const ctx = { actor: SYSTEM_ACTOR, orgId: org.id, role: 'owner' as const, orgKind: 'entity' as const };
      await queueSubmission(testDeps(t.db), ctx, {
        kind: 'registration',
        subjectId: randomUUID(),
        submissionId: sharedId,
        payload: { ...validRegistration() },
      });
    }
    const jobs = await t.db
      .selectFrom('jobs')
      .select(['org_id'])
      .where('kind', '=', 'submission.deliver')
      .where('dedupe_key', '=', `submission.deliver:${sharedId}`)
      .execute();
    expect(jobs.map((j) => j.org_id).sort()).toEqual(orgs.map((o) => o.id).sort());
  });
});

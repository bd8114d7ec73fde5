import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import type { Deps } from '../../src/kernel/deps.ts';
import { insertApiToken } from '../../src/repositories/api-token.repository.ts';
import { findDeliveryTarget, upsertDeliveryTarget } from '../../src/repositories/delivery-target.repository.ts';
import { upsertRegistryEntity } from '../../src/repositories/registry.repository.ts';
import { findOutboxRow } from '../../src/repositories/submission-outbox.repository.ts';
import { openSecret, sealSecret } from '../../src/adapters/secret-box.ts';
import { postSubmission } from '../../src/adapters/authority-client.ts';
import { API_TOKEN_PREFIX } from '../../src/services/accounts/api-token-queries.ts';
import { newSecret } from '../../src/services/accounts/secrets.ts';
import { API_TOKEN_PURPOSE } from '../../src/services/delivery/delivery-secrets.ts';
import { fetchAuthorityMessages } from '../../src/services/crisis-requests/pull-authority-messages.ts';
import { pullNow } from '../../src/services/crisis-requests/pull-messages.job.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { REMOTE_ANSWER_MAX_DOCUMENT_BYTES } from '@weerbaar/core/supervision';

// Issue 15 item 3: a supervisor's information request to an entity of its registry on ANOTHER installation
// (docs/DELIVERY.md, "Authority → entity"). Installation A (its own database) holds the supervisor, B the
// entity, which pulls from A over its delivery target and answers through its outbox. The kills are put where
// they hurt, with the real functions: A answered a pull and B died before storing; A received the answer and
// B died before storing the receipt. The request must arrive once, the answer once, both sides audited.

const a = useTestDatabase();
const b = useTestDatabase();
let appA: FastifyInstance;
let appB: FastifyInstance;
let urlA: string;
let depsB: Deps;
let supervisor: TestOrg;
let entity: TestOrg;
let analyst: TestClient;
let riskManager: TestClient;

async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await query.execute(db)).rows as Record<string, unknown>[];
}

function multipartFile(name: string, content: string) {
  const boundary = '----remote';
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  appA = await buildTestApp(a.db);
  appB = await buildTestApp(b.db);
  urlA = await listenOnLoopback(appA);
  depsB = testDeps(b.db);
  supervisor = await createTestOrg(a.db, 'Inspectie op afstand', 'authority', ['owner', 'analyst']);
  entity = await createTestOrg(b.db, 'Waterbedrijf Elders NV', 'entity', ['owner', 'risk-manager']);
  // Of kind supervisor only: the answer is meant for whoever asked, whatever the entity's target is called.
  const owner = await signedIn(appA, supervisor, 'owner');
  expect((await owner.put('/api/v1/supervision/authority-kinds', { kinds: ['supervisor'] })).statusCode).toBe(200);
  analyst = await signedIn(appA, supervisor, 'analyst');
  riskManager = await signedIn(appB, entity, 'risk-manager');
  // A knows the entity from its registration only (registry entity id = its organisation on B).
  const at = new Date('2026-11-01T10:00:00Z');
  await upsertRegistryEntity(a.db, supervisor.id, entity.id, {
    name: entity.name,
    kvk_number: null,
    sectors: ['Drinking water'],
    entity_types: [],
    classification_eu: 'essential',
    classification_nl: 'essential',
    province: null,
    latest_submission_id: randomUUID(),
    latest_submitted_at: at,
    latest_received_at: at,
    latest_reference: 'REG-2026-000001',
  });
  const { token, hash } = newSecret(API_TOKEN_PREFIX);
  await insertApiToken(a.db, {
    org_id: supervisor.id,
    name: 'Aanlevering Waterbedrijf Elders',
    role: 'submitter',
    token_hash: hash,
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    created_by: null,
    sender_org_id: entity.id,
  });
  await upsertDeliveryTarget(b.db, entity.id, 'competent_authority', {
    authority_url: urlA,
    api_token_ciphertext: sealSecret(depsB.config, token, API_TOKEN_PURPOSE),
  });
}, 60_000);

afterAll(async () => {
  await appA?.close();
  await appB?.close();
});

describe('an information request to an entity on another installation', () => {
  it('arrives once, is answered once with its documents, both sides audited', async () => {
    const sent = await analyst.post('/api/v1/supervision/requests', {
      entityId: entity.id,
      subject: 'Uitvoering zorgplicht',
      question: 'Stuur uw beleid en uw maatregelen met bewijs.',
      legalBasis: 'evidence',
      dueOn: tomorrow(),
      asksMeasuresDossier: true,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;
    expect(sent.json()).toMatchObject({ status: 'sent', entityId: entity.id, entityName: entity.name });
    expect((await analyst.get(`/api/v1/supervision/requests/${id}`)).json().remote).toEqual({ deliveredAt: null });

    // Killed before the commit: A answered the pull, B never stored it.
    const lost = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(lost.ok && lost.supervisionRequests.map((r) => r.id)).toEqual([id]);
    expect(lost.ok && lost.messages).toEqual([]);
    // Restarted: pulled and stored once; the next pull confirms it to A and brings nothing.
    expect(await pullNow(depsB, entity.id)).toBe(1);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const again = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(again.ok && again.supervisionRequests).toEqual([]);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const [copies] = await rowsOf(b.db, sql`SELECT count(*)::int AS n FROM supervision_requests WHERE id = ${id}`);
    expect(copies).toEqual({ n: 1 });
    const [delivered] = await rowsOf(
      a.db,
      sql`SELECT delivered_at IS NOT NULL AS delivered FROM supervision_requests WHERE id = ${id}`,
    );
    expect(delivered).toEqual({ delivered: true });
    expect((await analyst.get(`/api/v1/supervision/requests/${id}`)).json().remote.deliveredAt).toEqual(
      expect.any(String),
    );

    // The entity sees it in its supervision page as one on its own installation.
    const list = (await riskManager.get('/api/v1/supervision/received-requests')).json().items;
    expect(list).toMatchObject([{ id, supervisorName: supervisor.name, entityName: entity.name, status: 'sent' }]);
    const view = await riskManager.get(`/api/v1/supervision/received-requests/${id}`);
    expect(view.json()).toMatchObject({
      question: 'Stuur uw beleid en uw maatregelen met bewijs.',
      sentBy: 'analyst@inspectie-op-afstand.test',
      remote: null,
    });

    // Overdue is flagged on both sides from the day after the due day.
    for (const db of [a.db, b.db])
      await sql`UPDATE supervision_requests SET due_on = '2026-01-02' WHERE id = ${id}`.execute(db);
    expect((await analyst.get('/api/v1/supervision/requests?overdue=true')).json().items).toMatchObject([{ id }]);
    expect((await riskManager.get('/api/v1/supervision/received-requests')).json().items).toMatchObject([
      { id, overdue: true },
    ]);

    // The entity answers with a document and its measures dossier: queued in its outbox.
    const file = multipartFile('beleid.txt', 'Informatiebeveiligingsbeleid 2026');
    const upload = await riskManager.request(
      'POST',
      `/api/v1/supervision/received-requests/${id}/documents`,
      file.payload,
      file.headers,
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const answered = await riskManager.post(`/api/v1/supervision/received-requests/${id}/answers`, {
      text: 'Zie bijlagen.',
      includeMeasuresDossier: true,
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toMatchObject({ status: 'answered', overdue: false });
    const answerId = answered.json().messages[0].id as string;

    // Killed after A received it, before B stored the receipt: posted by hand, the receipt dropped.
    const row = await findOutboxRow(b.db, entity.id, answerId, 'competent_authority');
    expect(row).toMatchObject({ kind: 'information-request-answer', status: 'pending' });
    const target = await findDeliveryTarget(b.db, entity.id, 'competent_authority');
    const first = await postSubmission(
      depsB.config,
      urlA,
      openSecret(depsB.config, target!.api_token_ciphertext!, API_TOKEN_PURPOSE),
      {
        id: row!.id,
        kind: 'information-request-answer',
        submittedAt: row!.submitted_at.toISOString(),
        sender: { orgId: entity.id, name: entity.name, kvkNumber: null },
        payload: row!.payload,
        payloadDigest: row!.payload_digest,
        auditHash: row!.audit_hash,
      },
    );
    expect(first.type).toBe('receipt');
    // Restarted: the delivery job retries and gets the receipt of the first delivery.
    await deliverAll(depsB);
    expect(await findOutboxRow(b.db, entity.id, answerId, 'competent_authority')).toMatchObject({
      status: 'delivered',
    });

    const [received] = await rowsOf(
      a.db,
      sql`SELECT count(*)::int AS n FROM received_submissions WHERE kind = 'information-request-answer'`,
    );
    expect(received).toEqual({ n: 1 });
    const seen = (await analyst.get(`/api/v1/supervision/requests/${id}`)).json();
    expect(seen).toMatchObject({ status: 'answered', overdue: false });
    expect(seen.messages).toMatchObject([{ kind: 'answer', text: 'Zie bijlagen.' }]);
    // The same documents, byte for byte (their SHA-256), each sent with the answer.
    const mine = (await riskManager.get(`/api/v1/supervision/received-requests/${id}`)).json();
    const digests = (r: { documents: { kind: string; sha256: string; fileName: string }[] }) =>
      r.documents.map((d) => `${d.kind} ${d.fileName} ${d.sha256}`).sort();
    expect(mine.documents).toHaveLength(3);
    expect(digests(seen)).toEqual(digests(mine));
    expect(seen.documents.every((d: { answerId: string }) => d.answerId === seen.messages[0].id)).toBe(true);
    const doc = seen.documents.find((d: { kind: string }) => d.kind === 'upload');
    const download = await analyst.get(`/api/v1/supervision/requests/${id}/documents/${doc.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('Informatiebeveiligingsbeleid 2026');

    // Both chains: A asked and received; B was asked, answered and queued.
    const actions = async (db: Db, orgId: string) =>
      (
        await rowsOf(
          db,
          sql`SELECT action FROM audit_events WHERE org_id = ${orgId}
                AND (action LIKE 'supervision.request-%' OR action LIKE 'submission.%') ORDER BY seq`,
        )
      ).map((r) => r.action);
    expect(await actions(a.db, supervisor.id)).toEqual(['supervision.request-sent', 'submission.received']);
    expect(await actions(b.db, entity.id)).toEqual([
      'supervision.request-sent',
      'supervision.request-document-added',
      'supervision.request-answered',
      'submission.queued',
      'submission.delivered',
    ]);

    // The supervisor asks more with a new period: it waits in the pull until B confirms it stored it.
    const newDue = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
    const more = await analyst.post(`/api/v1/supervision/requests/${id}/assessments`, {
      decision: 'more-asked',
      note: 'Ook het continuïteitsplan graag.',
      dueOn: newDue,
    });
    expect(more.statusCode, more.body).toBe(200);
    expect(more.json()).toMatchObject({ status: 'more-asked', dueOn: newDue });
    const moreId = (more.json().messages as { id: string; kind: string }[]).find((m) => m.kind === 'more-asked')!.id;
    // Killed before the commit: A answered the pull with the step, B never stored it.
    const lostStep = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(lostStep.ok && lostStep.supervisionUpdates).toMatchObject([
      { id: moreId, requestId: id, step: 'more-asked', dueOn: newDue, note: 'Ook het continuïteitsplan graag.' },
    ]);
    // Restarted: stored and applied once; the next pull confirms it and brings it no more.
    expect(await pullNow(depsB, entity.id)).toBe(1);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const afterStep = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(afterStep.ok && afterStep.supervisionUpdates).toEqual([]);
    const [stepDelivered] = await rowsOf(
      a.db,
      sql`SELECT delivered_at IS NOT NULL AS delivered FROM supervision_request_messages WHERE id = ${moreId}`,
    );
    expect(stepDelivered).toEqual({ delivered: true });
    const [stepCopies] = await rowsOf(
      b.db,
      sql`SELECT count(*)::int AS n FROM supervision_request_messages WHERE id = ${moreId}`,
    );
    expect(stepCopies).toEqual({ n: 1 });

    // The entity's copy shows the new question and period, and it answers again.
    const asked = (await riskManager.get(`/api/v1/supervision/received-requests/${id}`)).json();
    expect(asked).toMatchObject({ status: 'more-asked', dueOn: newDue, overdue: false });
    expect(asked.messages).toMatchObject([
      { kind: 'answer', text: 'Zie bijlagen.' },
      { kind: 'more-asked', text: 'Ook het continuïteitsplan graag.', dueOn: newDue },
    ]);
    const second = await riskManager.post(`/api/v1/supervision/received-requests/${id}/answers`, {
      text: 'Het continuïteitsplan volgt hierbij in tekst.',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().status).toBe('answered');
    await deliverAll(depsB);
    await deliverAll(depsB);
    const twice = (await analyst.get(`/api/v1/supervision/requests/${id}`)).json();
    expect(twice.status).toBe('answered');
    expect(twice.messages.map((m: { kind: string }) => m.kind)).toEqual(['answer', 'more-asked', 'answer']);
    expect(twice.messages[2]).toMatchObject({ text: 'Het continuïteitsplan volgt hierbij in tekst.' });

    // Accepted travels the same way: the entity's copy is closed too.
    const accepted = await analyst.post(`/api/v1/supervision/requests/${id}/assessments`, {
      decision: 'accepted',
      note: 'Dank u.',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect(await pullNow(depsB, entity.id)).toBe(1);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const closed = (await riskManager.get(`/api/v1/supervision/received-requests/${id}`)).json();
    expect(closed.status).toBe('accepted');
    expect(closed.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'answer',
      'more-asked',
      'answer',
      'accepted',
    ]);
    const [undelivered] = await rowsOf(
      a.db,
      sql`SELECT count(*)::int AS n FROM supervision_request_messages WHERE request_id = ${id} AND delivered_at IS NULL`,
    );
    expect(undelivered).toEqual({ n: 0 });
    // Each step on both chains: A judged twice; B was asked more and saw its answer accepted, once each.
    expect(await actions(a.db, supervisor.id)).toEqual([
      'supervision.request-sent',
      'submission.received',
      'supervision.request-assessed',
      'submission.received',
      'supervision.request-assessed',
    ]);
    expect((await actions(b.db, entity.id)).filter((x) => x === 'supervision.request-assessed')).toHaveLength(2);
    const notes = await rowsOf(
      b.db,
      sql`SELECT kind FROM notifications WHERE org_id = ${entity.id} AND subject_id = ${id} ORDER BY created_at`,
    );
    expect(notes.map((n) => n.kind)).toEqual([
      'supervision.request-received',
      'supervision.more-asked',
      'supervision.answer-accepted',
    ]);
  }, 120_000);

  it('a finding travels too, and so does each change of its follow-up, each version stored once', async () => {
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const recorded = await analyst.post('/api/v1/supervision/findings', {
      entityId: entity.id,
      observation: 'Het continuïteitsplan is niet geoefend.',
      severity: 'high',
      followUpDueOn: due,
      requestId: null,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const findingId = recorded.json().id as string;
    expect(recorded.json()).toMatchObject({ entityId: entity.id, entityName: entity.name, status: 'open' });

    // Killed before the commit: A answered the pull with the finding, B never stored it.
    const lost = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(lost.ok && lost.supervisionFindings).toMatchObject([{ id: findingId, status: 'open', severity: 'high' }]);
    expect(await pullNow(depsB, entity.id)).toBe(1);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const none = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(none.ok && none.supervisionFindings).toEqual([]);
    const mine = (await riskManager.get('/api/v1/supervision/received-findings')).json().items;
    expect(mine).toMatchObject([
      {
        id: findingId,
        supervisorName: supervisor.name,
        observation: 'Het continuïteitsplan is niet geoefend.',
        followUpDueOn: due,
        status: 'open',
      },
    ]);

    // The supervisor changes the follow-up: a new version travels; stored once even when pulled twice.
    const changed = await analyst.patch(`/api/v1/supervision/findings/${findingId}`, {
      status: 'in-progress',
      followUpNote: 'Oefening gepland in maart.',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const lostChange = await fetchAuthorityMessages(b.db, depsB.config, entity.id, 'competent_authority');
    expect(lostChange.ok && lostChange.supervisionFindings).toMatchObject([{ id: findingId, status: 'in-progress' }]);
    expect(await pullNow(depsB, entity.id)).toBe(1);
    expect(await pullNow(depsB, entity.id)).toBe(0);
    const [copy] = (await riskManager.get('/api/v1/supervision/received-findings')).json().items;
    expect(copy).toMatchObject({ id: findingId, status: 'in-progress', followUpNote: 'Oefening gepland in maart.' });
    const [rows] = await rowsOf(b.db, sql`SELECT count(*)::int AS n FROM supervision_findings WHERE id = ${findingId}`);
    expect(rows).toEqual({ n: 1 });
    const [delivered] = await rowsOf(
      a.db,
      sql`SELECT delivered_at IS NOT NULL AS delivered FROM supervision_findings WHERE id = ${findingId}`,
    );
    expect(delivered).toEqual({ delivered: true });
    // The supervisor's list holds its finding, never the entity's copy; both chains once each.
    expect((await analyst.get(`/api/v1/supervision/findings?entityId=${entity.id}`)).json().items).toHaveLength(1);
    const actions = async (db: Db, orgId: string) =>
      (
        await rowsOf(
          db,
          sql`SELECT action FROM audit_events WHERE org_id = ${orgId} AND action LIKE 'supervision.finding-%'
                AND subject_id = ${findingId} ORDER BY seq`,
        )
      ).map((r) => r.action);
    const both = ['supervision.finding-recorded', 'supervision.finding-updated'];
    expect(await actions(a.db, supervisor.id)).toEqual(both);
    expect(await actions(b.db, entity.id)).toEqual(both);
  }, 60_000);

  it('an answer naming a request of another sender lands nowhere', async () => {
    const sent = await analyst.post('/api/v1/supervision/requests', {
      entityId: entity.id,
      subject: 'Tweede verzoek',
      question: 'Hoe staat het met de back-ups?',
      legalBasis: 'information',
      dueOn: tomorrow(),
      asksMeasuresDossier: false,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;
    expect(await pullNow(depsB, entity.id)).toBe(1);
    // A second entity with a token of its own tries to answer the first entity's request.
    const other = randomUUID();
    const { token, hash } = newSecret(API_TOKEN_PREFIX);
    await insertApiToken(a.db, {
      org_id: supervisor.id,
      name: 'Aanlevering ander',
      role: 'submitter',
      token_hash: hash,
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      created_by: null,
      sender_org_id: other,
    });
    const payload = {
      requestId: id,
      text: 'Niet van mij',
      answeredBy: 'iemand',
      answeredAt: new Date().toISOString(),
      documents: [],
    };
    const { payloadDigestOf } = await import('../../src/services/delivery/enqueue-submission.ts');
    const outcome = await postSubmission(depsB.config, urlA, token, {
      id: randomUUID(),
      kind: 'information-request-answer',
      submittedAt: new Date().toISOString(),
      sender: { orgId: other, name: 'Ander NV', kvkNumber: null },
      payload,
      payloadDigest: payloadDigestOf(payload),
      auditHash: 'a'.repeat(64),
    });
    expect(outcome.type).toBe('receipt');
    const seen = (await analyst.get(`/api/v1/supervision/requests/${id}`)).json();
    expect(seen).toMatchObject({ status: 'sent', messages: [] });
  }, 60_000);
  it('refuses documents too large to travel, and writes nothing', async () => {
    const sent = await analyst.post('/api/v1/supervision/requests', {
      entityId: entity.id,
      subject: 'Groot bestand',
      question: 'Stuur het volledige logboek.',
      legalBasis: 'documents',
      dueOn: tomorrow(),
      asksMeasuresDossier: false,
    });
    const id = sent.json().id as string;
    expect(await pullNow(depsB, entity.id)).toBe(1);
    const file = multipartFile('logboek.txt', 'x'.repeat(REMOTE_ANSWER_MAX_DOCUMENT_BYTES + 1));
    const upload = await riskManager.request(
      'POST',
      `/api/v1/supervision/received-requests/${id}/documents`,
      file.payload,
      file.headers,
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const answered = await riskManager.post(`/api/v1/supervision/received-requests/${id}/answers`, {
      text: 'Zie bijlage.',
    });
    expect(answered.statusCode).toBe(400);
    expect(answered.json().invalidParams).toMatchObject([{ name: 'body.includeMeasuresDossier', code: 'too_big' }]);
    const [queued] = await rowsOf(
      b.db,
      sql`SELECT count(*)::int AS n FROM submissions_outbox WHERE subject_id = ${id}`,
    );
    expect(queued).toEqual({ n: 0 });
    const mine = (await riskManager.get(`/api/v1/supervision/received-requests/${id}`)).json();
    expect(mine).toMatchObject({ status: 'sent', messages: [] });
    expect(mine.documents).toMatchObject([{ answerId: null }]);
  }, 60_000);
});

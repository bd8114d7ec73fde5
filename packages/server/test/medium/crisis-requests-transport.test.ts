import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.ts';
import type { Deps } from '../../src/kernel/deps.ts';
import type { OrgActor } from '../../src/kernel/actor.ts';
import { insertApiToken } from '../../src/repositories/api-token.repository.ts';
import { upsertDeliveryTarget } from '../../src/repositories/delivery-target.repository.ts';
import { findOutboxRow } from '../../src/repositories/submission-outbox.repository.ts';
import { sealSecret, openSecret } from '../../src/adapters/secret-box.ts';
import { postSubmission } from '../../src/adapters/authority-client.ts';
import { API_TOKEN_PREFIX } from '../../src/services/accounts/api-token-queries.ts';
import { newSecret } from '../../src/services/accounts/secrets.ts';
import { API_TOKEN_PURPOSE } from '../../src/services/delivery/delivery-secrets.ts';
import { answerCrisisRequest } from '../../src/services/crisis-requests/answer-crisis-request.ts';
import { fetchAuthorityMessages } from '../../src/services/crisis-requests/pull-authority-messages.ts';
import { pullNow } from '../../src/services/crisis-requests/pull-messages.job.ts';
import { findDeliveryTarget } from '../../src/repositories/delivery-target.repository.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { deliverAll, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Issue 16 item 8: a request for information to 200 entities on two installations, with the entity side
// killed mid-way → every request arrives once and every answer once (docs/DELIVERY.md, "Authority → entity").
// Installation A holds the authority and 100 entities (the same installation: the same HTTP path); installation
// B (its own database) holds 100 more. The kill is put where it hurts most, with the real functions: the
// authority has answered (a pull's messages; an answer's receipt) and the entity dies before it commits.

const PER_INSTALLATION = 100;
const a = useTestDatabase();
const b = useTestDatabase();
let appA: FastifyInstance;
let urlA: string;
let depsA: Deps;
let depsB: Deps;
let authority: TestOrg;
let coordinator: TestClient;

interface Entity {
  id: string;
  name: string;
  deps: Deps;
}
const entities: Entity[] = [];

/** An entity organisation registered at the authority, with a bound delivery token and its delivery target. */
async function registeredEntity(deps: Deps, n: number): Promise<Entity> {
  const name = `Drinkwater ${n.toString().padStart(3, '0')} NV`;
  const org = await deps.db
    .insertInto('organisations')
    .values({ kind: 'entity', name, kvk_number: null, sector: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO registry_entities (org_id, entity_id, name, kvk_number, sectors, entity_types,
      classification_eu, classification_nl, province, latest_submission_id, latest_submitted_at,
      latest_received_at, latest_reference, first_received_at)
    VALUES (${authority.id}, ${org.id}, ${name}, NULL, ${['drinking-water']}, ${['drinking-water-supplier']},
      'essential', NULL, ${n % 2 ? 'utrecht' : 'gelderland'}, ${randomUUID()}, now(), now(), ${`REG-2026-${n}`}, now())`.execute(
    depsA.db,
  );
  const { token, hash } = newSecret(API_TOKEN_PREFIX);
  await insertApiToken(depsA.db, {
    org_id: authority.id,
    name: `Aanlevering ${name}`,
    role: 'submitter',
    token_hash: hash,
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    created_by: null,
    sender_org_id: org.id,
  });
  await upsertDeliveryTarget(deps.db, org.id, 'csirt', {
    authority_url: urlA,
    api_token_ciphertext: sealSecret(deps.config, token, API_TOKEN_PURPOSE),
  });
  return { id: org.id, name, deps };
}

/** A person of the entity who may answer (crisis-requests:answer). */
function handlerOf(e: Entity): OrgActor {
  return {
    orgId: e.id,
    role: 'incident-handler',
    orgKind: 'entity',
    actor: {
      type: 'user',
      userId: randomUUID(),
      label: 'incident-handler',
      sessionId: randomUUID(),
      orgId: e.id,
      role: 'incident-handler',
      orgKind: 'entity',
    },
  };
}

/** Runs `work` over the items with at most 8 in flight (the entity installations work in parallel). */
async function each<T>(items: readonly T[], work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

async function rowsOf(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return (await query.execute(db)).rows as Record<string, unknown>[];
}

beforeAll(async () => {
  appA = await buildTestApp(a.db);
  urlA = await listenOnLoopback(appA);
  depsA = testDeps(a.db);
  depsB = testDeps(b.db);
  authority = await createTestOrg(a.db, 'Crisisautoriteit', 'authority', ['owner', 'analyst']);
  coordinator = await signedIn(appA, authority, 'analyst');
  for (let n = 0; n < 2 * PER_INSTALLATION; n++)
    entities.push(await registeredEntity(n < PER_INSTALLATION ? depsA : depsB, n));
}, 60_000);

afterAll(async () => {
  await appA?.close();
});

describe('uitvraag to 200 entities on two installations, the entity side killed mid-way', () => {
  it('every request arrives once and every answer once', async () => {
    const sent = await coordinator.post('/api/v1/crisis-requests', {
      kind: 'information-request',
      subject: 'Kwetsbaarheid in SCADA-leverancier',
      body: 'Bent u geraakt door de kwetsbaarheid in de besturingssoftware?',
      tlp: 'AMBER',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      entityIds: entities.map((e) => e.id),
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const requestId = sent.json().id as string;
    expect(sent.json().counts).toMatchObject({ recipients: 200, delivered: 0, answered: 0 });

    // Killed before the commit: half of the entities got the authority's answer and died before storing it.
    const half = entities.filter((_, i) => i % 2 === 0);
    await each(half, async (e) => {
      const lost = await fetchAuthorityMessages(e.deps.db, e.deps.config, e.id, 'csirt');
      expect(lost.ok && lost.messages.length).toBe(1);
    });
    // Restarted: every entity pulls; then pulls again (the second pull confirms the storage to the authority).
    await each(entities, async (e) => void (await pullNow(e.deps, e.id)));
    // Killed after storing, while confirming: the authority saw the confirmation, the entity died before noting it.
    await each(half, async (e) => {
      const lost = await fetchAuthorityMessages(e.deps.db, e.deps.config, e.id, 'csirt');
      expect(lost.ok && lost.messages.length).toBe(0);
    });
    await each(entities, async (e) => expect(await pullNow(e.deps, e.id)).toBe(0));

    for (const db of [a.db, b.db]) {
      const [stored] = await rowsOf(
        db,
        sql`SELECT count(*)::int AS n, count(DISTINCT org_id)::int AS orgs FROM authority_messages WHERE request_id = ${requestId}`,
      );
      expect(stored).toEqual({ n: PER_INSTALLATION, orgs: PER_INSTALLATION });
      const [audited] = await rowsOf(
        db,
        sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'crisis-request.received'`,
      );
      expect(audited).toEqual({ n: PER_INSTALLATION });
    }
    const afterPull = (await coordinator.get(`/api/v1/crisis-requests/${requestId}`)).json();
    expect(afterPull.counts).toMatchObject({ recipients: 200, delivered: 200, answered: 0 });

    // Every entity answers (queued in the outbox with the answer's id).
    const answerIds = new Map<string, string>();
    await each(entities, async (e, i) => {
      const [message] = await rowsOf(e.deps.db, sql`SELECT id FROM authority_messages WHERE org_id = ${e.id}`);
      const answerId = randomUUID();
      answerIds.set(e.id, answerId);
      const answered = await answerCrisisRequest(e.deps, handlerOf(e), {
        messageId: message!.id as string,
        answerId,
        affected: i % 3 === 0 ? 'yes' : 'no',
        since: null,
        impact: i % 3 === 0 ? 'Storing in de telemetrie' : '',
        services: [],
        note: '',
      });
      expect(answered.answerDelivery).toBe('pending');
      // The same answer again (a double click, a retry): the same answer, nothing new queued.
      if (i % 10 === 0)
        await answerCrisisRequest(e.deps, handlerOf(e), {
          messageId: message!.id as string,
          answerId,
          affected: 'yes',
          since: null,
          impact: '',
          services: [],
          note: '',
        });
    });
    // Killed after the authority received the answer, before the receipt was stored: posted, receipt dropped.
    await each(half, async (e) => {
      const row = await findOutboxRow(e.deps.db, e.id, answerIds.get(e.id)!, 'csirt');
      const target = await findDeliveryTarget(e.deps.db, e.id, 'csirt');
      const outcome = await postSubmission(
        e.deps.config,
        urlA,
        openSecret(e.deps.config, target!.api_token_ciphertext!, API_TOKEN_PURPOSE),
        {
          id: row!.id,
          kind: 'crisis-request-answer',
          submittedAt: row!.submitted_at.toISOString(),
          sender: { orgId: e.id, name: e.name, kvkNumber: null },
          payload: row!.payload,
          payloadDigest: row!.payload_digest,
          auditHash: row!.audit_hash,
        },
      );
      expect(outcome.type).toBe('receipt');
    });
    // Restarted: the delivery jobs run on both installations.
    await Promise.all(Array.from({ length: 4 }, () => [deliverAll(depsA), deliverAll(depsB)]).flat());

    for (const db of [a.db, b.db]) {
      const [outbox] = await rowsOf(
        db,
        sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'delivered')::int AS delivered
              FROM submissions_outbox WHERE kind = 'crisis-request-answer'`,
      );
      expect(outbox).toEqual({ n: PER_INSTALLATION, delivered: PER_INSTALLATION });
    }
    const [received] = await rowsOf(
      a.db,
      sql`SELECT count(*)::int AS n, count(DISTINCT sender_org_id)::int AS senders, count(DISTINCT authority_reference)::int AS refs
            FROM received_submissions WHERE org_id = ${authority.id} AND kind = 'crisis-request-answer'`,
    );
    expect(received).toEqual({ n: 200, senders: 200, refs: 200 });
    const view = (await coordinator.get(`/api/v1/crisis-requests/${requestId}`)).json();
    expect(view.counts).toMatchObject({ recipients: 200, delivered: 200, answered: 200, overdue: 0, affected: 67 });
    // Each recipient's answer is the one its entity sent, under the answer's own id.
    const wrong = (view.recipients as { entityId: string; answer: { messageId: string } | null }[]).filter(
      (r) => !r.answer,
    );
    expect(wrong).toEqual([]);
    const [answers] = await rowsOf(
      a.db,
      sql`SELECT count(DISTINCT answer_submission_id)::int AS n FROM crisis_request_recipients WHERE request_id = ${requestId}`,
    );
    expect(answers).toEqual({ n: 200 });
  }, 60_000);
});

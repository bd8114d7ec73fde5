import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../packages/server/src/config.ts';
import { createDb, inTransaction, type Db } from '../packages/server/src/db/database.ts';
import { runningEmbeddedConnectionString } from '../packages/server/src/db/embedded-postgres.ts';
import type { OrgActor } from '../packages/server/src/kernel/actor.ts';
import type { Deps } from '../packages/server/src/kernel/deps.ts';
import { createDeps } from '../packages/server/src/modules.ts';
import { sealSecret } from '../packages/server/src/adapters/secret-box.ts';
import { insertApiToken } from '../packages/server/src/repositories/api-token.repository.ts';
import { upsertDeliveryTarget } from '../packages/server/src/repositories/delivery-target.repository.ts';
import { API_TOKEN_PREFIX } from '../packages/server/src/services/accounts/api-token-queries.ts';
import { newSecret } from '../packages/server/src/services/accounts/secrets.ts';
import { answerCrisisRequest } from '../packages/server/src/services/crisis-requests/answer-crisis-request.ts';
import { ensurePulls } from '../packages/server/src/services/crisis-requests/pull-messages.job.ts';
import { API_TOKEN_PURPOSE } from '../packages/server/src/services/delivery/delivery-secrets.ts';
import { DEMO_PASSWORD } from './support/journey.ts';
import { freePort, startPlatform, type RunningPlatform } from './support/server.ts';

// Issue 16 item 8 with real processes (docs/DELIVERY.md, "Authority → entity"): an uitvraag to 200 entities on
// two installations on loopback. Installation A holds the authority and 100 entities (they pull over HTTP from
// their own installation), installation B holds 100 more and pulls from A. B is SIGKILLed twice: while its
// entities pull the request, and while their answers are being delivered through its outbox; each time it is
// restarted on the same data dir. Every request must be stored once and every answer received once.
// The entities are seeded with the real repository functions straight into each installation's database
// (registering 200 organisations through the API would take minutes); the request goes through the API, the
// answers through the real use case, the pulls and deliveries through the servers' own job runners.

const PER_INSTALLATION = 100;
/** WEERBAAR_CRISIS_PULL_SECONDS: a pull round every 3 s instead of 30 s (200 chains: about 70 pulls a second). */
const PULL_SECONDS = 3;

interface Entity {
  id: string;
  name: string;
  /** 'A' lives on the authority's installation, 'B' on the entity installation. */
  on: 'A' | 'B';
}

let authority: RunningPlatform | undefined;
let entityInstallation: RunningPlatform | undefined;
let entityEnv: Record<string, string>;
let authorityOrgId: string;
let cookies = '';
let csrf = '';
const entities: Entity[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const platformOf = (on: 'A' | 'B') => (on === 'A' ? authority! : entityInstallation!);
const entitiesOn = (on: 'A' | 'B') => entities.filter((e) => e.on === on);

/**
 * Runs `fn` with the use cases' dependencies against the installation's embedded database (its port changes
 * per start, so it is opened per call), as the installation itself configures them.
 */
async function withDeps<T>(platform: RunningPlatform, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const db = createDb(runningEmbeddedConnectionString(platform.dataDir), 4);
  const config = loadConfig({ WEERBAAR_DATA_DIR: platform.dataDir, PUBLIC_URL: platform.url, LOG_LEVEL: 'warn' });
  try {
    return await fn(createDeps({ db, config }));
  } finally {
    await db.destroy().catch(() => {});
  }
}

async function rows<T>(db: Db, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

/** The coordinator's API on the authority installation (cookie session with the wb_csrf double-submit). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON the API answers, read in assertions
async function coordinator(method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { accept: 'application/json', cookie: cookies };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`${authority!.url}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const jar = new Map(cookies ? cookies.split('; ').map((c) => c.split('=') as [string, string]) : []);
  for (const cookie of res.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
  cookies = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  csrf = jar.get('wb_csrf') ?? '';
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Runs `work` over the items with at most 8 in flight. */
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

/** Polls `probe` until it returns true; fails with what `describe` says after `timeoutMs`. */
async function waitUntil(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await sleep(250);
  }
  throw new Error(`${what}: not reached in ${timeoutMs} ms`);
}

/**
 * Watches the entity installation's database and SIGKILLs its server as soon as `count` reaches `atLeast`;
 * returns the count once the process is dead (its orphaned PostgreSQL still answers).
 */
async function killEntityInstallationWhen(count: (db: Db) => Promise<number>, atLeast: number): Promise<number> {
  const platform = entityInstallation!;
  const db = createDb(runningEmbeddedConnectionString(platform.dataDir), 1);
  try {
    const started = Date.now();
    while ((await count(db)) < atLeast) {
      if (Date.now() - started > 120_000) throw new Error('the entity installation never got under way');
      await sleep(50);
    }
    await platform.kill('SIGKILL');
    return await count(db);
  } finally {
    await db.destroy().catch(() => {});
  }
}

/** The entity organisations on the installation, each in the authority's register with a bound token. */
async function seedEntities(on: 'A' | 'B', list: readonly Entity[]): Promise<void> {
  const tokens = new Map<string, string>();
  await withDeps(authority!, (deps) =>
    inTransaction(deps.db, async (trx) => {
      for (const [n, e] of list.entries()) {
        await sql`INSERT INTO registry_entities (org_id, entity_id, name, kvk_number, sectors, entity_types,
            classification_eu, classification_nl, province, latest_submission_id, latest_submitted_at,
            latest_received_at, latest_reference, first_received_at)
          VALUES (${authorityOrgId}, ${e.id}, ${e.name}, NULL, ${['drinking-water']}, ${['drinking-water-supplier']},
            'essential', NULL, ${n % 2 ? 'utrecht' : 'gelderland'}, ${randomUUID()}, now(), now(),
            ${`REG-E2E-${on}-${n}`}, now())`.execute(trx);
        const { token, hash } = newSecret(API_TOKEN_PREFIX);
        await insertApiToken(trx, {
          org_id: authorityOrgId,
          name: `Aanlevering ${e.name}`,
          role: 'submitter',
          token_hash: hash,
          prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
          created_by: null,
          sender_org_id: e.id,
        });
        tokens.set(e.id, token);
      }
    }),
  );
  await withDeps(platformOf(on), (deps) =>
    inTransaction(deps.db, async (trx) => {
      for (const e of list) {
        await trx.insertInto('organisations').values({ id: e.id, kind: 'entity', name: e.name }).execute();
        await upsertDeliveryTarget(trx, e.id, 'csirt', {
          authority_url: authority!.url,
          api_token_ciphertext: sealSecret(deps.config, tokens.get(e.id)!, API_TOKEN_PURPOSE),
        });
        // What saving a delivery target does (subscriber of 'delivery-target.updated'): the pull chain starts.
        await ensurePulls(trx, e.id, Date.now());
      }
    }),
  );
}

/** A person of the entity who may answer (crisis-requests:answer is for people, never for a token). */
function handlerOf(e: Entity): OrgActor {
  const person = { orgId: e.id, role: 'incident-handler', orgKind: 'entity' } as const;
  return {
    ...person,
    actor: { type: 'user', userId: randomUUID(), label: 'incident-handler', sessionId: randomUUID(), ...person },
  };
}

beforeAll(async () => {
  const [authorityPort, entityPort] = [await freePort(), await freePort()];
  const pull = { WEERBAAR_CRISIS_PULL_SECONDS: String(PULL_SECONDS) };
  const authorityEnv = { ...pull, PORT: String(authorityPort), PUBLIC_URL: `http://127.0.0.1:${authorityPort}` };
  entityEnv = { ...pull, PORT: String(entityPort), PUBLIC_URL: `http://127.0.0.1:${entityPort}` };
  const copyOf = inject('demoDataDir');
  const started = Date.now();
  // Copies of the seeded demo, started without re-seeding it (the demo's own delivery targets keep naming the
  // template's port, so its entities' traffic goes nowhere; this test counts only its own entities).
  [authority, entityInstallation] = await Promise.all([
    startPlatform(authorityEnv, { copyOf, demo: false }),
    startPlatform(entityEnv, { copyOf, demo: false }),
  ]);

  await coordinator('GET', '/api/v1/receipt-keys'); // sets the wb_csrf cookie
  const session = await coordinator('POST', '/api/v1/sessions', {
    email: 'owner@autoriteit.example',
    password: DEMO_PASSWORD,
  });
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  authorityOrgId = session.body.activeOrgId;
  const startedMs = Date.now() - started;

  for (let n = 0; n < 2 * PER_INSTALLATION; n++)
    entities.push({
      id: randomUUID(),
      name: `Drinkwater ${n.toString().padStart(3, '0')} NV`,
      on: n < PER_INSTALLATION ? 'A' : 'B',
    });
  await seedEntities('A', entitiesOn('A'));
  await seedEntities('B', entitiesOn('B'));
  console.log(
    `[crisis-requests-faults] two installations started in ${(startedMs / 1000).toFixed(1)} s; ` +
      `200 entities seeded in ${((Date.now() - started - startedMs) / 1000).toFixed(1)} s`,
  );
}, 240_000);

afterAll(async () => {
  await Promise.all([authority?.stop(), entityInstallation?.stop()]);
}, 60_000);

describe('an uitvraag to 200 entities on two installations, the entity installation SIGKILLed', () => {
  let requestId: string;

  it('killed while pulling and restarted: every recipient holds the request exactly once', async () => {
    const sent = await coordinator('POST', '/api/v1/crisis-requests', {
      kind: 'information-request',
      subject: 'Kwetsbaarheid in SCADA-leverancier',
      body: 'Bent u geraakt door de kwetsbaarheid in de besturingssoftware?',
      tlp: 'AMBER',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
      entityIds: entities.map((e) => e.id),
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    requestId = sent.body.id;
    expect(sent.body.counts).toMatchObject({ recipients: 200, delivered: 0, answered: 0 });

    // Killed once a quarter of B's entities stored the request: the others' pulls are under way or planned.
    const sentAt = Date.now();
    const storedAtKill = await killEntityInstallationWhen(
      async (db) =>
        (
          await rows<{ n: number }>(
            db,
            sql`SELECT count(*)::int AS n FROM authority_messages WHERE request_id = ${requestId}`,
          )
        )[0]!.n,
      PER_INSTALLATION / 4,
    );
    const killedAfterMs = Date.now() - sentAt;
    expect(storedAtKill, 'the kill came before every entity of B had stored the request').toBeLessThan(
      PER_INSTALLATION,
    );
    const restartStarted = Date.now();
    entityInstallation = await startPlatform(entityEnv, { dataDir: entityInstallation!.dataDir, demo: false });
    const restartMs = Date.now() - restartStarted;

    // Every recipient confirmed storing it (the next pull's 'delivered' list), on both installations.
    const catchUpMs = await waitUntil('every recipient confirmed the request', 150_000, () =>
      withDeps(authority!, async ({ db }) => {
        const [r] = await rows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM crisis_request_recipients
               WHERE request_id = ${requestId} AND delivered_at IS NOT NULL`,
        );
        return r!.n === 2 * PER_INSTALLATION;
      }),
    );

    for (const on of ['A', 'B'] as const) {
      const ids = entitiesOn(on).map((e) => e.id);
      await withDeps(platformOf(on), async ({ db }) => {
        const stored = await rows<{ org_id: string; n: number }>(
          db,
          sql`SELECT org_id, count(*)::int AS n FROM authority_messages WHERE request_id = ${requestId} GROUP BY org_id`,
        );
        expect(stored.map((s) => s.org_id).sort(), `installation ${on}`).toEqual([...ids].sort());
        expect(
          stored.filter((s) => s.n !== 1),
          `installation ${on}`,
        ).toEqual([]);
        // Each entity's audit chain records it once, and its people get one notification.
        const [audited] = await rows<{ n: number; orgs: number }>(
          db,
          sql`SELECT count(*)::int AS n, count(DISTINCT org_id)::int AS orgs FROM audit_events
               WHERE action = 'crisis-request.received' AND org_id = ANY(${ids}::uuid[])`,
        );
        expect(audited, `installation ${on}`).toEqual({ n: PER_INSTALLATION, orgs: PER_INSTALLATION });
        const [notified] = await rows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM notifications
               WHERE kind = 'crisis-request.information-request' AND org_id = ANY(${ids}::uuid[])`,
        );
        expect(notified!.n, `installation ${on}`).toBe(PER_INSTALLATION);
      });
    }
    const view = await coordinator('GET', `/api/v1/crisis-requests/${requestId}`);
    expect(view.body.counts).toMatchObject({ recipients: 200, delivered: 200, answered: 0 });
    console.log(
      `[crisis-requests-faults] uitvraag to 200; entity installation SIGKILLed ${(killedAfterMs / 1000).toFixed(1)} s ` +
        `after sending, ${storedAtKill} of ${PER_INSTALLATION} of its entities had stored it; restarted in ` +
        `${(restartMs / 1000).toFixed(1)} s; all 200 confirmed ${(catchUpMs / 1000).toFixed(1)} s later; each stored once`,
    );
  }, 240_000);

  it('killed while delivering the answers and restarted: the authority holds one answer per recipient, each entity a receipt', async () => {
    expect(requestId).toBeDefined();
    const answerIds = new Map<string, string>();
    const answer = (on: 'A' | 'B') =>
      withDeps(platformOf(on), async (deps) =>
        each(entitiesOn(on), async (e, i) => {
          const [message] = await rows<{ id: string }>(
            deps.db,
            sql`SELECT id FROM authority_messages WHERE org_id = ${e.id} AND request_id = ${requestId}`,
          );
          const answerId = randomUUID();
          answerIds.set(e.id, answerId);
          const input = {
            messageId: message!.id,
            answerId,
            affected: i % 3 === 0 ? ('yes' as const) : ('no' as const),
            since: null,
            impact: i % 3 === 0 ? 'Storing in de telemetrie' : '',
            services: [],
            note: '',
          };
          expect((await answerCrisisRequest(deps, handlerOf(e), input)).answerDelivery).toBe('pending');
          // The same answer again (a double click): the same answer, nothing new queued.
          if (i % 10 === 0) await answerCrisisRequest(deps, handlerOf(e), input);
        }),
      );
    await answer('A');

    // B answers; its server delivers them while the answers come in, and dies once a quarter have their receipt.
    const delivered = async (db: Db) =>
      (
        await rows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM submissions_outbox
               WHERE kind = 'crisis-request-answer' AND status = 'delivered' AND org_id = ANY(${entitiesOn('B').map((e) => e.id)}::uuid[])`,
        )
      )[0]!.n;
    const [, deliveredAtKill] = await Promise.all([
      answer('B'),
      killEntityInstallationWhen(delivered, PER_INSTALLATION / 4),
    ]);
    expect(deliveredAtKill, 'the kill came before every answer of B had its receipt').toBeLessThan(PER_INSTALLATION);
    const restartStarted = Date.now();
    entityInstallation = await startPlatform(entityEnv, { dataDir: entityInstallation!.dataDir, demo: false });
    const restartMs = Date.now() - restartStarted;

    const catchUpMs = await waitUntil('every answer delivered', 150_000, async () => {
      let done = true;
      for (const on of ['A', 'B'] as const)
        await withDeps(platformOf(on), async ({ db }) => {
          const [r] = await rows<{ n: number }>(
            db,
            sql`SELECT count(*)::int AS n FROM submissions_outbox
                 WHERE kind = 'crisis-request-answer' AND status = 'delivered' AND receipt_verified
                   AND org_id = ANY(${entitiesOn(on).map((e) => e.id)}::uuid[])`,
          );
          if (r!.n < PER_INSTALLATION) done = false;
        });
      return done;
    });

    // Each entity: one answer in its outbox, delivered with a verified receipt, the answer its message names.
    for (const on of ['A', 'B'] as const) {
      const ids = entitiesOn(on).map((e) => e.id);
      await withDeps(platformOf(on), async ({ db }) => {
        const outbox = await rows<{ org_id: string; id: string; status: string; receipt_verified: boolean }>(
          db,
          sql`SELECT org_id, id, status, receipt_verified FROM submissions_outbox
               WHERE kind = 'crisis-request-answer' AND org_id = ANY(${ids}::uuid[])`,
        );
        expect(outbox, `installation ${on}`).toHaveLength(PER_INSTALLATION);
        expect(outbox.filter((r) => r.status !== 'delivered' || !r.receipt_verified)).toEqual([]);
        expect(outbox.filter((r) => r.id !== answerIds.get(r.org_id))).toEqual([]);
      });
    }
    // The authority: one answer per recipient, received once under its own reference.
    const ids = entities.map((e) => e.id);
    await withDeps(authority!, async ({ db }) => {
      const [received] = await rows<{ n: number; senders: number; refs: number; ids: number }>(
        db,
        sql`SELECT count(*)::int AS n, count(DISTINCT sender_org_id)::int AS senders,
                   count(DISTINCT authority_reference)::int AS refs, count(DISTINCT id)::int AS ids
              FROM received_submissions
             WHERE org_id = ${authorityOrgId} AND kind = 'crisis-request-answer' AND sender_org_id = ANY(${ids}::uuid[])`,
      );
      expect(received).toEqual({ n: 200, senders: 200, refs: 200, ids: 200 });
      const recipients = await rows<{ entity_id: string; answer_submission_id: string | null }>(
        db,
        sql`SELECT entity_id, answer_submission_id FROM crisis_request_recipients WHERE request_id = ${requestId}`,
      );
      expect(recipients).toHaveLength(200);
      expect(recipients.filter((r) => r.answer_submission_id !== answerIds.get(r.entity_id))).toEqual([]);
    });
    const view = await coordinator('GET', `/api/v1/crisis-requests/${requestId}`);
    expect(view.body.counts).toMatchObject({ recipients: 200, delivered: 200, answered: 200, affected: 68 });
    console.log(
      `[crisis-requests-faults] 200 answers; entity installation SIGKILLed with ${deliveredAtKill} of ` +
        `${PER_INSTALLATION} of its answers delivered; restarted in ${(restartMs / 1000).toFixed(1)} s; all 200 ` +
        `had a verified receipt ${(catchUpMs / 1000).toFixed(1)} s later; ` +
        'the authority received each once',
    );
  }, 240_000);
});

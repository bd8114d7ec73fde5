import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningEmbeddedConnectionString } from '../packages/server/src/db/embedded-postgres.ts';
import { freePort, startPlatform, type RunningPlatform } from './support/server.ts';
import { DEMO_PASSWORD } from './support/journey.ts';

// Fault tolerance of the delivery loop (docs/DELIVERY.md) with two real installations on loopback:
// an entity delivering incident reports over HTTP to a separate authority installation. The authority is
// killed in the middle of a burst and comes back; the entity is killed while reports are being submitted.
// Nothing the user was told was saved may be lost, and nothing may be received twice.

const FIRST_BATCH = 500;
const SECOND_BATCH = 100;
const CONCURRENCY = 10;
const CONTACT = { name: 'Jan de Vries', email: 'ciso@ziekenhuis.example', phone: '+31 50 123 4567' };

let authority: RunningPlatform | undefined;
let entity: RunningPlatform | undefined;
let authorityEnv: Record<string, string>;
let entityEnv: Record<string, string>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` against the installation's embedded database (connection info in its data dir; its port changes per start). */
async function withDb<T>(platform: RunningPlatform, fn: (db: pg.Pool) => Promise<T>): Promise<T> {
  const db = new pg.Pool({ connectionString: runningEmbeddedConnectionString(platform.dataDir), max: 2 });
  db.on('error', () => {}); // an idle connection of a server that is killed later must not crash the run
  try {
    return await fn(db);
  } finally {
    await db.end().catch(() => {});
  }
}

interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A JSON API client: a bearer token, or the browser's cookies with the wb_csrf double-submit. */
class Api {
  private cookies = new Map<string, string>();
  constructor(
    private readonly base: () => string,
    private readonly bearer?: string,
  ) {}

  /** One request; with `retries`, network errors (a restarted server's stale connection) are retried. */
  async call(method: string, url: string, body?: unknown, retries = 0): Promise<Reply> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(method, url, body);
      } catch (error) {
        if (attempt >= retries) throw error;
        await sleep(200);
      }
    }
  }

  private async once(method: string, url: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    else {
      if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const csrf = this.cookies.get('wb_csrf');
      if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    }
    const res = await fetch(`${this.base()}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text for the failure message
    }
    return { status: res.status, body: parsed };
  }

  static async signIn(base: () => string, email: string): Promise<{ api: Api; orgId: string }> {
    const api = new Api(base);
    await api.call('GET', '/api/v1/receipt-keys'); // sets the wb_csrf cookie
    const res = await api.call('POST', '/api/v1/sessions', { email, password: DEMO_PASSWORD });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { api, orgId: res.body.activeOrgId };
  }
}

/** Runs `work` over the items with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function ransomwareIncident(n: number) {
  return {
    title: `Ransomware op server ${n}`,
    description: 'Bestanden zijn versleuteld; losgeldbrief gevonden.',
    category: 'ransomware',
    detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    impact: { severeOperationalDisruption: true, suspectedMalicious: true, crossBorder: false, usersAffected: 1200 },
  };
}

const earlyWarning = (reportId: string) => ({
  stage: 'early_warning',
  reportId,
  content: {
    suspectedUnlawfulOrMalicious: 'yes',
    crossBorderImpactPossible: 'no',
    contact: CONTACT,
    suspectedStartAt: null,
  },
});

/** Creates an incident and decides it significant (the reporting clock starts); returns its id. */
async function significantIncident(handler: Api, n: number): Promise<string> {
  const created = await handler.call('POST', '/api/v1/incidents', ransomwareIncident(n));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const decided = await handler.call('POST', `/api/v1/incidents/${id}/significance-decisions`, {
    outcome: 'significant',
    reason: 'Versleutelde systemen, ernstige verstoring van de zorg.',
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  return id;
}

interface Submitted {
  incidentId: string;
  reportId: string;
}

let handler: Api; // the entity's incident-handler API token
let entityOrgId: string;
const reports: Submitted[] = []; // every report the entity acknowledged (2xx)

/** The demo seed's own reports (incidents with a demo key, seed-demo-incidents.ts): not this test's traffic. */
const DEMO_REPORTS = `SELECT r.id FROM incident_reports r JOIN incidents i ON i.id = r.incident_id
  WHERE i.external_id LIKE 'demo-%'`;

/**
 * Reports, not outbox rows: a report has a row per recipient (CSIRT and competent authority, Cbw art. 26(1)),
 * here both served by the one authority installation. Delivered = every recipient has it.
 */
async function countDelivered(db: pg.Pool): Promise<{ delivered: number; pending: number }> {
  const { rows } = await db.query<{ delivered: string; pending: string; failed: string }>(
    `SELECT count(*) FILTER (WHERE all_delivered) AS delivered, count(*) FILTER (WHERE any_pending) AS pending,
            count(*) FILTER (WHERE any_failed) AS failed
       FROM (SELECT id, bool_and(status = 'delivered') AS all_delivered, bool_or(status = 'pending') AS any_pending,
                    bool_or(status = 'failed') AS any_failed
               FROM submissions_outbox WHERE kind = 'incident-report' AND subject_id NOT IN (${DEMO_REPORTS})
              GROUP BY id) AS per_report`,
  );
  expect(Number(rows[0]!.failed)).toBe(0);
  return { delivered: Number(rows[0]!.delivered), pending: Number(rows[0]!.pending) };
}

/**
 * The entity's delivery failures, by last error (kept on the job after it succeeded): while the authority is
 * down they must be network errors, never an HTTP 5xx from the authority.
 */
async function deliveryErrors(): Promise<string> {
  const rows = await withDb(entity!, async (db) => {
    const { rows } = await db.query<{ error: string; n: string; attempts: number }>(
      `SELECT last_error AS error, count(*) AS n, max(attempts) AS attempts FROM jobs
        WHERE kind = 'submission.deliver' AND last_error IS NOT NULL GROUP BY last_error ORDER BY n DESC`,
    );
    return rows;
  });
  expect(rows.filter((r) => /HTTP 5\d\d/.test(r.error))).toEqual([]);
  return rows.map((r) => `${r.n}× "${r.error}" (up to ${r.attempts} attempts)`).join('; ') || 'none';
}

/** Polls (bounded) the entity's outbox until `expected` incident reports are delivered; returns ms taken. */
async function waitForDelivery(expected: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  return withDb(entity!, async (db) => {
    let last = { delivered: 0, pending: 0 };
    while (Date.now() - started < timeoutMs) {
      last = await countDelivered(db);
      if (last.delivered === expected && last.pending === 0) return Date.now() - started;
      await sleep(500);
    }
    throw new Error(`after ${timeoutMs} ms: ${last.delivered} of ${expected} delivered, ${last.pending} pending`);
  });
}

/**
 * Every acknowledged report exists exactly once on the entity with a verified receipt, and the authority
 * received each exactly once under the same reference.
 */
async function verifyEndToEnd(expected: number): Promise<void> {
  const demoReports = await withDb(entity!, async (db) =>
    (await db.query<{ id: string }>(DEMO_REPORTS)).rows.map((r) => r.id),
  );
  const [rows, inbox] = await withDb(authority!, async (db) => [
    (
      await db.query<{ id: string; report_id: string; authority_reference: string }>(
        `SELECT id, payload->>'reportId' AS report_id, authority_reference FROM received_submissions
          WHERE kind = 'incident-report' AND sender_org_id = $1 AND NOT (payload->>'reportId' = ANY($2))`,
        [entityOrgId, demoReports],
      )
    ).rows,
    (
      await db.query<{ submission_id: string }>(
        `SELECT submission_id FROM inbox_reports WHERE sender_org_id = $1 AND NOT (submission_id::text = ANY($2))`,
        [entityOrgId, demoReports],
      )
    ).rows,
  ]);
  expect(rows).toHaveLength(expected);
  expect(new Set(rows.map((r) => r.id)).size).toBe(expected);
  expect(new Set(rows.map((r) => r.report_id)).size).toBe(expected);
  expect(new Set(rows.map((r) => r.authority_reference)).size).toBe(expected);
  // The analysts' inbox lists each report once.
  expect(inbox).toHaveLength(expected);
  expect(new Set(inbox.map((r) => r.submission_id))).toEqual(new Set(reports.map((r) => r.reportId)));
  const referenceOf = new Map(rows.map((r) => [r.id, r.authority_reference]));

  const mismatches: string[] = [];
  await pool(reports, CONCURRENCY, async ({ incidentId, reportId }) => {
    const res = await handler.call('GET', `/api/v1/incidents/${incidentId}/reports`, undefined, 3);
    expect(res.status).toBe(200);
    const items = res.body.items as { id: string; delivery: any }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    // One report per incident: a repeated submission never made a second one.
    if (items.length !== 1 || items[0]!.id !== reportId) {
      mismatches.push(`${incidentId}: ${items.map((i) => i.id).join(',')}`);
      return;
    }
    const { delivery } = items[0]!;
    if (
      delivery?.status !== 'delivered' ||
      !delivery.receipt?.verified ||
      !delivery.receipt.receivedAt ||
      delivery.receipt.authorityReference !== referenceOf.get(reportId)
    ) {
      mismatches.push(`${reportId}: ${JSON.stringify(delivery)} (authority: ${referenceOf.get(reportId)})`);
    }
  });
  expect(mismatches).toEqual([]);
}

beforeAll(async () => {
  const [authorityPort, entityPort] = [await freePort(), await freePort()];
  authorityEnv = { PORT: String(authorityPort), PUBLIC_URL: `http://127.0.0.1:${authorityPort}` };
  entityEnv = { PORT: String(entityPort), PUBLIC_URL: `http://127.0.0.1:${entityPort}` };
  [authority, entity] = await Promise.all([startPlatform(authorityEnv), startPlatform(entityEnv)]);

  // The authority issues a submitter token for this entity installation.
  const { api: authorityOwner } = await Api.signIn(() => authority!.url, 'owner@autoriteit.example');
  const submitter = await authorityOwner.call('POST', '/api/v1/api-tokens', {
    name: 'Aanlevering Ziekenhuis (andere installatie)',
    role: 'submitter',
  });
  expect(submitter.status, JSON.stringify(submitter.body)).toBe(201);

  // The entity delivers there, and gives its SIEM-like client an incident-handler token.
  const signedIn = await Api.signIn(() => entity!.url, 'owner@ziekenhuis.example');
  entityOrgId = signedIn.orgId;
  const target = await signedIn.api.call('PUT', '/api/v1/delivery-target', {
    authorityUrl: authority.url,
    apiToken: submitter.body.token,
  });
  expect(target.status, JSON.stringify(target.body)).toBe(200);
  const settings = await signedIn.api.call('PATCH', '/api/v1/incident-settings', { contact: CONTACT });
  expect(settings.status, JSON.stringify(settings.body)).toBe(200);
  const token = await signedIn.api.call('POST', '/api/v1/api-tokens', { name: 'Bulk', role: 'incident-handler' });
  expect(token.status, JSON.stringify(token.body)).toBe(201);
  handler = new Api(() => entity!.url, token.body.token);
}, 180_000);

afterAll(async () => {
  await Promise.all([authority?.stop(), entity?.stop()]);
}, 60_000);

describe('delivery under faults, two installations', () => {
  it(`the authority killed in the middle of ${FIRST_BATCH} submissions and restarted: exactly ${FIRST_BATCH} received, no duplicates, every report has its receipt`, async () => {
    const started = Date.now();
    let killedAt = 0;
    let killing: Promise<void> | undefined;
    const failures: string[] = [];
    const items = Array.from({ length: FIRST_BATCH }, (_, i) => i);
    await pool(items, CONCURRENCY, async (n) => {
      const incidentId = await significantIncident(handler, n);
      const reportId = randomUUID();
      const res = await handler.call('POST', `/api/v1/incidents/${incidentId}/reports`, earlyWarning(reportId));
      // 'Saved' even while the authority is down: the report is in the outbox.
      if (res.status !== 201) failures.push(`${res.status} ${JSON.stringify(res.body)}`);
      else reports.push({ incidentId, reportId });
      if (reports.length === FIRST_BATCH / 2 && !killing) {
        killedAt = Date.now();
        killing = authority!.kill('SIGKILL');
      }
    });
    expect(failures).toEqual([]);
    await killing;
    const submittedMs = Date.now() - started;

    authority = await startPlatform(authorityEnv, { dataDir: authority!.dataDir });
    const outageMs = Date.now() - killedAt;
    const pendingAtRestart = (await withDb(entity!, countDelivered)).pending;
    const catchUpMs = await waitForDelivery(FIRST_BATCH, 150_000);
    await verifyEndToEnd(FIRST_BATCH);
    console.log(
      `[delivery-faults] ${FIRST_BATCH} reports submitted in ${(submittedMs / 1000).toFixed(1)} s; authority ` +
        `SIGKILLed after ${FIRST_BATCH / 2}, down ${(outageMs / 1000).toFixed(1)} s; ${pendingAtRestart} pending at ` +
        `its restart, all delivered ${(catchUpMs / 1000).toFixed(1)} s later; authority received ${FIRST_BATCH} ` +
        'distinct, every receipt matches',
    );
    console.log(`[delivery-faults] delivery failures seen by the entity: ${await deliveryErrors()}`);
  }, 300_000);

  it('a SIGKILL of the entity during submission loses nothing the user was told was saved', async () => {
    // The incidents are recorded first; the kill hits the report submissions.
    const batch: { incidentId: string; reportId: string }[] = [];
    await pool(
      Array.from({ length: SECOND_BATCH }, (_, i) => FIRST_BATCH + i),
      CONCURRENCY,
      async (n) => {
        batch.push({ incidentId: await significantIncident(handler, n), reportId: randomUUID() });
      },
    );

    const acknowledged: Submitted[] = [];
    const notAcknowledged: Submitted[] = [];
    let killedAt = 0;
    let killing: Promise<void> | undefined;
    await pool(batch, CONCURRENCY, async (item) => {
      if (killing) {
        notAcknowledged.push(item); // the user never got to submit it
        return;
      }
      try {
        const res = await handler.call(
          'POST',
          `/api/v1/incidents/${item.incidentId}/reports`,
          earlyWarning(item.reportId),
        );
        if (res.status === 201) acknowledged.push(item);
        else throw new Error(`HTTP ${res.status} ${JSON.stringify(res.body)}`);
      } catch (error) {
        // Only requests in flight when the server died may fail.
        if (!killing) throw error;
        notAcknowledged.push(item);
      }
      if (acknowledged.length === SECOND_BATCH / 2 && !killing) {
        killedAt = Date.now();
        killing = entity!.kill('SIGKILL');
      }
    });
    await killing;

    entity = await startPlatform(entityEnv, { dataDir: entity!.dataDir });
    const outageMs = Date.now() - killedAt;

    // Everything acknowledged before the kill survived it.
    const lost: string[] = [];
    await pool(acknowledged, CONCURRENCY, async ({ incidentId, reportId }) => {
      const res = await handler.call('GET', `/api/v1/incidents/${incidentId}/reports`, undefined, 3);
      if (!res.body.items?.some((r: { id: string }) => r.id === reportId)) lost.push(reportId);
    });
    expect(lost).toEqual([]);

    // The user tries again with the same report ids: the ones that made it before the kill answer 200 (the
    // existing report), the others are created now. A repeat of an acknowledged one is a 200 too.
    let repeats = 0;
    let created = 0;
    await pool([...notAcknowledged, ...acknowledged.slice(0, 10)], CONCURRENCY, async (item) => {
      const res = await handler.call(
        'POST',
        `/api/v1/incidents/${item.incidentId}/reports`,
        earlyWarning(item.reportId),
        3,
      );
      expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
      if (res.status === 200) repeats += 1;
      else created += 1;
    });
    reports.push(...acknowledged, ...notAcknowledged);

    const catchUpStart = Date.now();
    await waitForDelivery(FIRST_BATCH + SECOND_BATCH, 120_000);
    const catchUpMs = Date.now() - catchUpStart;
    await verifyEndToEnd(FIRST_BATCH + SECOND_BATCH);
    console.log(
      `[delivery-faults] entity SIGKILLed after ${acknowledged.length} of ${SECOND_BATCH} acknowledged ` +
        `(${notAcknowledged.length} not acknowledged), down ${(outageMs / 1000).toFixed(1)} s; none lost; ` +
        `resubmitted ${notAcknowledged.length + 10} with the same ids: ${repeats} already there (200), ${created} ` +
        `created; all ${FIRST_BATCH + SECOND_BATCH} delivered ${(catchUpMs / 1000).toFixed(1)} s later, each received once`,
    );
    console.log(`[delivery-faults] delivery failures seen by the entity: ${await deliveryErrors()}`);
  }, 240_000);
});

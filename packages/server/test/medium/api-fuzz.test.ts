import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OPENAPI_FILE } from '../../src/cli/openapi.command.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { ransomwareIncident, earlyWarning, significantIncident } from '../support/incident-fixtures.ts';
import { earlyWarningEnvelope } from '../support/intake-fixtures.ts';
import {
  IdPool,
  operationsOf,
  requestsFor,
  ResponseChecker,
  type FuzzRequest,
  type OpenApiDocument,
} from '../support/openapi-fuzz.ts';
import { validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Property-based fuzzing of every operation in the checked-in OpenAPI document, as an entity's API token
// and as an authority's: requests that follow the document and requests with nasty values anywhere
// (NUL, lone surrogates, odd dates, wrong types, stray media types, broken multipart, encoded bytes in
// the path and query). Every answer must be below 500, have a documented status and media type, and a
// 2xx or problem body must match its documented schema.
//
// FUZZ_SEED reproduces a run (it is printed); FUZZ_RUNS sets the requests per operation and token.

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
console.info(`API fuzzer: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} (set both to reproduce this run or to run longer)`);

const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenApiDocument;
const BASE = doc.servers[0]!.url;
const operations = operationsOf(doc);

const t = useTestDatabase();
let app: FastifyInstance;
const ids = new IdPool();
const tokens: Record<'entity' | 'authority', string> = { entity: '', authority: '' };
const seen = new Map<string, number>();

/** A per-operation seed, so one operation's requests do not depend on how many the others made. */
function seedOf(key: string): number {
  let h = SEED;
  for (const c of key) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/** Sends a request and keeps the ids of what it created or listed. */
async function call(client: TestClient, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  const res = await client.request(method, `${BASE}${path}`, body);
  if (res.statusCode < 300 && res.body) ids.harvest(path.split('?')[0]!, res.json());
  return res;
}

beforeAll(async () => {
  app = await buildTestApp(t.db, {
    // Generated URLs name hosts this test may never reach: only a closed loopback port is allowed.
    env: { WEERBAAR_AUTHORITY_HOSTS: '127.0.0.1:9' },
  });
  const orgs: Record<'entity' | 'authority', TestOrg> = {
    entity: await createTestOrg(t.db, 'Fuzz Zorg BV', 'entity', ['owner']),
    authority: await createTestOrg(t.db, 'Fuzz Toezicht', 'authority', ['owner']),
  };
  for (const side of ['entity', 'authority'] as const) {
    const owner = await signedIn(app, orgs[side], 'owner');
    const created = await owner.post(`${BASE}/api-tokens`, { name: 'fuzz', role: 'admin' });
    expect(created.statusCode, created.body).toBe(201);
    tokens[side] = created.json().token;
  }

  // Something to find behind every path parameter: each kind of object once, made through the API.
  const entity = new TestClient(app, tokens.entity);
  const authority = new TestClient(app, tokens.authority);
  await call(entity, 'POST', '/assets', { name: 'EPD-server', kind: 'asset' });
  const incidentId = await significantIncident(entity);
  ids.add('incidents', incidentId);
  await call(entity, 'POST', '/incidents', ransomwareIncident({ title: 'Phishing', category: 'phishing' }));
  await call(entity, 'POST', `/incidents/${incidentId}/tasks`, { title: 'Back-ups terugzetten' });
  await call(entity, 'POST', `/incidents/${incidentId}/timeline`, { summary: 'Servers geïsoleerd' });
  await call(entity, 'POST', `/incidents/${incidentId}/reports`, earlyWarning());
  const upload = await entity.request(
    'POST',
    `${BASE}/incidents/${incidentId}/attachments`,
    '--b\r\nContent-Disposition: form-data; name="file"; filename="log.txt"\r\nContent-Type: text/plain\r\n\r\nlog\r\n--b--\r\n',
    { 'content-type': 'multipart/form-data; boundary=b' },
  );
  expect(upload.statusCode, upload.body).toBe(201);
  ids.add('attachments', upload.json().id);
  await call(entity, 'PUT', '/registration', validRegistration());
  await call(entity, 'POST', '/registration/submissions', {});
  await call(authority, 'POST', '/submissions', earlyWarningEnvelope(orgs.entity.id));
  for (const path of ['/inbox/reports', '/registry/entities', '/notifications', '/members', '/invitations']) {
    await call(authority, 'GET', path);
    await call(entity, 'GET', path);
  }
});

afterAll(() => {
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  const byStatus = [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${n}`);
  console.info(`API fuzzer (FUZZ_SEED=${SEED}): ${total} requests; ${byStatus.join(', ')}`);
});

// The fuzzer tries the HTTP layer's validation, which does not depend on the PostgreSQL version: it runs
// on the embedded server only, not a second time on CI's oldest supported one (the suite's longest file).
describe.skipIf(inject('databaseTarget') === 'external')('API fuzzer: every operation of the OpenAPI document', () => {
  const checker = new ResponseChecker(doc);

  it('covers every operation', () => {
    expect(operations.length).toBeGreaterThan(80);
  });

  it.each(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))(
    '%s: no 5xx, only documented statuses and media types, bodies as documented',
    async (name, op) => {
      for (const side of ['entity', 'authority'] as const) {
        await fc.assert(
          fc.asyncProperty(requestsFor(op, BASE, ids), async (req: FuzzRequest) => {
            const res = await app.inject({
              method: req.method as 'GET',
              url: req.url,
              headers: { ...req.headers, authorization: `Bearer ${tokens[side]}` },
              ...(req.payload === undefined ? {} : { payload: req.payload }),
            });
            const statusClass = `${String(res.statusCode)[0]}xx`;
            seen.set(statusClass, (seen.get(statusClass) ?? 0) + 1);
            const { problems, json } = checker.check(op, res);
            if (res.statusCode < 300 && json !== undefined) ids.harvest(op.path, json);
            if (problems.length > 0) {
              throw new Error(
                `${side} token: ${req.method} ${req.url.slice(0, 300)} → ${res.statusCode} ` +
                  `${res.body.slice(0, 300)}\n  ${problems.join('\n  ')}`,
              );
            }
          }),
          { seed: seedOf(`${side} ${name}`), numRuns: RUNS },
        );
      }
    },
    120_000,
  );
});

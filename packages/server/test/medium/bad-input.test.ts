import { DATE_RANGE_REASON, UNSTORABLE_TEXT_REASON } from '@weerbaar/core/platform';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/plugins/openapi-document.ts';
import { createTestOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { tenantDigest } from '../support/tenant-digest.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Every write route, from the OpenAPI document (so new routes are covered automatically), gets
// broken input: unparseable JSON, a body of the wrong shape, and every field of the wrong type.
// Each must answer 4xx problem+json (400 naming a body field where the schema is violated),
// never 5xx, and leave the organisation's data untouched.

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;
let authority: TestOrg;

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OperationWithParams extends Operation {
  parameters?: { in: string; name: string; schema?: Schema }[];
}

const RANDOM_ID = '00000000-0000-4000-8000-000000000002';
// A well-formed value for each path parameter that is no UUID, so the request reaches the body checks.
const PATH_VALUES: Record<string, string> = { recipient: 'csirt', requirementId: 'nis2-art21:a' };
const urlOf = (path: string) =>
  `/api/v1${path.replace(/\{([^}]+)\}/g, (_, name: string) => PATH_VALUES[name] ?? RANDOM_ID)}`;

function wrongValue(schema: Schema | undefined): unknown {
  const type = [schema?.type ?? schema?.anyOf?.[0]?.type ?? schema?.oneOf?.[0]?.type].flat()[0];
  if (type === 'string') return 12345;
  if (type === 'number' || type === 'integer' || type === 'boolean') return 'not-a-number';
  if (type === 'array') return 'not-a-list';
  return 'not-an-object';
}

// Uploads (multipart/form-data): JSON instead of a form, a form without boundary or cut off, and
// every field sent as plain text where the schema wants a file.
function multipartCases(wrongTypes: Record<string, unknown>): (readonly [string, string, string])[] {
  const parts = Object.entries(wrongTypes).map(
    ([k, v]) => `--b0undary\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`,
  );
  return [
    ['JSON instead of a form', JSON.stringify(wrongTypes), 'application/json'],
    ['a form without boundary', 'nothing', 'multipart/form-data'],
    ['a form cut off', '--b0undary\r\nContent-Disp', 'multipart/form-data; boundary=b0undary'],
    ['every field of the wrong type', `${parts.join('')}--b0undary--\r\n`, 'multipart/form-data; boundary=b0undary'],
  ];
}

beforeAll(async () => {
  app = await buildTestApp(t.db);
  entity = await createTestOrg(t.db, 'Bad Input BV', 'entity', ['owner']);
  authority = await createTestOrg(t.db, 'Bad Input Authority', 'authority', ['owner']);
});

describe('bad input on every write route', () => {
  it('gets 4xx problem+json naming the field, and nothing is stored', async () => {
    const doc = buildOpenApiDocument(app) as { paths: Record<string, Record<string, Operation>> };
    const clients = {
      entity: new TestClient(app),
      authority: new TestClient(app),
    };
    await clients.entity.logIn(entity.users.owner!.email, TEST_PASSWORD);
    await clients.authority.logIn(authority.users.owner!.email, TEST_PASSWORD);
    const before = [await tenantDigest(t.db, entity.id), await tenantDigest(t.db, authority.id)];
    let checked = 0;
    let uploads = 0;

    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of ['post', 'put', 'patch'] as const) {
        const op = item[method];
        const form = op?.requestBody?.content?.['multipart/form-data']?.schema;
        const schema = op?.requestBody?.content?.['application/json']?.schema ?? form;
        if (!op || !schema?.properties) continue;
        // An enumerated path parameter gets a valid value, so the body is what is checked.
        const url = urlOf(path);
        if (url.includes('/sessions') || url.includes('/password-resets') || url.includes('/invitations/acceptance'))
          continue;
        if (schema === form) uploads += 1;
        const wrongTypes = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, wrongValue(s)]));
        for (const client of [clients.entity, clients.authority]) {
          for (const [label, body, contentType] of schema === form
            ? multipartCases(wrongTypes)
            : ([
                ['unparseable JSON', '{"oops": ', 'application/json'],
                ['a list instead of an object', '[1,2,3]', 'application/json'],
                ['every field of the wrong type', JSON.stringify(wrongTypes), 'application/json'],
              ] as const)) {
            const res = await client.request(method.toUpperCase() as 'POST', url, body, {
              'content-type': contentType,
            });
            const where = `${method.toUpperCase()} ${url} with ${label} → ${res.statusCode} ${res.body.slice(0, 160)}`;
            expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
            expect(res.statusCode, where).toBeLessThan(500);
            expect(res.headers['content-type'], where).toContain('application/problem+json');
            if (res.statusCode === 400 && label === 'every field of the wrong type') {
              const names: string[] = (res.json().invalidParams ?? []).map((p: { name: string }) => p.name);
              expect(
                names.some((n) => n.startsWith('body')),
                where,
              ).toBe(true);
            }
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(uploads, 'multipart upload routes walked').toBeGreaterThan(0);
    expect([await tenantDigest(t.db, entity.id), await tenantDigest(t.db, authority.id)]).toEqual(before);
  });
});

// Text PostgreSQL cannot store (U+0000, an unpaired surrogate) is refused by the shared text schema
// (core platform/input.contracts.ts) wherever it comes in: each plain text field of every JSON body, each
// text query parameter, the Idempotency-Key header. The answer is a 400 naming that field. Secrets are the
// exception (passwords, one-time tokens): never stored, only hashed, and refusing a password would lock out
// whoever set such a one before.
describe('characters PostgreSQL cannot store', () => {
  const doc = () => buildOpenApiDocument(app) as { paths: Record<string, Record<string, OperationWithParams>> };
  const isPlainText = (s: Schema | undefined) =>
    [s?.type].flat().includes('string') && !s?.enum && !s?.format && !s?.pattern;
  const textOf = (s: Schema | undefined) => (isPlainText(s) ? s : s?.anyOf?.find(isPlainText));
  const clients = async () => {
    const entityClient = new TestClient(app);
    const authorityClient = new TestClient(app);
    await entityClient.logIn(entity.users.owner!.email, TEST_PASSWORD);
    await authorityClient.logIn(authority.users.owner!.email, TEST_PASSWORD);
    return [entityClient, authorityClient];
  };

  it('in any text field of a JSON body gives 400 naming the field, and nothing is stored', async () => {
    const signedIn = await clients();
    const before = [await tenantDigest(t.db, entity.id), await tenantDigest(t.db, authority.id)];
    const checked: string[] = [];
    for (const [path, item] of Object.entries(doc().paths)) {
      for (const method of ['post', 'put', 'patch'] as const) {
        const properties = item[method]?.requestBody?.content?.['application/json']?.schema?.properties ?? {};
        const url = urlOf(path);
        for (const [field, schema] of Object.entries(properties)) {
          if (
            !textOf(schema) ||
            /password|token/i.test(field) ||
            url.includes('/sessions') ||
            url.includes('/password-resets')
          )
            continue;
          for (const bad of ['a\u0000b', 'a\uD800b']) {
            let res = await signedIn[0]!.request(method.toUpperCase() as 'POST', url, { [field]: bad });
            if (res.statusCode === 403)
              res = await signedIn[1]!.request(method.toUpperCase() as 'POST', url, { [field]: bad });
            const where = `${method.toUpperCase()} ${url} ${field}=${JSON.stringify(bad)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
            expect(res.statusCode, where).toBe(400);
            expect(res.headers['content-type'], where).toContain('application/problem+json');
            expect(res.json().invalidParams, where).toContainEqual({
              name: `body.${field}`,
              reason: UNSTORABLE_TEXT_REASON,
              code: 'unstorable_text',
              params: {},
            });
          }
          checked.push(`${method.toUpperCase()} ${path} ${field}`);
        }
      }
    }
    // Among them the fields a NUL once took down with a 500 (issue 10).
    for (const field of [
      'POST /incidents title',
      'POST /incidents description',
      'POST /incidents externalId',
      'POST /assets name',
      'POST /incidents/{id}/timeline summary',
      'POST /incidents/{id}/tasks title',
    ])
      expect(checked).toContain(field);
    expect([await tenantDigest(t.db, entity.id), await tenantDigest(t.db, authority.id)]).toEqual(before);
  });

  it('in any text query parameter gives 400 naming the parameter', async () => {
    const signedIn = await clients();
    const checked: string[] = [];
    for (const [path, item] of Object.entries(doc().paths)) {
      for (const p of item.get?.parameters ?? []) {
        if (p.in !== 'query' || !textOf(p.schema)) continue;
        const url = `${urlOf(path)}?${p.name}=a%00b`;
        let res = await signedIn[0]!.get(url);
        if (res.statusCode === 403) res = await signedIn[1]!.get(url);
        const where = `GET ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, where).toBe(400);
        // A list parameter (?status=a,b) names the item: query.status.0.
        expect(res.json().invalidParams, where).toBeDefined();
        const names: string[] = res.json().invalidParams.map((x: { name: string }) => x.name);
        expect(
          names.some((n) => n === `query.${p.name}` || n.startsWith(`query.${p.name}.`)),
          where,
        ).toBe(true);
        checked.push(`${path} ${p.name}`);
      }
    }
    for (const param of [
      '/incidents q',
      '/audit-events subjectId',
      '/audit-events action',
      '/registry/entities sector',
    ])
      expect(checked).toContain(param);
  });

  it('in the Idempotency-Key header gives 400 naming the header', async () => {
    const [entityClient] = await clients();
    const res = await entityClient!.request(
      'POST',
      '/api/v1/incidents',
      { title: 'Phishing', category: 'phishing', detectedAt: new Date().toISOString() },
      { 'idempotency-key': 'key\u0000' },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams).toContainEqual({
      name: 'header.idempotency-key',
      reason: UNSTORABLE_TEXT_REASON,
      code: 'unstorable_text',
      params: {},
    });
  });
});

// Dates from outside lie in 1900-01-01 … 9999-12-31 (UTC); years 0 and 1 were once accepted.
describe('dates outside 1900–9999', () => {
  it('are refused in bodies and query strings, naming the field; the edges are accepted', async () => {
    const client = new TestClient(app);
    await client.logIn(entity.users.owner!.email, TEST_PASSWORD);
    const incident = (detectedAt: string) =>
      client.post('/api/v1/incidents', { title: 'Datum', category: 'other', detectedAt });
    for (const detectedAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1899-12-31T23:59:59.999Z']) {
      const res = await incident(detectedAt);
      expect(res.statusCode, `${detectedAt}: ${res.body}`).toBe(400);
      expect(res.json().invalidParams).toContainEqual(
        expect.objectContaining({ name: 'body.detectedAt', reason: DATE_RANGE_REASON, code: 'date_range' }),
      );
    }
    const earliest = await incident('1900-01-01T01:00:00+01:00');
    expect(earliest.statusCode, earliest.body).toBe(201);
    expect(earliest.json().detectedAt).toBe('1900-01-01T00:00:00.000Z');

    // A due date may lie in the future, up to the last moment of 9999 in UTC (not in an offset that passes it).
    const task = (dueAt: string) =>
      client.post(`/api/v1/incidents/${earliest.json().id}/tasks`, { title: 'Later', dueAt });
    const beyond = await task('9999-12-31T23:59:59-12:00');
    expect(beyond.statusCode, beyond.body).toBe(400);
    expect(beyond.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: 'body.dueAt', reason: DATE_RANGE_REASON, code: 'date_range' }),
    );
    const latest = await task('9999-12-31T23:59:59.999Z');
    expect(latest.statusCode, latest.body).toBe(201);
    expect(latest.json().dueAt).toBe('9999-12-31T23:59:59.999Z');

    const query = await client.get('/api/v1/audit-events?from=0001-01-01T00:00:00Z');
    expect(query.statusCode, query.body).toBe(400);
    expect(query.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: 'query.from', reason: DATE_RANGE_REASON, code: 'date_range' }),
    );
  });
});

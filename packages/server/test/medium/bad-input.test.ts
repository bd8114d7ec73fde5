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
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const RANDOM_ID = '00000000-0000-4000-8000-000000000002';

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
        const url = `/api/v1${path.replace('{recipient}', 'csirt').replace(/\{[^}]+\}/g, RANDOM_ID)}`;
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

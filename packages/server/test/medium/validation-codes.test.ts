import { VALIDATION_CODES } from '@weerbaar/core/platform';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { ransomwareIncident } from '../support/incident-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// Every invalid param of a problem carries a stable code with its parameters, so the web app can say in the
// user's language what is wrong; the path (`name`) and the English `reason` stay for machines and people
// reading the API. Over the real app and PostgreSQL: the route's schema, the use case's own checks.

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let handler: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Codes Ziekenhuis', 'entity', ['incident-handler']);
  handler = await signedIn(app, org, 'incident-handler');
});

type Param = { name: string; reason: string; code: string; params: Record<string, unknown> };
const paramsOf = (body: string): Param[] => (JSON.parse(body) as { invalidParams: Param[] }).invalidParams;

describe('invalid params carry a code and parameters', () => {
  it('a custom refinement in core (discovery before the start) names its code and the other field', async () => {
    const hour = 3_600_000;
    const res = await handler.post(
      '/api/v1/incidents',
      ransomwareIncident({
        detectedAt: new Date(Date.now() - 2 * hour).toISOString(),
        startedAt: new Date(Date.now() - hour).toISOString(),
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(paramsOf(res.body)).toEqual([
      {
        name: 'body.detectedAt',
        reason: 'must not be before startedAt',
        code: 'not_before',
        params: { other: 'startedAt' },
      },
    ]);
  });

  it('a rule checked in the use case (discovery in the future) has its code too', async () => {
    const res = await handler.post(
      '/api/v1/incidents',
      ransomwareIncident({ detectedAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(paramsOf(res.body)).toEqual([
      { name: 'body.detectedAt', reason: 'must not be in the future', code: 'not_in_future', params: {} },
    ]);
  });

  it('zod’s own issue kinds become codes with their limits; a custom rule nested in the impact keeps its code', async () => {
    const res = await handler.post(
      '/api/v1/incidents',
      ransomwareIncident({ title: '', category: 'meteor', impact: { usersAffected: 10, totalUsers: 5 } }),
    );
    expect(res.statusCode, res.body).toBe(400);
    const byName = Object.fromEntries(paramsOf(res.body).map((p) => [p.name, p]));
    expect(byName['body.title']).toMatchObject({ code: 'required', params: {} });
    expect(byName['body.category']).toMatchObject({ code: 'invalid_option', params: {} });
    const long = await handler.post('/api/v1/incidents', ransomwareIncident({ title: 'x'.repeat(201) }));
    expect(paramsOf(long.body)[0]).toMatchObject({ name: 'body.title', code: 'too_long', params: { maximum: 200 } });
    const impact = await handler.post(
      '/api/v1/incidents',
      ransomwareIncident({ impact: { usersAffected: 10, totalUsers: 5 } }),
    );
    expect(paramsOf(impact.body)).toContainEqual(
      expect.objectContaining({
        name: 'body.impact.usersAffected',
        code: 'not_above',
        params: { other: 'totalUsers' },
      }),
    );
  });

  it('every code sent is one core defines', async () => {
    const res = await handler.post('/api/v1/incidents', { title: 5, detectedAt: 'gisteren', bogus: true });
    expect(res.statusCode, res.body).toBe(400);
    for (const p of paramsOf(res.body)) expect(VALIDATION_CODES, p.name).toContain(p.code);
  });
});

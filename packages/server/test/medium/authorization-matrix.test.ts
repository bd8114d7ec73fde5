import {
  isHumanOnly,
  PERMISSIONS,
  roleAllows,
  type OrgKind,
  type Permission,
  type Role,
} from '@weerbaar/core/platform';
import Fastify, { type FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAccessControl } from '../../src/plugins/access-control.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { tenantDigest } from '../support/tenant-digest.ts';
import { buildTestApp, TestClient, testConfig } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { tokenOf } from '../support/sharing-fixtures.ts';

// Walks EVERY registered API route (from the app's own route catalogue, so a new route is covered
// without anyone adding it here) as: anonymous, each role of each organisation kind, an API token
// with too little power, and the owner of another organisation holding real ids of the first one.

const t = useTestDatabase();
let app: FastifyInstance;
let entityA: TestOrg;
let entityB: TestOrg;
let authority: TestOrg;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const RANDOM_ID = '00000000-0000-4000-8000-000000000001';

const ENTITY_ROLES: Role[] = ['owner', 'admin', 'risk-manager', 'incident-handler', 'auditor'];
const AUTHORITY_ROLES: Role[] = ['owner', 'admin', 'analyst', 'auditor'];

type Route = FastifyInstance['routeCatalogue'][number];
const fill = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, id);
const isPermission = (access: string): access is Permission => access in PERMISSIONS;

function call(c: TestClient, route: Route, id = RANDOM_ID) {
  const url = fill(route.url, id);
  return c.request(route.method as 'GET', url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
}

beforeAll(async () => {
  app = await buildTestApp(t.db);
  entityA = await createTestOrg(t.db, 'Matrix Entity A', 'entity', ENTITY_ROLES);
  entityB = await createTestOrg(t.db, 'Matrix Entity B', 'entity', ['owner']);
  authority = await createTestOrg(t.db, 'Matrix Authority', 'authority', AUTHORITY_ROLES);
  // Give A some rows of its own so there is something to leak.
  const ownerA = await signedIn(app, entityA, 'owner');
  await ownerA.post('/api/v1/api-tokens', { name: 'A token', role: 'auditor' });
  await ownerA.post('/api/v1/invitations', { email: 'invitee@a.test', role: 'auditor' });
});

// Every route × every role: the walk grows with each module, so more than the tier's default 30 s.
describe('authorisation matrix', { timeout: 120_000 }, () => {
  it('has routes to walk, TAXII among them', () => {
    expect(app.routeCatalogue.length).toBeGreaterThan(15);
    const taxiiRoutes = app.routeCatalogue.filter((r) => r.url.startsWith('/taxii2'));
    expect(taxiiRoutes.length).toBeGreaterThanOrEqual(11);
    expect(taxiiRoutes.every((r) => r.credentials === 'token')).toBe(true);
  });

  it('refuses to start when an API route declares no access', async () => {
    const bare = Fastify({ logger: false });
    registerAccessControl(bare, t.db, testConfig());
    void bare.register(async (api) => {
      api.get('/api/v1/undeclared', async () => ({}));
    });
    try {
      await expect(bare.ready()).rejects.toThrow(/GET \/api\/v1\/undeclared must declare config\.access/);
    } finally {
      await bare.close().catch(() => {});
    }
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const anonymous = new TestClient(app);
    for (const route of app.routeCatalogue.filter((r) => r.access !== 'public')) {
      const res = await call(anonymous, route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      // TAXII answers in its own error shape (TAXII 2.1 §3.6.1), every other route in problem+json.
      expect(res.headers['content-type']).toContain(
        route.credentials === 'token' ? 'application/taxii+json' : 'application/problem+json',
      );
    }
  });

  it('answers 403 to every role (and kind) a permission does not include, and never 401/403/5xx to those it does', async () => {
    const cases: [TestOrg, OrgKind, Role][] = [
      ...ENTITY_ROLES.map((r): [TestOrg, OrgKind, Role] => [entityA, 'entity', r]),
      ...AUTHORITY_ROLES.map((r): [TestOrg, OrgKind, Role] => [authority, 'authority', r]),
    ];
    for (const [org, kind, role] of cases) {
      const client = await signedIn(app, org, role);
      // Token-only routes (TAXII) are called with an API token of the same role.
      const machine = new TestClient(app, await tokenOf(app, org, role));
      for (const route of app.routeCatalogue) {
        if (!isPermission(route.access) || route.url === '/api/v1/sessions/current') continue;
        const res = await call(route.credentials === 'token' ? machine : client, route);
        const where = `${role}@${kind} ${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (roleAllows(role, route.access, kind)) {
          expect([401, 403], where).not.toContain(res.statusCode);
          expect(res.statusCode, where).toBeLessThan(500);
        } else {
          expect(res.statusCode, where).toBe(403);
        }
      }
    }
  });

  it('keeps API tokens to their role, away from personal routes and from managing members or tokens', async () => {
    const owner = await signedIn(app, entityA, 'owner');
    for (const role of ['auditor', 'admin'] as const) {
      const { token } = (await owner.post('/api/v1/api-tokens', { name: `matrix ${role}`, role })).json();
      const machine = new TestClient(app, token);
      for (const route of app.routeCatalogue.filter((r) => r.access !== 'public' && r.access !== 'mfa-pending')) {
        const res = await call(machine, route);
        const where = `token(${role}) ${route.method} ${route.url} → ${res.statusCode}`;
        const refused =
          route.access === 'user' ||
          (isPermission(route.access) && (isHumanOnly(route.access) || !roleAllows(role, route.access, 'entity')));
        if (refused) expect(res.statusCode, where).toBe(403);
        else expect([401, 403], where).not.toContain(res.statusCode);
      }
    }
  });

  it("never shows or changes another organisation's rows, given their real ids", async () => {
    // Harvest every id organisation A (and the authority) can see through its own GET routes.
    const harvested = new Set<string>();
    for (const [org, role] of [
      [entityA, 'owner'],
      [authority, 'owner'],
    ] as const) {
      const client = await signedIn(app, org, role);
      for (const route of app.routeCatalogue.filter(
        (r) => r.method === 'GET' && !r.url.includes(':') && r.access !== 'public',
      )) {
        const res = await call(client, route);
        for (const id of res.body.match(UUID) ?? []) harvested.add(id);
      }
    }
    for (const own of [entityB.id, ...Object.values(entityB.users).map((u) => u.id)]) harvested.delete(own);
    expect(harvested.size).toBeGreaterThan(5);

    const before = await tenantDigest(t.db, entityA.id);
    const authorityBefore = await tenantDigest(t.db, authority.id);
    const intruder = await signedIn(app, entityB, 'owner');
    for (const route of app.routeCatalogue.filter((r) => isPermission(r.access))) {
      if (!route.url.includes(':')) {
        if (route.method !== 'GET') continue;
        const res = await call(intruder, route);
        const leaked = (res.body.match(UUID) ?? []).filter((id) => harvested.has(id));
        expect(leaked, `${route.url} shows ids of another organisation`).toEqual([]);
        continue;
      }
      for (const id of harvested) {
        const res = await call(intruder, route, id);
        const where = `B owner ${route.method} ${fill(route.url, id)} → ${res.statusCode}`;
        expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, where).toBeLessThan(500);
      }
    }
    expect(await tenantDigest(t.db, entityA.id)).toEqual(before);
    expect(await tenantDigest(t.db, authority.id)).toEqual(authorityBefore);
    // Every :id route × every harvested id: it grows with each module, and stays exhaustive on purpose.
  }, 180_000);
});

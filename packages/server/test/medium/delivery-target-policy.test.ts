import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import {
  connectToAuthority,
  deliveryRunner,
  listenOnLoopback,
  validRegistration,
} from '../support/registration-fixtures.ts';
import { buildTestApp, testDeps, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The authority URL is chosen by an entity admin, so the server must not be usable to reach internal
// hosts (SSRF): refused on saving with a 400 naming the field, and refused again at connect time.

const t = useTestDatabase();
const TOKEN = `wbt_${'a'.repeat(43)}`;
let app: FastifyInstance;
let url: string;
let entity: TestOrg;
let authority: TestOrg;
let entityOwner: TestClient;
let authorityOwner: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  entity = await createTestOrg(t.db, 'Beleid Ziekenhuis', 'entity', ['owner']);
  authority = await createTestOrg(t.db, 'Beleid Autoriteit', 'authority', ['owner']);
  entityOwner = await signedIn(app, entity, 'owner');
  authorityOwner = await signedIn(app, authority, 'owner');
});

afterAll(async () => {
  await app?.close();
});

describe('saving the delivery target', () => {
  it.each([
    ['https://169.254.169.254/latest/meta-data', /169\.254\.169\.254, a link-local address/],
    ['https://[fd00:ec2::254]', /cloud metadata/],
    ['https://[::ffff:169.254.169.254]', /link-local/],
    ['https://[fe80::1]', /link-local/],
    ['https://0.0.0.0', /unspecified/],
    ['https://224.0.0.251', /multicast/],
    ['https://10.0.0.5', /private address .*WEERBAAR_AUTHORITY_PRIVATE_NETWORKS/],
    ['https://192.168.1.1:8443', /private address/],
  ])('refuses %s with a 400 naming body.authorityUrl and keeps the old target', async (target, reason) => {
    const before = (await entityOwner.get('/api/v1/delivery-target')).json();
    const res = await entityOwner.put('/api/v1/delivery-target', { authorityUrl: target, apiToken: TOKEN });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().invalidParams).toEqual([
      { name: 'body.authorityUrl', reason: expect.stringMatching(reason), code: 'address_refused', params: {} },
    ]);
    expect((await entityOwner.get('/api/v1/delivery-target')).json()).toEqual(before);
  });

  it('resolves a name on saving and refuses it when it points at an internal address', async () => {
    // The development default allows loopback; an explicit empty list does not.
    const strict = await buildTestApp(t.db, { env: { WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '' } });
    try {
      const owner = await signedIn(strict, entity, 'owner');
      const res = await owner.put('/api/v1/delivery-target', { authorityUrl: 'http://localhost:9', apiToken: TOKEN });
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams[0]).toMatchObject({
        name: 'body.authorityUrl',
        reason: expect.stringMatching(/^localhost resolves to .*, a loopback address/),
      });
    } finally {
      await strict.close();
    }
  });

  it('accepts only the hosts of WEERBAAR_AUTHORITY_HOSTS (and this installation) when it is set', async () => {
    const listed = await buildTestApp(t.db, {
      env: { WEERBAAR_AUTHORITY_HOSTS: '127.0.0.1:9', PUBLIC_URL: 'http://127.0.0.1:8181' },
    });
    try {
      const owner = await signedIn(listed, entity, 'owner');
      const elsewhere = await owner.put('/api/v1/delivery-target', {
        authorityUrl: 'https://meldpunt.example.nl',
        apiToken: TOKEN,
      });
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json().invalidParams).toEqual([
        {
          name: 'body.authorityUrl',
          reason: expect.stringContaining('WEERBAAR_AUTHORITY_HOSTS'),
          code: 'address_refused',
          params: {},
        },
      ]);
      const otherPort = await owner.put('/api/v1/delivery-target', {
        authorityUrl: 'http://127.0.0.1:10',
        apiToken: TOKEN,
      });
      expect(otherPort.statusCode).toBe(400);
      for (const allowed of ['http://127.0.0.1:9', 'http://127.0.0.1:8181/']) {
        const res = await owner.put('/api/v1/delivery-target', { authorityUrl: allowed, apiToken: TOKEN });
        expect(res.statusCode, res.body).toBe(200);
      }
    } finally {
      await listed.close();
    }
  });
});

describe('delivering', () => {
  // A later DNS answer (rebinding) is exercised with a stand-in resolver in small/guarded-http.test.ts;
  // the delivery job uses the system resolver, so here the policy is what changes after saving.
  it('checks the resolved address when connecting, not only when saving (a later policy counts)', async () => {
    const localUrl = url.replace('127.0.0.1', 'localhost');
    await connectToAuthority(app, authorityOwner, entityOwner, localUrl);
    await entityOwner.put('/api/v1/registration', validRegistration());
    const queued = (await entityOwner.post('/api/v1/registration/submissions', {})).json();
    const entry = async () => (await entityOwner.get(`/api/v1/registration/submissions/${queued.id}`)).json();

    // Saved while loopback was allowed; now the installation (its job runner's configuration) no longer allows it.
    const runnerWith = (env: Record<string, string>) => deliveryRunner(testDeps(t.db, { env }), 0);
    expect(await runnerWith({ WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '' }).runOne()).toBe(true);
    expect(await entry()).toMatchObject({ status: 'pending', attempts: 1, receipt: null });
    expect((await entry()).lastError).toMatch(
      /^authority refused by the address policy: localhost resolves to .*, a loopback address/,
    );

    const hostsOnly = {
      WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '127.0.0.0/8,::1',
      WEERBAAR_AUTHORITY_HOSTS: 'meldpunt.example.nl',
    };
    expect(await runnerWith(hostsOnly).runOne()).toBe(true);
    expect((await entry()).lastError).toMatch(/is not an allowed authority host \(WEERBAAR_AUTHORITY_HOSTS\)/);
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(0);

    // With the policy as it was when the target was saved, the same job delivers.
    expect(await runnerWith({}).runOne()).toBe(true);
    expect(await entry()).toMatchObject({ status: 'delivered', attempts: 3, lastError: null });
    expect(await countRows(t.db, 'received_submissions', authority.id)).toBe(1);
  });
});

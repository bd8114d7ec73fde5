import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, DEMO_ORGS, DEMO_PASSWORD, seedDemo } from '../../src/services/demo/seed-demo.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import {
  connectToAuthority,
  deliverAll,
  listenOnLoopback,
  validRegistration,
} from '../support/registration-fixtures.ts';
import { buildTestApp, TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

const t = useTestDatabase();
loadCsafValidatorFirst();
let app: FastifyInstance;
let url: string;
let authority: TestOrg;
let analyst: TestClient;
const entities: Record<string, { org: TestOrg; owner: TestClient }> = {};

async function register(key: string, registration: ReturnType<typeof validRegistration>) {
  const { owner } = entities[key]!;
  expect((await owner.put('/api/v1/registration', registration)).statusCode).toBeLessThan(300);
  expect((await owner.post('/api/v1/registration/submissions', {})).statusCode).toBe(202);
  await deliverAll(t.db);
}

beforeAll(async () => {
  app = await buildTestApp(t.db);
  url = await listenOnLoopback(app);
  authority = await createTestOrg(t.db, 'Register Autoriteit', 'authority', ['owner', 'analyst']);
  const authorityOwner = await signedIn(app, authority, 'owner');
  analyst = await signedIn(app, authority, 'analyst');
  for (const key of ['hospital', 'water', 'formula']) {
    const org = await createTestOrg(t.db, `Register ${key}`, 'entity', ['owner']);
    const owner = await signedIn(app, org, 'owner');
    await connectToAuthority(app, authorityOwner, owner, url);
    entities[key] = { org, owner };
  }
  await register('hospital', validRegistration({ name: 'Ziekenhuis Oost', kvkNumber: '11111111' }));
  await register(
    'water',
    validRegistration({
      name: 'Waterbedrijf Zuid',
      kvkNumber: '22222222',
      entityTypes: ['I.6.1'],
      classification: { eu: 'important', nl: 'important' },
      addresses: [
        {
          type: 'main',
          street: 'Dijk',
          houseNumber: '9',
          postcode: '4331 AA',
          city: 'Middelburg',
          province: 'zeeland',
        },
      ],
    }),
  );
  await register('formula', validRegistration({ name: '=HYPERLINK("http://evil.example")', kvkNumber: '33333333' }));
  // A second version of the hospital: the register keeps the newest, the history both.
  await register(
    'hospital',
    validRegistration({ name: 'Ziekenhuis Oost', kvkNumber: '11111111', memberStates: ['NL', 'DE'] }),
  );
});

afterAll(async () => {
  await app?.close();
});

describe('registry of entities', () => {
  it('lists one row per entity from its newest registration', async () => {
    const res = await analyst.get('/api/v1/registry/entities');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe(3);
    const hospital = page.items.find((e: { name: string }) => e.name === 'Ziekenhuis Oost');
    expect(hospital).toMatchObject({
      id: entities.hospital!.org.id,
      kvkNumber: '11111111',
      sectors: ['Health'],
      province: 'utrecht',
      classification: { nl: 'essential' },
    });
    expect(hospital.latestReference).toMatch(/^REG-\d{4}-000004$/);
  });

  it('filters by sector, classification and province, and pages', async () => {
    const names = async (query: string) =>
      (await analyst.get(`/api/v1/registry/entities?${query}`)).json().items.map((e: { name: string }) => e.name);
    expect(await names('sector=Drinking%20water')).toEqual(['Waterbedrijf Zuid']);
    expect(await names('classification=important')).toEqual(['Waterbedrijf Zuid']);
    expect((await names('classification=essential')).length).toBe(2);
    expect(await names('province=zeeland')).toEqual(['Waterbedrijf Zuid']);
    expect(await names('province=limburg')).toEqual([]);
    expect(await names('q=oost')).toEqual(['Ziekenhuis Oost']);
    expect(await names('q=22222222')).toEqual(['Waterbedrijf Zuid']);
    const paged = (await analyst.get('/api/v1/registry/entities?pageSize=2&page=2')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(paged.items).toHaveLength(1);
    expect((await analyst.get('/api/v1/registry/entities?province=atlantis')).statusCode).toBe(400);
  });

  it('shows an entity with its history and what each registration changed', async () => {
    const detail = (await analyst.get(`/api/v1/registry/entities/${entities.hospital!.org.id}`)).json();
    expect(detail.registration.memberStates).toEqual(['DE', 'NL']);
    expect(detail.history).toHaveLength(2);
    expect(detail.history[0].changes).toEqual([]);
    expect(detail.history[1].changes.map((c: { path: string }) => c.path)).toEqual([
      'memberStates.0',
      'memberStates.1',
    ]);
  });

  it('exports CSV for machines with codes, UTC and formulas neutralised', async () => {
    const res = await analyst.get('/api/v1/registry/entities/export?classification=essential&format=machine');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'name,kvkNumber,sectors,entityTypes,classificationNl,classificationEu,province,latestReference,latestReceivedAt,entityId',
    );
    expect(lines).toHaveLength(3);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(res.body).not.toContain('Waterbedrijf');
    expect(lines.find((l) => l.includes('Ziekenhuis Oost'))).toMatch(
      /"Health","[^"]*","essential","[^"]*","utrecht","REG-[^"]+","\d{4}-\d\d-\d\dT[\d:.]+Z"/,
    );
  });

  it('exports CSV for people by default: Dutch columns, labels and time, for a Dutch spreadsheet', async () => {
    const res = await analyst.get('/api/v1/registry/entities/export?classification=essential');
    expect(res.statusCode).toBe(200);
    // A byte order mark and ';' between cells: a Dutch spreadsheet opens it in columns, accents intact.
    expect(
      res.body.startsWith('\uFEFF"Naam";"KvK-nummer";"Sectoren";"Soorten entiteit";"Indeling volgens de Cbw"'),
    ).toBe(true);
    const hospital = res.body.split('\r\n').find((l) => l.includes('Ziekenhuis Oost'))!;
    const cells = hospital.split(';');
    expect(cells[2]).toBe('"Gezondheidszorg"');
    expect(cells[4]).toBe('"Essentiële entiteit"');
    expect(cells[6]).toBe('"Utrecht"');
    // Dutch time, as a Dutch spreadsheet reads a date: 07-12-2026 09:15.
    expect(cells[8]).toMatch(/^"\d\d-\d\d-\d{4} \d\d:\d\d"$/);
    expect(hospital).not.toMatch(/Health|essential|utrecht|T\d\d:/);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('is for the authority only, and another authority sees none of it (404)', async () => {
    expect((await entities.hospital!.owner.get('/api/v1/registry/entities')).statusCode).toBe(403);
    const otherAuthority = await createTestOrg(t.db, 'Andere Autoriteit', 'authority', ['owner']);
    const other = await signedIn(app, otherAuthority, 'owner');
    expect((await other.get('/api/v1/registry/entities')).json().total).toBe(0);
    expect((await other.get(`/api/v1/registry/entities/${entities.hospital!.org.id}`)).statusCode).toBe(404);
  });

  it('works out of the box for the demo: seeded entities deliver to the seeded authority over HTTP', async () => {
    await seedDemo(app.deps, url);
    const [authorityDemo, hospitalDemo] = DEMO_ORGS;
    const entityOwner = new TestClient(app);
    expect((await entityOwner.logIn(demoEmail('owner', hospitalDemo!.domain), DEMO_PASSWORD)).statusCode).toBe(201);
    expect((await entityOwner.get('/api/v1/delivery-target')).json()).toMatchObject({
      authorityUrl: url,
      apiTokenSet: true,
    });
    await entityOwner.put(
      '/api/v1/registration',
      validRegistration({ name: hospitalDemo!.name, kvkNumber: hospitalDemo!.kvkNumber }),
    );
    const queued = (await entityOwner.post('/api/v1/registration/submissions', {})).json();
    // The demo seed queued the demo entities' registrations and reports too (seed-demo-incidents.ts).
    await deliverAll(t.db);
    expect((await entityOwner.get(`/api/v1/registration/submissions/${queued.id}`)).json()).toMatchObject({
      status: 'delivered',
      receipt: { verified: true },
    });

    const demoAnalyst = new TestClient(app);
    expect((await demoAnalyst.logIn(demoEmail('analyst', authorityDemo!.domain), DEMO_PASSWORD)).statusCode).toBe(201);
    const registry = (await demoAnalyst.get('/api/v1/registry/entities?pageSize=100')).json();
    // The demo seed registered the hospital and the water company (the municipality's is left to do); the
    // trends demo's fictitious entities are in the register too (seed-demo-trends.ts).
    const names = registry.items.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Waterbedrijf Lage Landen', hospitalDemo!.name]));
    expect(names).not.toContain('Gemeente Weerdam');
    // Seeding again changes nothing (idempotent).
    await seedDemo(app.deps, url);
    expect((await entityOwner.get('/api/v1/delivery-target')).json().pinnedKeyId).not.toBeNull();
  });
});

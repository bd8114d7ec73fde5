import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { validRegistration } from '../support/registration-fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;
let owner: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  entity = await createTestOrg(t.db, 'Registratie BV', 'entity', ['owner', 'admin', 'auditor', 'risk-manager']);
  owner = await signedIn(app, entity, 'owner');
});

describe('registration record', () => {
  it('starts empty with a prefill from the organisation', async () => {
    const state = (await owner.get('/api/v1/registration')).json();
    expect(state).toMatchObject({ current: null, submittedVersion: null, changeDeadlines: [], latestSubmission: null });
    expect(state.prefill.name).toBe('Registratie BV');
  });

  it('names every wrong field: KvK, CIDR, postcode, e-mail, phone', async () => {
    const res = await owner.put(
      '/api/v1/registration',
      validRegistration({
        kvkNumber: '1234567',
        publicIpRanges: ['192.0.2.0/24', '192.0.2.1/24', '10.1.0.0/16', '2001:db8::/129', 'not-an-ip'],
        addresses: [
          {
            type: 'main',
            street: 'Hoofdstraat',
            houseNumber: '1',
            postcode: '0123 AB',
            city: 'Utrecht',
            province: 'utrecht',
          },
        ],
        contacts: [{ role: 'security', name: 'Ada', email: 'ada@', phone: '12345' }],
      }),
    );
    expect(res.statusCode).toBe(400);
    const byName = Object.fromEntries(
      (res.json().invalidParams as { name: string; reason: string }[]).map((p) => [p.name, p.reason]),
    );
    expect(Object.keys(byName).sort()).toEqual(
      [
        'body.addresses.0.postcode',
        'body.contacts.0.email',
        'body.contacts.0.phone',
        'body.kvkNumber',
        'body.publicIpRanges.1',
        'body.publicIpRanges.2',
        'body.publicIpRanges.3',
        'body.publicIpRanges.4',
      ].sort(),
    );
    expect(byName['body.publicIpRanges.1']).toMatch(/host bits are set; the network is 192\.0\.2\.0\/24/);
    expect(byName['body.publicIpRanges.2']).toMatch(/private/);
    expect(byName['body.kvkNumber']).toMatch(/8 digits/);
    // Nothing was saved.
    expect((await owner.get('/api/v1/registration')).json().current).toBeNull();
  });

  it('requires a province for Dutch addresses and a main establishment', async () => {
    const res = await owner.put(
      '/api/v1/registration',
      validRegistration({
        addresses: [
          { type: 'establishment', street: 'Rue', houseNumber: '2', postcode: '1000', city: 'Brussel', country: 'BE' },
          { type: 'establishment', street: 'Laan', houseNumber: '3', postcode: '1234 AB', city: 'Ede' },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    const names = (res.json().invalidParams as { name: string }[]).map((p) => p.name);
    expect(names).toContain('body.addresses.1.province');
    expect(names).toContain('body.addresses');
  });

  it('saves versions with normalised values, and a save without changes makes no version', async () => {
    const first = await owner.put('/api/v1/registration', validRegistration());
    expect(first.statusCode).toBe(201);
    expect(first.json().data.addresses[0].postcode).toBe('3511 AB');
    expect(first.json().data.contacts[0].phone).toBe('+31301234567');
    expect(first.json().version).toBe(1);
    // Typed differently, the same content: no new version.
    const same = await owner.put(
      '/api/v1/registration',
      validRegistration({
        addresses: [
          {
            type: 'main',
            street: 'Hoofdstraat',
            houseNumber: '1',
            postcode: '3511 AB',
            city: 'Utrecht',
            province: 'utrecht',
          },
        ],
      }),
    );
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(1);

    const second = await owner.put(
      '/api/v1/registration',
      validRegistration({ publicIpRanges: ['198.51.100.0/24'], memberStates: ['NL', 'DE'] }),
    );
    expect(second.json().version).toBe(2);
    const versions = (await owner.get('/api/v1/registration/versions')).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const paths = versions.items[0].changes.map((c: { path: string }) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['memberStates.0', 'publicIpRanges.0', 'publicIpRanges.1']));
    expect(versions.items[1].changes).toEqual([]);
  });

  it('shows the update deadline of an unsubmitted change, citing the article (two weeks; three months for ENISA types)', async () => {
    const state = (await owner.get('/api/v1/registration')).json();
    expect(state.changeDeadlines).toHaveLength(1);
    const [national] = state.changeDeadlines;
    expect(national.register).toBe('national');
    expect(national.source).toMatch(/art\. 3, lid 4.*Cbw art\. 44, lid 2/);
    expect(Date.parse(national.dueAt) - Date.parse(state.current.savedAt)).toBe(14 * 86_400_000);

    await owner.put('/api/v1/registration', validRegistration({ entityTypes: ['I.5.1', 'I.8.4'] }));
    const withEnisa = (await owner.get('/api/v1/registration')).json();
    expect(withEnisa.enisaRegistry).toBe(true);
    expect(withEnisa.changeDeadlines.map((d: { register: string }) => d.register)).toEqual(['national', 'enisa']);
  });

  it('lets only owners and admins change it; auditors read', async () => {
    const auditor = await signedIn(app, entity, 'auditor');
    expect((await auditor.get('/api/v1/registration')).statusCode).toBe(200);
    expect((await auditor.put('/api/v1/registration', validRegistration())).statusCode).toBe(403);
    expect((await auditor.post('/api/v1/registration/submissions', {})).statusCode).toBe(403);
    const riskManager = await signedIn(app, entity, 'risk-manager');
    expect((await riskManager.put('/api/v1/registration', validRegistration())).statusCode).toBe(403);
  });

  it('records each save and submission in the audit trail', async () => {
    const res = await owner.post('/api/v1/registration/submissions', {});
    expect(res.statusCode).toBe(202);
    const events = (await owner.get('/api/v1/audit-events?pageSize=100'))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(events.filter((a: string) => a === 'registration.saved')).toHaveLength(3);
    expect(events).toContain('registration.submitted');
    expect(events).toContain('submission.queued');
  });

  it('refuses to submit before anything is saved', async () => {
    const fresh = await createTestOrg(t.db, 'Nog Leeg', 'entity', ['owner']);
    const c = await signedIn(app, fresh, 'owner');
    const res = await c.post('/api/v1/registration/submissions', {});
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('precondition_failed');
  });
});

// Communities through the JSON API: owners manage members; whom an entity may add is limited to the
// organisations it already shares a community with; bundle import gives a result per object; an entity shares
// its incident's observables as STIX indicators in one request.
import { TLP_STIX_MARKING_IDS } from '@weerbaar/core/sharing';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let csirt: TestOrg;
let water: TestOrg;
let hospital: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  csirt = await createTestOrg(t.db, 'Comm CSIRT', 'authority', ['owner', 'auditor']);
  water = await createTestOrg(t.db, 'Comm Water', 'entity', ['owner', 'auditor', 'incident-handler']);
  hospital = await createTestOrg(t.db, 'Comm Hospital', 'entity', ['owner']);
});

describe('communities', () => {
  it('an authority creates a sector community and adds any organisation; members see it, others do not', async () => {
    const owner = await signedIn(app, csirt, 'owner');
    const created = await owner.post('/api/v1/sharing/communities', {
      name: 'Drinkwater-ISAC',
      kind: 'sector',
      sector: 'drinkwater',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await owner.post('/api/v1/sharing/communities', { name: 'Drinkwater-ISAC', kind: 'sector' })).statusCode,
    ).toBe(409);
    const choices = (await owner.get('/api/v1/sharing/organisations')).json().items.map((o: { id: string }) => o.id);
    expect(choices).toEqual(expect.arrayContaining([water.id, hospital.id]));
    expect((await owner.post(`/api/v1/sharing/communities/${id}/members`, { orgId: water.id })).statusCode).toBe(200);
    const waterOwner = await signedIn(app, water, 'owner');
    expect(
      (await waterOwner.get('/api/v1/sharing/communities')).json().items.map((c: { id: string }) => c.id),
    ).toContain(id);
    const hospitalOwner = await signedIn(app, hospital, 'owner');
    expect((await hospitalOwner.get(`/api/v1/sharing/communities/${id}`)).statusCode).toBe(404);
    // Only the owner manages members; a member cannot.
    expect((await waterOwner.post(`/api/v1/sharing/communities/${id}/members`, { orgId: water.id })).statusCode).toBe(
      403,
    );
    const members = (await owner.get(`/api/v1/sharing/communities/${id}/members`)).json().items;
    expect(members.map((m: { orgId: string }) => m.orgId).sort()).toEqual([csirt.id, water.id].sort());
  });

  it('an entity can add only organisations it already shares a community with', async () => {
    const waterOwner = await signedIn(app, water, 'owner');
    const choices = (await waterOwner.get('/api/v1/sharing/organisations'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(choices).toContain(csirt.id);
    expect(choices).not.toContain(hospital.id);
    const group = (
      await waterOwner.post('/api/v1/sharing/communities', { name: 'Werkgroep OT', kind: 'ad-hoc' })
    ).json();
    expect(
      (await waterOwner.post(`/api/v1/sharing/communities/${group.id}/members`, { orgId: hospital.id })).statusCode,
    ).toBe(404);
    expect(
      (await waterOwner.post(`/api/v1/sharing/communities/${group.id}/members`, { orgId: csirt.id })).statusCode,
    ).toBe(200);
    expect((await waterOwner.delete(`/api/v1/sharing/communities/${group.id}/members/${csirt.id}`)).statusCode).toBe(
      204,
    );
    expect((await waterOwner.delete(`/api/v1/sharing/communities/${group.id}/members/${water.id}`)).statusCode).toBe(
      409,
    );
  });
});

describe('bundles and observables', () => {
  it('imports a bundle object by object: valid ones are added, the others refused with a reason', async () => {
    const owner = await signedIn(app, csirt, 'owner');
    const [community] = (await owner.get('/api/v1/sharing/communities')).json().items;
    const bundle = {
      type: 'bundle',
      id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d',
      objects: [
        {
          type: 'vulnerability',
          spec_version: '2.1',
          id: 'vulnerability--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061',
          created: '2026-12-01T00:00:00.000Z',
          modified: '2026-12-01T00:00:00.000Z',
          name: 'CVE-2026-0001',
          object_marking_refs: [TLP_STIX_MARKING_IDS.CLEAR],
        },
        { type: 'indicator', spec_version: '2.1', id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' },
        { type: 'x-unknown', id: 'x-unknown--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' },
      ],
    };
    const res = await owner.post(`/api/v1/sharing/communities/${community.id}/bundles`, { bundle, tlp: 'GREEN' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ added: 1, unchanged: 0, refused: 2 });
    expect(res.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['added', 'refused', 'refused']);
    expect(res.json().results[1].reason).toMatch(/schema/);
    // The same again: unchanged, and the public page shows the CLEAR vulnerability.
    expect((await owner.post(`/api/v1/sharing/communities/${community.id}/bundles`, { bundle })).json().unchanged).toBe(
      1,
    );
    const pub = (await app.inject({ method: 'GET', url: '/api/v1/public/shared-objects' })).json().items;
    expect(pub.map((o: { title: string; tlp: string }) => `${o.title} ${o.tlp}`)).toEqual(['CVE-2026-0001 CLEAR']);
  });

  it("shares an incident's observables as indicators with patterns under the chosen TLP", async () => {
    const handler = await signedIn(app, water, 'incident-handler');
    const incident = (
      await handler.post('/api/v1/incidents', {
        title: 'Phishing bij de klantenservice',
        detectedAt: '2026-12-06T08:00:00.000Z',
        description: 'Phishingmail met link',
        category: 'phishing',
      })
    ).json();
    expect(incident.id, JSON.stringify(incident)).toBeDefined();
    await handler.post(`/api/v1/incidents/${incident.id}/observables`, {
      type: 'domain',
      value: 'inlog-waterbedrijf.example',
    });
    const [community] = (await handler.get('/api/v1/sharing/communities')).json().items;
    const shared = await handler.post(`/api/v1/incidents/${incident.id}/shared-observables`, {
      communityId: community.id,
      tlp: 'AMBER',
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json().added).toBe(1);
    const csirtView = (await (await signedIn(app, csirt, 'owner')).get('/api/v1/sharing/objects?type=indicator')).json()
      .items;
    expect(csirtView.map((o: { title: string; tlp: string }) => `${o.title} ${o.tlp}`)).toEqual([
      'domain: inlog-waterbedrijf.example AMBER',
    ]);
    // The auditor reads but does not share.
    const auditor = await signedIn(app, water, 'auditor');
    expect(
      (
        await auditor.post(`/api/v1/incidents/${incident.id}/shared-observables`, {
          communityId: community.id,
          tlp: 'AMBER',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('people and leaving', () => {
  it("names the people of a community's organisations (for TLP:RED) to its members only, and a member leaves", async () => {
    const owner = await signedIn(app, csirt, 'owner');
    const group = (await owner.post('/api/v1/sharing/communities', { name: 'Vertrekgroep', kind: 'ad-hoc' })).json();
    await owner.post(`/api/v1/sharing/communities/${group.id}/members`, { orgId: hospital.id });
    const hospitalOwner = await signedIn(app, hospital, 'owner');
    const people = (await hospitalOwner.get(`/api/v1/sharing/communities/${group.id}/people`)).json().items;
    expect(new Set(people.map((p: { orgName: string }) => p.orgName))).toEqual(
      new Set(['Comm CSIRT', 'Comm Hospital']),
    );
    expect(people.map((p: { userId: string }) => p.userId)).toContain(hospital.users.owner!.id);
    expect(Object.keys(people[0]).sort()).toEqual(['name', 'orgName', 'userId']);
    const waterOwner = await signedIn(app, water, 'owner');
    expect((await waterOwner.get(`/api/v1/sharing/communities/${group.id}/people`)).statusCode).toBe(404);
    // The owner cannot leave its own community; a member can, and no longer sees it.
    expect((await owner.delete(`/api/v1/sharing/communities/${group.id}/membership`)).statusCode).toBe(409);
    expect((await hospitalOwner.delete(`/api/v1/sharing/communities/${group.id}/membership`)).statusCode).toBe(204);
    expect((await hospitalOwner.get(`/api/v1/sharing/communities/${group.id}`)).statusCode).toBe(404);
  });
});

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetImpact } from '../../src/services/assets/asset-impact.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let risk: TestClient;
let stranger: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'Graaf Ziekenhuis', 'entity', ['owner', 'risk-manager', 'auditor']);
  other = await createTestOrg(t.db, 'Graaf Waterbedrijf', 'entity', ['owner']);
  risk = await signedIn(app, org, 'risk-manager');
  stranger = await signedIn(app, other, 'owner');
});

async function add(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const res = await client.post('/api/v1/assets', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function depend(client: TestClient, from: string, to: string, description?: string) {
  return client.post(`/api/v1/assets/${from}/dependencies`, { toAssetId: to, description });
}

async function actions(subjectId: string): Promise<string[]> {
  const r = await sql<{ action: string }>`
    SELECT action FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${subjectId} ORDER BY seq`.execute(t.db);
  return r.rows.map((x) => x.action);
}

describe('the asset model', () => {
  it('keeps type, control function and CIA for assets, downtime and people served for services', async () => {
    const scada = await risk.post('/api/v1/assets', {
      name: 'SCADA productie',
      kind: 'asset',
      assetType: 'ot_system',
      controlFunction: 'Stuurt de pompen van zuivering Oost',
      confidentiality: 2,
      integrity: 5,
      availability: 5,
    });
    expect(scada.json()).toMatchObject({ assetType: 'ot_system', integrity: 5, maxTolerableDowntimeHours: null });
    const service = await risk.post('/api/v1/assets', {
      name: 'Drinkwaterlevering',
      kind: 'service',
      maxTolerableDowntimeHours: 12,
      peopleServed: 250_000,
    });
    expect(service.json()).toMatchObject({ peopleServed: 250_000, assetType: null });
    // A field of the other kind is refused, naming it, by the contract and against the stored kind.
    const wrong = await risk.post('/api/v1/assets', { name: 'x', kind: 'service', assetType: 'utility' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.assetType' })]);
    const patch = await risk.patch(`/api/v1/assets/${service.json().id}`, { controlFunction: 'pompen' });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.controlFunction' })]);
    // Changing the kind clears the fields of the old kind.
    const turned = await risk.patch(`/api/v1/assets/${scada.json().id}`, { kind: 'service', peopleServed: 5 });
    expect(turned.json()).toMatchObject({ kind: 'service', assetType: null, controlFunction: null, peopleServed: 5 });
    const filtered = await risk.get('/api/v1/assets?assetType=ot_system');
    expect(filtered.json().items).toEqual([]);
  });
});

describe('dependencies and impact', () => {
  let power: string, server: string, epd: string, lab: string, spoed: string, backup: string;

  beforeAll(async () => {
    power = await add(risk, { name: 'Netbeheerder stroom', kind: 'asset', assetType: 'utility' });
    server = await add(risk, { name: 'EPD-server', kind: 'asset', assetType: 'it_system' });
    backup = await add(risk, { name: 'Uitwijk-server', kind: 'asset', assetType: 'it_system' });
    epd = await add(risk, { name: 'EPD', kind: 'service', crownJewel: true });
    lab = await add(risk, { name: 'Laboratorium', kind: 'service' });
    spoed = await add(risk, { name: 'Spoedeisende hulp', kind: 'service', maxTolerableDowntimeHours: 1 });
    for (const [from, to] of [
      [spoed, epd],
      [spoed, lab],
      [epd, server],
      [lab, power],
      [server, power],
      // A cycle: the two servers take over from each other.
      [server, backup],
      [backup, server],
    ] as const) {
      const res = await depend(risk, from, to);
      expect(res.statusCode, res.body).toBe(201);
    }
    const dependant = await risk.post(`/api/v1/assets/${spoed}/external-dependants`, {
      name: 'Patiënten regio Noord',
      kind: 'recipient_group',
      count: 120_000,
    });
    expect(dependant.statusCode, dependant.body).toBe(201);
  });

  it('answers what breaks, in hops, through cycles and a shared dependency, with who outside', async () => {
    const res = await risk.get(`/api/v1/assets/${power}/impact`);
    expect(res.statusCode, res.body).toBe(200);
    const impact = res.json();
    expect(Object.fromEntries(impact.affected.map((a: { name: string; hops: number }) => [a.name, a.hops]))).toEqual({
      'Netbeheerder stroom': 0,
      'EPD-server': 1,
      Laboratorium: 1,
      EPD: 2,
      'Uitwijk-server': 2,
      'Spoedeisende hulp': 2,
    });
    expect(impact.externalDependants).toEqual([
      { dependant: expect.objectContaining({ name: 'Patiënten regio Noord', count: 120_000 }), via: spoed, hops: 2 },
    ]);
    expect(impact.totals).toEqual({ services: 3, assets: 3, externalDependants: 1, maxHops: 2 });
    expect(impact.edges).toContainEqual({ from: backup, to: server });
    expect(impact.edges).toContainEqual({ from: server, to: backup });
    const limited = (await risk.get(`/api/v1/assets/${power}/impact?limit=2`)).json();
    expect(limited).toMatchObject({ truncated: true, totals: { services: 3, assets: 3 } });
    expect(limited.affected).toHaveLength(2);
  });

  it('sees a change at once, also one made outside this process (the stamp moves)', async () => {
    const ctx = { actor: { type: 'system', label: 'test' }, orgId: org.id, role: 'owner', orgKind: 'entity' } as never;
    const before = await assetImpact(t.db, ctx, [lab]);
    expect(before.affected.map((a) => a.id)).toEqual([lab, spoed]);
    // As another server process would: straight in the database, stamped like every repository write.
    await sql`DELETE FROM asset_dependencies WHERE org_id = ${org.id} AND from_asset_id = ${spoed} AND to_asset_id = ${lab}`.execute(
      t.db,
    );
    expect((await assetImpact(t.db, ctx, [lab])).affected).toHaveLength(2);
    await sql`UPDATE asset_graph_stamps SET stamp = gen_random_uuid() WHERE org_id = ${org.id}`.execute(t.db);
    expect((await assetImpact(t.db, ctx, [lab])).affected.map((a) => a.id)).toEqual([lab]);
    expect((await depend(risk, spoed, lab)).statusCode).toBe(201);
    expect((await assetImpact(t.db, ctx, [lab])).affected.map((a) => a.id)).toEqual([lab, spoed]);
  });

  it('lists dependencies both ways, refuses self, duplicates and foreign assets, and audits each change', async () => {
    const list = (await risk.get(`/api/v1/assets/${server}/dependencies`)).json().items;
    expect(
      list.map((d: { from: { name: string }; to: { name: string } }) => `${d.from.name} → ${d.to.name}`).sort(),
    ).toEqual([
      'EPD → EPD-server',
      'EPD-server → Netbeheerder stroom',
      'EPD-server → Uitwijk-server',
      'Uitwijk-server → EPD-server',
    ]);
    const self = await depend(risk, server, server);
    expect(self.statusCode).toBe(400);
    expect(self.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.toAssetId' })]);
    expect((await depend(risk, epd, server)).statusCode).toBe(409);

    const foreign = await add(stranger, { name: 'Pompstation', kind: 'asset', assetType: 'ot_system' });
    const toForeign = await depend(risk, epd, foreign);
    expect(toForeign.statusCode).toBe(400);
    expect(toForeign.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.toAssetId' })]);
    // From a foreign asset: not found, as if it did not exist.
    expect((await depend(stranger, foreign, epd)).statusCode).toBe(400);
    expect((await depend(risk, foreign, epd)).statusCode).toBe(404);

    const removed = await risk.delete(`/api/v1/assets/${backup}/dependencies/${server}`);
    expect(removed.statusCode).toBe(204);
    expect((await risk.delete(`/api/v1/assets/${backup}/dependencies/${server}`)).statusCode).toBe(404);
    expect(await actions(backup)).toEqual(['asset.created', 'asset.dependency-added', 'asset.dependency-removed']);
    expect((await depend(risk, backup, server)).statusCode).toBe(201);
  });

  it('keeps every read and write of the graph inside the organisation', async () => {
    for (const url of [
      `/api/v1/assets/${epd}/dependencies`,
      `/api/v1/assets/${epd}/impact`,
      `/api/v1/assets/${spoed}/external-dependants`,
    ]) {
      expect((await stranger.get(url)).statusCode, url).toBe(404);
    }
    const dependantId = (await risk.get(`/api/v1/assets/${spoed}/external-dependants`)).json().items[0].id;
    expect(
      (await stranger.patch(`/api/v1/assets/${spoed}/external-dependants/${dependantId}`, { count: 1 })).statusCode,
    ).toBe(404);
    expect((await stranger.delete(`/api/v1/assets/${spoed}/external-dependants/${dependantId}`)).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/assets/${spoed}/dependencies/${epd}`)).statusCode).toBe(404);
    expect(
      (await stranger.post(`/api/v1/assets/${spoed}/external-dependants`, { name: 'x', kind: 'government' }))
        .statusCode,
    ).toBe(404);
    // The auditor reads and may not change.
    const auditor = await signedIn(app, org, 'auditor');
    expect((await auditor.get(`/api/v1/assets/${epd}/impact`)).statusCode).toBe(200);
    expect((await depend(auditor, lab, epd)).statusCode).toBe(403);
  });

  it('manages external dependants of services only, audited', async () => {
    expect(
      (await risk.post(`/api/v1/assets/${server}/external-dependants`, { name: 'Huisartsen', kind: 'organisation' }))
        .statusCode,
    ).toBe(400);
    const added = await risk.post(`/api/v1/assets/${lab}/external-dependants`, {
      name: 'Huisartsen',
      kind: 'organisation',
    });
    const id = added.json().id;
    const changed = await risk.patch(`/api/v1/assets/${lab}/external-dependants/${id}`, { count: 40 });
    expect(changed.json()).toMatchObject({ name: 'Huisartsen', count: 40 });
    // A service with dependants cannot become an asset until they are gone.
    expect((await risk.patch(`/api/v1/assets/${lab}`, { kind: 'asset' })).statusCode).toBe(409);
    expect((await risk.delete(`/api/v1/assets/${lab}/external-dependants/${id}`)).statusCode).toBe(204);
    expect((await risk.get(`/api/v1/assets/${lab}/external-dependants`)).json().items).toEqual([]);
    expect(await actions(lab)).toEqual(
      expect.arrayContaining([
        'asset.external-dependant-added',
        'asset.external-dependant-updated',
        'asset.external-dependant-removed',
      ]),
    );
  });
});

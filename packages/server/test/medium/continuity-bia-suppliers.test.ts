import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, type TestClient } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let org: TestOrg;
let other: TestOrg;
let risk: TestClient;
let handler: TestClient;
let auditor: TestClient;
let stranger: TestClient;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  org = await createTestOrg(t.db, 'BIA Waterbedrijf', 'entity', [
    'owner',
    'risk-manager',
    'incident-handler',
    'auditor',
  ]);
  other = await createTestOrg(t.db, 'BIA Ziekenhuis', 'entity', ['owner']);
  risk = await signedIn(app, org, 'risk-manager');
  handler = await signedIn(app, org, 'incident-handler');
  auditor = await signedIn(app, org, 'auditor');
  stranger = await signedIn(app, other, 'owner');
});

async function add(client: TestClient, body: Record<string, unknown>): Promise<string> {
  const res = await client.post('/api/v1/assets', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function depend(from: string, to: string) {
  const res = await risk.post(`/api/v1/assets/${from}/dependencies`, { toAssetId: to });
  expect(res.statusCode, res.body).toBe(201);
}

async function actions(subjectId: string): Promise<string[]> {
  const r = await sql<{ action: string }>`
    SELECT action FROM audit_events WHERE org_id = ${org.id} AND subject_id = ${subjectId} ORDER BY seq`.execute(t.db);
  return r.rows.map((x) => x.action);
}

describe('business impact analysis, suppliers and concentration', () => {
  let drinkwater: string, afvalwater: string, scada: string, onderhoud: string, stroom: string, kantoor: string;
  let scadaBv: string, aggregaat: string;

  beforeAll(async () => {
    drinkwater = await add(risk, { name: 'Drinkwaterlevering', kind: 'service', crownJewel: true });
    afvalwater = await add(risk, { name: 'Afvalwaterzuivering', kind: 'service' });
    kantoor = await add(risk, { name: 'Klantenservice', kind: 'service' });
    scada = await add(risk, { name: 'SCADA', kind: 'asset', assetType: 'ot_system' });
    onderhoud = await add(risk, { name: 'SCADA-beheer op afstand', kind: 'asset', assetType: 'supplier_service' });
    stroom = await add(risk, { name: 'Stroom netbeheerder', kind: 'asset', assetType: 'utility' });
    await depend(drinkwater, scada);
    await depend(afvalwater, scada);
    await depend(scada, onderhoud);
    await depend(drinkwater, stroom);
    await depend(afvalwater, stroom);
    await depend(kantoor, stroom);
  });

  it('records a BIA with the MTPD on the service itself, and warns where a dependency comes back too late', async () => {
    const put = await risk.put(`/api/v1/business-impact-analyses/${drinkwater}`, {
      maxTolerableDowntimeHours: 12,
      rtoHours: 8,
      rpoHours: 1,
      minimumServiceLevel: 'Druk van 2 bar in het hele net',
      peakPeriods: ['Hittegolf in de zomer'],
      physicalEffects: {
        safety: 'serious',
        health: 'very_serious',
        environment: 'limited',
        description: 'Geen drinkwater',
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ maxTolerableDowntimeHours: 12, rtoHours: 8 });
    // The MTPD lives in the assets table: the asset shows it, not a copy.
    expect((await risk.get(`/api/v1/assets/${drinkwater}`)).json().maxTolerableDowntimeHours).toBe(12);
    expect(await actions(drinkwater)).toEqual([
      'asset.created',
      'asset.dependency-added',
      'asset.dependency-added',
      'business-impact.recorded',
    ]);

    // The SCADA system is back in 4 hours, but its supplier takes 48.
    expect((await risk.put(`/api/v1/business-impact-analyses/${scada}`, { rtoHours: 4, rpoHours: 0 })).statusCode).toBe(
      200,
    );
    const supplier = await risk.post('/api/v1/suppliers', {
      name: 'SCADA Systemen bv',
      contractReference: 'C-2024-17',
      contractEndsOn: '2027-06-30',
      exitStrategy: 'Broncode in escrow',
      lastAssessment: { date: '2026-03-01', result: 'partially_meets' },
    });
    expect(supplier.statusCode, supplier.body).toBe(201);
    scadaBv = supplier.json().id;
    const link = await risk.put(`/api/v1/suppliers/${scadaBv}/services/${onderhoud}`, { recoveryTimeHours: 48 });
    expect(link.statusCode, link.body).toBe(200);

    const view = (await handler.get(`/api/v1/business-impact-analyses/${drinkwater}`)).json();
    expect(view.analysis.physicalEffects).toMatchObject({ health: 'very_serious' });
    expect(view.dependencies.map((d: { asset: { name: string }; hops: number }) => [d.asset.name, d.hops])).toEqual(
      expect.arrayContaining([
        ['SCADA', 1],
        ['SCADA-beheer op afstand', 2],
      ]),
    );
    expect(view.dependencies.find((d: { asset: { id: string } }) => d.asset.id === onderhoud)).toMatchObject({
      recoveryHours: 48,
      recoverySource: 'supplier',
      supplier: { id: scadaBv, name: 'SCADA Systemen bv' },
      alternative: null,
    });
    expect(view.warnings).toEqual(
      expect.arrayContaining([
        { code: 'dependency_exceeds_tolerance', severity: 'high', assetId: onderhoud, hours: 48, toleranceHours: 12 },
        { code: 'recovery_unknown', severity: 'info', assetId: stroom, hours: null, toleranceHours: 12 },
      ]),
    );
    expect(view.warnings[0].severity).toBe('high');
  });

  it('refuses service-only fields for an asset and bad input, writing nothing', async () => {
    const res = await risk.put(`/api/v1/business-impact-analyses/${scada}`, {
      rtoHours: 2,
      rpoHours: 0,
      maxTolerableDowntimeHours: 3,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.maxTolerableDowntimeHours', code: 'not_for_kind' }),
    ]);
    const view = (await risk.get(`/api/v1/business-impact-analyses/${scada}`)).json();
    expect(view.analysis.rtoHours).toBe(4);
    const negative = await risk.put(`/api/v1/business-impact-analyses/${drinkwater}`, { rtoHours: -1, rpoHours: 0 });
    expect(negative.statusCode).toBe(400);
  });

  it('a service that becomes a plain asset keeps only the recovery objectives of its analysis', async () => {
    const portal = await add(risk, { name: 'Klantportaal', kind: 'service' });
    const put = await risk.put(`/api/v1/business-impact-analyses/${portal}`, {
      maxTolerableDowntimeHours: 24,
      rtoHours: 8,
      rpoHours: 1,
      minimumServiceLevel: 'Storingen melden kan',
      peakPeriods: ['Jaarafrekening'],
      physicalEffects: { safety: 'none', health: 'limited', environment: 'none', description: 'Geen' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const changed = await risk.patch(`/api/v1/assets/${portal}`, { kind: 'asset' });
    expect(changed.statusCode, changed.body).toBe(200);
    const view = (await risk.get(`/api/v1/business-impact-analyses/${portal}`)).json();
    expect(view.analysis).toMatchObject({
      rtoHours: 8,
      rpoHours: 1,
      minimumServiceLevel: null,
      peakPeriods: [],
      physicalEffects: null,
    });
    expect(await actions(portal)).toEqual([
      'asset.created',
      'business-impact.recorded',
      'asset.updated',
      'business-impact.recorded',
    ]);
  });

  it('finds the SCADA supplier as a single point of failure of two critical services, until an alternative is identified', async () => {
    // The waste water service becomes critical by its analysis; the customer service is not critical.
    expect(
      (
        await risk.put(`/api/v1/business-impact-analyses/${afvalwater}`, {
          maxTolerableDowntimeHours: 24,
          rtoHours: 12,
          rpoHours: 4,
        })
      ).statusCode,
    ).toBe(200);
    const res = await auditor.get('/api/v1/supplier-concentration');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.criticalServices).toBe(2);
    const names = body.items.map(
      (i: { supplier: { name: string } | null; assets: { name: string }[] }) => i.supplier?.name ?? i.assets[0]!.name,
    );
    expect(names).toEqual(['SCADA Systemen bv', 'Stroom netbeheerder']);
    expect(
      body.items[0].services.map((s: { name: string; hops: number; maxTolerableDowntimeHours: number }) => [
        s.name,
        s.hops,
        s.maxTolerableDowntimeHours,
      ]),
    ).toEqual([
      ['Drinkwaterlevering', 2, 12],
      ['Afvalwaterzuivering', 2, 24],
    ]);

    // An alternative for the SCADA's remote maintenance: both services are covered at once.
    aggregaat = (await risk.post('/api/v1/suppliers', { name: 'Tweede SCADA-integrator' })).json().id;
    const same = await risk.put(`/api/v1/supplier-dependencies/${scada}/${onderhoud}/alternative`, {
      alternativeSupplierId: scadaBv,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().invalidParams[0]).toMatchObject({ name: 'body.alternativeSupplierId', code: 'same_supplier' });
    const notSupplied = await risk.put(`/api/v1/supplier-dependencies/${drinkwater}/${scada}/alternative`, {
      alternativeSupplierId: aggregaat,
    });
    expect(notSupplied.json().invalidParams[0]).toMatchObject({ code: 'not_supplied' });
    const alt = await risk.put(`/api/v1/supplier-dependencies/${scada}/${onderhoud}/alternative`, {
      alternativeSupplierId: aggregaat,
      switchOverHours: 16,
    });
    expect(alt.statusCode, alt.body).toBe(200);
    expect(alt.json().alternative).toMatchObject({
      supplier: { name: 'Tweede SCADA-integrator' },
      switchOverHours: 16,
    });
    const after = (await risk.get('/api/v1/supplier-concentration')).json();
    expect(after.items.map((i: { assets: { name: string }[] }) => i.assets[0]!.name)).toEqual(['Stroom netbeheerder']);
    // The BIA now counts the switch-over (16 h > 12 h) instead of the supplier's 48 h.
    const view = (await risk.get(`/api/v1/business-impact-analyses/${drinkwater}`)).json();
    expect(view.warnings.filter((w: { severity: string }) => w.severity === 'high')).toEqual([
      { code: 'switch_over_exceeds_tolerance', severity: 'high', assetId: onderhoud, hours: 16, toleranceHours: 12 },
    ]);
    const deps = (await risk.get('/api/v1/supplier-dependencies?hasAlternative=false')).json().items;
    expect(deps.map((d: { from: { name: string }; to: { name: string } }) => `${d.from.name} → ${d.to.name}`)).toEqual([
      'Afvalwaterzuivering → Stroom netbeheerder',
      'Drinkwaterlevering → Stroom netbeheerder',
      'Klantenservice → Stroom netbeheerder',
    ]);
    const overview = (await risk.get('/api/v1/business-impact-analyses')).json().items;
    expect(overview.find((s: { asset: { id: string } }) => s.asset.id === drinkwater)).toMatchObject({
      recorded: true,
      highWarnings: 1,
    });
    expect(overview.find((s: { asset: { id: string } }) => s.asset.id === kantoor)).toMatchObject({ recorded: false });

    // Removing the alternative supplier removes the alternative: the point of failure is back.
    expect((await risk.delete(`/api/v1/suppliers/${aggregaat}`)).statusCode).toBe(204);
    expect((await risk.get('/api/v1/supplier-concentration')).json().items).toHaveLength(2);
    expect(await actions(aggregaat)).toEqual(['supplier.created', 'supplier.alternative-recorded', 'supplier.removed']);
  });

  it('lets only risk writers change; the incident handler and auditor read', async () => {
    expect(
      (await handler.put(`/api/v1/business-impact-analyses/${kantoor}`, { rtoHours: 1, rpoHours: 1 })).statusCode,
    ).toBe(403);
    expect((await auditor.post('/api/v1/suppliers', { name: 'Niet toegestaan' })).statusCode).toBe(403);
    expect((await auditor.get(`/api/v1/suppliers/${scadaBv}`)).json()).toMatchObject({
      name: 'SCADA Systemen bv',
      lastAssessment: { date: '2026-03-01', result: 'partially_meets', notes: null },
      services: [{ asset: { id: onderhoud }, recoveryTimeHours: 48 }],
    });
    const taken = await risk.post('/api/v1/suppliers', { name: 'scada systemen BV' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().invalidParams[0]).toMatchObject({ name: 'body.name', code: 'taken' });
  });

  it('keeps another organisation out: it neither sees nor changes these rows, nor links its own', async () => {
    expect((await stranger.get(`/api/v1/business-impact-analyses/${drinkwater}`)).statusCode).toBe(404);
    expect(
      (await stranger.put(`/api/v1/business-impact-analyses/${drinkwater}`, { rtoHours: 1, rpoHours: 1 })).statusCode,
    ).toBe(404);
    expect((await stranger.get(`/api/v1/suppliers/${scadaBv}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/v1/suppliers/${scadaBv}`, { name: 'Gekaapt' })).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/suppliers/${scadaBv}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/suppliers')).json().items).toEqual([]);
    expect((await stranger.get('/api/v1/supplier-dependencies')).json().items).toEqual([]);
    expect((await stranger.get('/api/v1/supplier-concentration')).json()).toEqual({ items: [], criticalServices: 0 });
    expect((await stranger.get('/api/v1/business-impact-analyses')).json().items).toEqual([]);
    // Its own supplier cannot be linked to our asset, nor named as alternative on our dependency.
    const own = (await stranger.post('/api/v1/suppliers', { name: 'Vreemde leverancier' })).json().id;
    expect((await stranger.put(`/api/v1/suppliers/${own}/services/${onderhoud}`, {})).statusCode).toBe(404);
    expect(
      (
        await stranger.put(`/api/v1/supplier-dependencies/${scada}/${onderhoud}/alternative`, {
          alternativeSupplierId: own,
        })
      ).statusCode,
    ).toBe(404);
    const theirs = await risk.put(`/api/v1/supplier-dependencies/${scada}/${onderhoud}/alternative`, {
      alternativeSupplierId: own,
    });
    expect(theirs.json().invalidParams[0]).toMatchObject({ code: 'unknown_reference' });
    expect((await risk.get(`/api/v1/suppliers/${scadaBv}`)).json().name).toBe('SCADA Systemen bv');
  });
});

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAssets } from '../../src/services/demo/seed-demo-assets.ts';
import { seedDemoContinuityBia } from '../../src/services/demo/seed-demo-continuity-bia.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let water: TestOrg;
let hospital: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  water = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', ['risk-manager']);
  hospital = await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['risk-manager']);
  await seedDemoAssets(app.deps);
});

const auditCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_events`.execute(t.db)).rows[0]!.n);

describe('demo continuity data', () => {
  it("shows the water company's SCADA supplier as its single point of failure, once seeded, and seeds once", async () => {
    await seedDemoContinuityBia(app.deps);
    const after = await auditCount();
    await seedDemoContinuityBia(app.deps);
    expect(await auditCount()).toBe(after);

    const client = await signedIn(app, water, 'risk-manager');
    const concentration = (await client.get('/api/v1/supplier-concentration')).json();
    const scada = concentration.items.find(
      (i: { supplier: { name: string } | null }) => i.supplier?.name === 'ProcesAutomatisering Noord bv',
    );
    expect(scada.services.map((s: { name: string }) => s.name).sort()).toEqual([
      'Bluswatervoorziening',
      'Drinkwaterlevering',
    ]);
    const services = (await client.get('/api/v1/business-impact-analyses')).json().items;
    const drinking = services.find((s: { asset: { name: string } }) => s.asset.name === 'Drinkwaterlevering');
    const view = (await client.get(`/api/v1/business-impact-analyses/${drinking.asset.id}`)).json();
    // The SCADA supplier takes 48 hours; drinking water bears 12.
    expect(view.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'dependency_exceeds_tolerance', hours: 48, toleranceHours: 12 }),
      ]),
    );
  });

  it("gives the hospital's network an alternative supplier, so the network supplier is no single point of failure", async () => {
    const client = await signedIn(app, hospital, 'risk-manager');
    const deps = (await client.get('/api/v1/supplier-dependencies?hasAlternative=true')).json().items;
    expect(deps.map((d: { alternative: { supplier: { name: string } } }) => d.alternative.supplier.name)).toEqual([
      'Tweede Lijn Glasvezel',
      'Tweede Lijn Glasvezel',
    ]);
    const concentration = (await client.get('/api/v1/supplier-concentration')).json();
    const names = concentration.items.map((i: { supplier: { name: string } | null }) => i.supplier?.name);
    expect(names).not.toContain('NoordNet Netwerken');
    expect(names).toContain('ZorgDossier Hosting bv');
  });
});

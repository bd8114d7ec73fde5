import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSET_GRAPHS, seedDemoAssets } from '../../src/services/demo/seed-demo-assets.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let app: FastifyInstance;
let water: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  water = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', ['risk-manager']);
  await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['owner']);
});

const auditCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_events`.execute(t.db)).rows[0]!.n);

describe('demo dependency graphs', () => {
  it('are seeded through the use cases, once, and show the chain behind a power failure', async () => {
    await seedDemoAssets(app.deps);
    const after = await auditCount();
    const graph = DEMO_ASSET_GRAPHS['Waterbedrijf Lage Landen']!;
    const events = await sql<{ action: string; n: string }>`
      SELECT action, count(*) AS n FROM audit_events WHERE org_id = ${water.id} GROUP BY action`.execute(t.db);
    expect(Object.fromEntries(events.rows.map((r) => [r.action, Number(r.n)]))).toMatchObject({
      'asset.created': graph.assets.length,
      'asset.dependency-added': graph.dependencies.length,
    });
    // Again: nothing is added or recorded.
    await seedDemoAssets(app.deps);
    expect(await auditCount()).toBe(after);

    const client = await signedIn(app, water, 'risk-manager');
    const assets = (await client.get('/api/v1/assets')).json().items as { id: string; name: string }[];
    const power = assets.find((a) => a.name === 'Stroomvoorziening (netbeheerder)')!;
    const impact = (await client.get(`/api/v1/assets/${power.id}/impact`)).json();
    const hops = Object.fromEntries(impact.affected.map((a: { name: string; hops: number }) => [a.name, a.hops]));
    expect(hops).toMatchObject({ 'Pompstation De Hoeve': 1, 'Distributie en drukregeling': 2, Drinkwaterlevering: 3 });
    expect(impact.externalDependants.map((d: { dependant: { name: string } }) => d.dependant.name)).toEqual(
      expect.arrayContaining(['Ziekenhuis Noorderlicht', 'Brandweer Veiligheidsregio Noord']),
    );
    // The SCADA ↔ telemetry cycle: the telemetry supplier takes SCADA down, and SCADA the telemetry.
    const telemetrySupplier = assets.find((a) => a.name === 'Mobiel datanetwerk (telemetrie)')!;
    const viaTelemetry = (await client.get(`/api/v1/assets/${telemetrySupplier.id}/impact`)).json();
    expect(viaTelemetry.affected.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['Telemetrie', 'SCADA', 'Drinkwaterlevering', 'Bluswatervoorziening']),
    );
  });
});

import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { OrgActor } from '../../src/kernel/actor.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { listAdvisoryAlerts } from '../../src/services/advisories/advisory-queries.ts';
import { seedDemoAssets } from '../../src/services/demo/seed-demo-assets.ts';
import { seedDemoSharingAdvisories } from '../../src/services/demo/seed-demo-sharing-advisories.ts';
import { createTestOrg } from '../support/fixtures.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { loadCsafValidatorFirst } from '../support/csaf-validator.ts';

const t = useTestDatabase();
loadCsafValidatorFirst();

describe('demo advisories', () => {
  it("the water company's Unitronics PLCs are hit by ICSA-24-109-01, once, with the services behind them", async () => {
    await createTestOrg(t.db, 'Demo-autoriteit Cyberbeveiliging', 'authority', ['analyst']);
    const water = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', ['owner']);
    const deps = testDeps(t.db);
    await seedDemoAssets(deps);
    await seedDemoSharingAdvisories(deps, 'Demo-autoriteit Cyberbeveiliging', 'Waterbedrijf Lage Landen');
    await seedDemoSharingAdvisories(deps, 'Demo-autoriteit Cyberbeveiliging', 'Waterbedrijf Lage Landen');
    const ctx: OrgActor = { actor: SYSTEM_ACTOR, orgId: water.id, role: 'owner', orgKind: 'entity' };
    const alerts = await listAdvisoryAlerts(t.db, ctx);
    expect(alerts.map((a) => [a.advisory.trackingId, a.asset.name])).toEqual([
      ['ICSA-24-109-01', 'Procesbesturing zuivering (PLC’s)'],
    ]);
    // Via the process Waterproductie (an asset, not a service) two hops up.
    expect(alerts[0]!.services.map((s) => [s.name, s.hops])).toEqual([['Drinkwaterlevering', 2]]);
    const items = await sql<{ n: string }>`SELECT count(*) AS n FROM asset_products WHERE org_id = ${water.id}`.execute(
      t.db,
    );
    expect(items.rows[0]!.n).toBe('3');
  });
});

import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCatalogue } from '@weerbaar/core/measures';
import { seedDemoMeasures } from '../../src/services/demo/seed-demo-measures.ts';
import { seedDemoAssets } from '../../src/services/demo/seed-demo-assets.ts';
import { DEMO_ORGS } from '../../src/services/demo/seed-demo.ts';
import { seedDemoRisks } from '../../src/services/demo/seed-demo-risks.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');
let hospital: TestOrg;
let water: TestOrg;

beforeAll(async () => {
  hospital = await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['risk-manager']);
  water = await createTestOrg(t.db, 'Waterbedrijf Lage Landen', 'entity', ['risk-manager']);
  await createTestOrg(t.db, 'Gemeente Weerdam', 'entity', ['owner']);
});

const auditCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_events`.execute(t.db)).rows[0]!.n);

describe('demo measures', () => {
  it('are seeded through the use cases, once, and show progress on NIS2 Art. 21', async () => {
    const deps = testDeps(t.db, { clock });
    await seedDemoAssets(deps);
    await seedDemoRisks(deps, DEMO_ORGS);
    await seedDemoMeasures(deps);
    const after = await auditCount();
    await seedDemoMeasures(deps);
    expect(await auditCount()).toBe(after);

    const app = await buildTestApp(t.db, { clock });
    const client = await signedIn(app, hospital, 'risk-manager');
    const coverage = (await client.get('/api/v1/measure-coverage')).json();
    const art21 = coverage.catalogues.find((c: { catalogueId: string }) => c.catalogueId === 'nis2-art21');
    // a, b, g implemented; c, d, j partial: (3 + 1.5) / 10.
    expect(art21.share).toBeCloseTo(0.45);
    // The demo risks name Art. 21(2)(c) and (j) as existing measures: the measure lists them.
    expect((await client.get('/api/v1/measures/nis2-art21:j')).json().risks.length).toBeGreaterThan(0);
    const overdue = (await client.get('/api/v1/measures?overdue=true')).json().items;
    expect(overdue.map((m: { requirementId: string }) => m.requirementId)).toContain('nis2-art21:d');

    const waterClient = await signedIn(app, water, 'risk-manager');
    const frameworks = (await waterClient.get('/api/v1/measure-frameworks')).json().items;
    const ids = frameworks.map((f: { catalogueId: string }) => f.catalogueId);
    // 2024/2690 only where this installation ships it: adopted and every requirement not applicable.
    expect(ids.includes('ir-2024-2690')).toBe(findCatalogue('ir-2024-2690') !== undefined);
    if (findCatalogue('ir-2024-2690')) {
      const list = (await waterClient.get('/api/v1/measures?catalogue=ir-2024-2690')).json().items;
      expect(list.every((m: { status: string }) => m.status === 'not-applicable')).toBe(true);
    }
    await app.close();
  });
});

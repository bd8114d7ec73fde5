import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDemoSupervision } from '../../src/services/demo/seed-demo-supervision.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');

describe('demo supervision', () => {
  it('makes the demo authority a supervisor with one open request to the hospital, once', async () => {
    const authority = await createTestOrg(t.db, 'Demo-autoriteit Cyberbeveiliging', 'authority', ['analyst']);
    const hospital = await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['risk-manager']);
    await sql`UPDATE organisations SET sector = 'Health' WHERE id = ${hospital.id}`.execute(t.db);
    for (const role of ['owner', 'analyst'] as const) {
      authority.users[role]!.email = `${role}@autoriteit.example`;
      await sql`UPDATE users SET email = ${`${role}@autoriteit.example`} WHERE id = ${authority.users[role]!.id}`.execute(
        t.db,
      );
    }
    const deps = testDeps(t.db, { clock });
    await seedDemoSupervision(deps);
    await seedDemoSupervision(deps);

    const app = await buildTestApp(t.db, { clock });
    const analyst = await signedIn(app, authority, 'analyst');
    expect((await analyst.get('/api/v1/supervision/authority-kinds')).json().kinds).toEqual([
      'competent-authority',
      'csirt',
      'supervisor',
    ]);
    const riskManager = await signedIn(app, hospital, 'risk-manager');
    const received = (await riskManager.get('/api/v1/supervision/received-requests')).json().items;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ status: 'sent', dueOn: '2026-12-21', supervisorName: authority.name });
  });
});

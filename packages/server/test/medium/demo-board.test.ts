import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDemoBoard } from '../../src/services/demo/seed-demo-board.ts';
import { createTestOrg, signedIn } from '../support/fixtures.ts';
import { buildTestApp, fixedClock, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
const clock = fixedClock('2026-12-07T10:00:00Z');

describe('demo board', () => {
  it("records the hospital's approval and its board's training once, one certificate expiring soon", async () => {
    const hospital = await createTestOrg(t.db, 'Ziekenhuis Noorderlicht', 'entity', ['auditor']);
    await sql`UPDATE users SET email = 'owner@ziekenhuis.example' WHERE id = ${hospital.users.owner!.id}`.execute(t.db);
    const deps = testDeps(t.db, { clock });
    await seedDemoBoard(deps);
    await seedDemoBoard(deps);

    const app = await buildTestApp(t.db, { clock });
    const auditor = await signedIn(app, hospital, 'auditor');
    const approvals = (await auditor.get('/api/v1/measure-approvals')).json().items;
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({
      version: 1,
      approvedOn: '2026-11-23',
      recordedBy: 'owner@ziekenhuis.example',
    });
    const trainings = (await auditor.get('/api/v1/board-trainings')).json().items as { expiry: string }[];
    expect(trainings.map((x) => x.expiry).sort()).toEqual(['expiring', 'valid', 'valid']);
  });
});

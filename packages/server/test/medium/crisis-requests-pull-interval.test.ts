import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/jobs/job-runner.ts';
import { PULL_JOB_KIND, pullMessagesJob } from '../../src/services/crisis-requests/pull-messages.job.ts';
import { createTestOrg, signedIn, type TestOrg } from '../support/fixtures.ts';
import { connectToAuthority, listenOnLoopback } from '../support/registration-fixtures.ts';
import { buildTestApp, testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// The pull chain of an entity installation (docs/DELIVERY.md, "Authority → entity"): each round plans the next
// WEERBAAR_CRISIS_PULL_SECONDS later (default 30 s); the e2e fault test shortens it to see rounds in seconds.

const t = useTestDatabase();
let app: FastifyInstance;
let entity: TestOrg;

beforeAll(async () => {
  app = await buildTestApp(t.db);
  const url = await listenOnLoopback(app);
  const authority = await createTestOrg(t.db, 'Crisisautoriteit', 'authority', ['owner']);
  entity = await createTestOrg(t.db, 'Waterbedrijf Oost', 'entity', ['owner']);
  // Saving the delivery target starts a chain per recipient it serves: round 0, due at once. The test follows
  // the CSIRT's chain and runs only its jobs.
  await connectToAuthority(app, await signedIn(app, authority, 'owner'), await signedIn(app, entity, 'owner'), url);
});

afterAll(async () => {
  await app?.close();
});

async function plannedPulls(): Promise<{ round: number; run_at: Date; status: string }[]> {
  const { rows } = await sql<{ round: number; run_at: Date; status: string }>`
    SELECT (payload->>'round')::int AS round, run_at, status FROM jobs
     WHERE kind = ${PULL_JOB_KIND} AND payload->>'orgId' = ${entity.id} AND payload->>'recipient' = 'csirt'
     ORDER BY round`.execute(t.db);
  return rows;
}

describe('the pull interval', () => {
  it('plans the next pull WEERBAAR_CRISIS_PULL_SECONDS after a round, then 30 s by default', async () => {
    expect((await plannedPulls()).map((p) => p.round)).toEqual([0]);

    /** Runs every due pull with this configuration; returns how many ran. */
    const pullDue = async (env: Record<string, string>) => {
      const runner = new JobRunner(testDeps(t.db, { env }), { jobs: [pullMessagesJob], backoffMs: () => 20 });
      let ran = 0;
      while (await runner.runOne()) ran += 1;
      return ran;
    };
    let before = Date.now();
    expect(await pullDue({ WEERBAAR_CRISIS_PULL_SECONDS: '7' })).toBeGreaterThanOrEqual(1);
    let after = Date.now();
    let [, next] = await plannedPulls();
    expect(next!.round).toBe(1);
    expect(next!.run_at.getTime()).toBeGreaterThanOrEqual(before + 7_000);
    expect(next!.run_at.getTime()).toBeLessThanOrEqual(after + 7_000);

    // Round 1 is not due yet: nothing to run. Made due, it runs with the default and plans round 2 30 s on.
    expect(await pullDue({})).toBe(0);
    await sql`UPDATE jobs SET run_at = now() WHERE kind = ${PULL_JOB_KIND} AND payload->>'round' = '1'
               AND payload->>'recipient' = 'csirt'`.execute(t.db);
    before = Date.now();
    expect(await pullDue({})).toBe(1);
    after = Date.now();
    [, , next] = await plannedPulls();
    expect(next!.round).toBe(2);
    expect(next!.run_at.getTime()).toBeGreaterThanOrEqual(before + 30_000);
    expect(next!.run_at.getTime()).toBeLessThanOrEqual(after + 30_000);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDb, type Db } from '../../src/db/database.ts';
import { runningEmbeddedConnectionString } from '../../src/db/embedded-postgres.ts';
import { defineJob } from '../../src/jobs/job-definition.ts';
import { JobRunner, backoffMs, type JobRunnerOptions } from '../../src/jobs/job-runner.ts';
import { claimDueJob, completeClaimedJob, findJob, insertJob } from '../../src/repositories/job.repository.ts';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import type { Deps } from '../../src/kernel/deps.ts';
import { defineUseCase } from '../../src/kernel/use-case.ts';
import { CLI } from '../support/run-cli.ts';
import { testDeps } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();
let deps: Deps;

beforeAll(async () => {
  await sql`CREATE TABLE job_effects (job_id uuid NOT NULL, note text)`.execute(t.db);
  deps = testDeps(t.db);
});

const effects = async (jobId: string) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM job_effects WHERE job_id = ${jobId}`.execute(t.db)).rows[0]!.n,
  );

const countDone = async (kind: string) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM jobs WHERE kind = ${kind} AND status = 'done'`.execute(t.db))
      .rows[0]!.n,
  );

/** A use case that writes one effect row for a job (audited like any mutation). */
const writeEffect = defineUseCase({
  actions: ['platform.pruned'],
  async run({ trx, record }, _ctx: typeof SYSTEM_ACTOR, input: { jobId: string; note: string }) {
    await sql`INSERT INTO job_effects VALUES (${input.jobId}, ${input.note})`.execute(trx);
    await record('platform.pruned', { orgId: null, subjectType: 'test' }, { removed: {} });
  },
});

const Empty = z.object({});
const effectJob = defineJob({
  kind: 'test.effect',
  payload: Empty,
  lane: 'internal',
  run: async ({ job, complete }) => void (await complete(writeEffect, SYSTEM_ACTOR, { jobId: job.id, note: 'done' })),
});

const runner = (jobs: JobRunnerOptions['jobs'], options: { leaseMs?: number } = {}) =>
  new JobRunner(deps, { jobs, leaseMs: options.leaseMs });

describe('job runner', () => {
  it('runs a due job once and leaves a future job alone', async () => {
    const due = (await effectJob.enqueue(t.db, {}))!;
    const later = (await effectJob.enqueue(t.db, {}, { runAt: new Date(Date.now() + 3_600_000) }))!;
    const r = runner([effectJob]);
    while (await r.runOne());
    expect(await effects(due.id)).toBe(1);
    expect(await effects(later.id)).toBe(0);
    const done = (await findJob(t.db, due.id))!;
    expect(done.status).toBe('done');
    expect(done.locked_until).toBeNull();
  });

  it('deduplicates scheduling by key', async () => {
    const a = await effectJob.enqueue(t.db, {}, { dedupeKey: 'same', runAt: new Date(Date.now() + 60_000) });
    const b = await effectJob.enqueue(t.db, {}, { dedupeKey: 'same', runAt: new Date(Date.now() + 60_000) });
    expect(a).toBeDefined();
    expect(b).toBeUndefined();
  });

  it('gives up at once on a payload that does not fit the job kind, without running the handler', async () => {
    let ran = false;
    const typed = defineJob({
      kind: 'test.typed',
      payload: z.object({ orgId: z.uuid() }),
      lane: 'internal',
      run: async () => void (ran = true),
    });
    // Ten attempts allowed, but trying again cannot make this payload fit.
    const job = (await insertJob(t.db, { kind: 'test.typed', payload: { orgId: 'not a uuid' } }))!;
    expect(await runner([typed]).runOne()).toBe(true);
    const row = (await findJob(t.db, job.id))!;
    expect(ran).toBe(false);
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/payload does not fit test\.typed/);
  });

  it('retries a failing job with growing backoff, undoing its partial writes, then gives up', async () => {
    const flaky = defineJob({
      kind: 'test.flaky',
      payload: Empty,
      lane: 'outbound',
      maxAttempts: 3,
      async run({ job, complete }) {
        // The effect and the failure in one transaction: the use case rolls back as a whole.
        await complete(
          defineUseCase({
            actions: ['platform.pruned'],
            async run({ trx }) {
              await sql`INSERT INTO job_effects VALUES (${job.id}, 'partial')`.execute(trx);
              throw new Error('receiver down');
            },
          }),
          SYSTEM_ACTOR,
          null,
        );
      },
    });
    const job = (await flaky.enqueue(t.db, {}))!;
    const r = runner([flaky]);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await sql`UPDATE jobs SET run_at = now() WHERE id = ${job.id}`.execute(t.db);
      expect(await r.runOne()).toBe(true);
      const row = (await findJob(t.db, job.id))!;
      expect(row.attempts).toBe(attempt);
      expect(row.last_error).toBe('receiver down');
      if (attempt < 3) {
        expect(row.status).toBe('pending');
        expect(row.run_at.getTime() - Date.now()).toBeGreaterThan(backoffMs(attempt) - 5_000);
      } else {
        expect(row.status).toBe('failed');
      }
    }
    expect(await effects(job.id)).toBe(0);
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));
    expect(backoffMs(50)).toBe(3_600_000);
  });

  it('lets parallel workers share the queue without running a job twice (SKIP LOCKED)', async () => {
    const slow = defineJob({
      kind: 'test.slow',
      payload: Empty,
      lane: 'internal',
      async run({ job, complete }) {
        await new Promise((r) => setTimeout(r, 5));
        await complete(writeEffect, SYSTEM_ACTOR, { jobId: job.id, note: 'slow' });
      },
    });
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push((await slow.enqueue(t.db, {}))!.id);
    const workers = Array.from({ length: 4 }, () => runner([slow]));
    await Promise.all(
      workers.map(async (w) => {
        while (await w.runOne());
      }),
    );
    for (const id of ids) expect(await effects(id)).toBe(1);
  });

  it('holds no transaction while a handler waits on another system', async () => {
    let open = -1;
    const outbound = defineJob({
      kind: 'test.outbound',
      payload: Empty,
      lane: 'outbound',
      async run() {
        const r = await sql<{ n: string }>`
          SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'`.execute(t.db);
        open = Number(r.rows[0]!.n);
      },
    });
    await outbound.enqueue(t.db, {});
    expect(await runner([outbound]).runOne()).toBe(true);
    expect(open).toBe(0);
  });

  it('wakes idle workers when work arrives, so due jobs run side by side although only one worker polls', async () => {
    let running = 0;
    let most = 0;
    const parallel = defineJob({
      kind: 'test.parallel',
      payload: Empty,
      lane: 'outbound',
      async run() {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 400));
        running -= 1;
      },
    });
    const r = new JobRunner(deps, { jobs: [parallel], concurrency: { outbound: 4 }, pollMs: 100 });
    r.start();
    try {
      await new Promise((res) => setTimeout(res, 150)); // every worker idle: one polls, three sleep
      for (let i = 0; i < 4; i++) await parallel.enqueue(t.db, {});
      const deadline = Date.now() + 10_000;
      while ((await countDone('test.parallel')) < 4 && Date.now() < deadline)
        await new Promise((res) => setTimeout(res, 50));
      expect(await countDone('test.parallel')).toBe(4);
      expect(most).toBe(4);
    } finally {
      await r.stop();
    }
  });

  it('keeps deadline work moving while an outbound job hangs (separate lanes)', async () => {
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    const stuck = defineJob({ kind: 'test.stuck', payload: Empty, lane: 'outbound', run: () => hanging });
    const urgent = defineJob({
      kind: 'test.urgent',
      payload: Empty,
      lane: 'internal',
      run: async ({ job, complete }) =>
        void (await complete(writeEffect, SYSTEM_ACTOR, { jobId: job.id, note: 'on time' })),
    });
    await stuck.enqueue(t.db, {});
    const job = (await urgent.enqueue(t.db, {}, { runAt: new Date(Date.now() + 300) }))!;
    const r = new JobRunner(deps, { jobs: [stuck, urgent], concurrency: { outbound: 1, internal: 1 }, pollMs: 50 });
    r.start();
    try {
      const deadline = Date.now() + 10_000;
      while ((await effects(job.id)) === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
      expect(await effects(job.id)).toBe(1);
    } finally {
      release();
      await r.stop();
    }
  });

  it('claims again a job whose worker died (no heartbeat) and refuses the dead claim its late completion', async () => {
    const job = (await effectJob.enqueue(t.db, {}))!;
    // A worker claims it and dies: nobody renews its lease.
    const dead = (await claimDueJob(t.db, [effectJob.kind], 200))!;
    expect(dead.id).toBe(job.id);
    expect(await runner([effectJob]).runOne()).toBe(false); // still leased
    await new Promise((r) => setTimeout(r, 400));
    expect(await runner([effectJob]).runOne()).toBe(true);
    expect(await effects(job.id)).toBe(1);
    expect(await completeClaimedJob(t.db, { id: dead.id, attempts: dead.attempts })).toBe(false);
    expect((await findJob(t.db, job.id))!.status).toBe('done');
  });

  it('does not claim again a job whose worker died on its last attempt (the nightly prune gives it up)', async () => {
    const lastTry = defineJob({
      kind: 'test.last-try',
      payload: Empty,
      lane: 'internal',
      maxAttempts: 1,
      run: async () => {},
    });
    await lastTry.enqueue(t.db, {});
    expect(await claimDueJob(t.db, [lastTry.kind], 100)).toBeDefined();
    await new Promise((r) => setTimeout(r, 250));
    expect(await runner([lastTry]).runOne()).toBe(false);
  });

  it('keeps the lease of a slow worker that is alive (heartbeat), so nobody runs its job twice', async () => {
    const slowEffect = defineJob({
      kind: 'test.slow-effect',
      payload: Empty,
      lane: 'outbound',
      async run({ job, complete }) {
        await new Promise((r) => setTimeout(r, 900)); // several leases long
        await complete(writeEffect, SYSTEM_ACTOR, { jobId: job.id, note: 'slow but alive' });
      },
    });
    const job = (await slowEffect.enqueue(t.db, {}))!;
    const first = runner([slowEffect], { leaseMs: 200 }).runOne();
    await new Promise((r) => setTimeout(r, 600));
    expect(await runner([slowEffect], { leaseMs: 200 }).runOne()).toBe(false);
    expect(await first).toBe(true);
    expect(await effects(job.id)).toBe(1);
    expect((await findJob(t.db, job.id))!.status).toBe('done');
  });
});

describe('jobs survive a killed server process', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-kill-'));
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  function startServer(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [CLI, 'start'], {
      env: { ...process.env, WEERBAAR_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('Weerbaar runs at')) resolve(child);
      });
      child.stderr!.on('data', (d) => (out += d));
      child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
  }

  const embeddedDb = (): Db => createDb(runningEmbeddedConnectionString(dataDir), 1);

  it('runs a job scheduled before a SIGKILL exactly once after the restart', async () => {
    server = await startServer();
    let db = embeddedDb();
    const job = (await insertJob(db, {
      kind: 'audit.verify',
      runAt: new Date(Date.now() + 4_000),
      dedupeKey: 'kill-test',
    }))!;
    await db.destroy();
    server.kill('SIGKILL'); // no clean shutdown; its PostgreSQL is orphaned
    await new Promise((r) => server!.once('exit', r));

    server = await startServer(); // stops the orphaned PostgreSQL, starts its own
    db = embeddedDb();
    const deadline = Date.now() + 30_000;
    while ((await findJob(db, job.id))!.status !== 'done' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect((await findJob(db, job.id))!.status).toBe('done');
    const runs = await sql<{ n: string }>`
      SELECT count(*) AS n FROM audit_events WHERE action = 'audit.verified' AND details->>'jobId' = ${job.id}`.execute(
      db,
    );
    expect(Number(runs.rows[0]!.n)).toBe(1);
    await db.destroy();
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
    server = undefined;
  }, 90_000);
});

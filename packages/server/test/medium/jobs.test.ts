import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/database.ts';
import { runningEmbeddedConnectionString } from '../../src/db/embedded-postgres.ts';
import { JobRunner, backoffMs, type JobHandler } from '../../src/jobs/job-runner.ts';
import { findJob, insertJob } from '../../src/repositories/job.repository.ts';
import { CLI } from '../support/run-cli.ts';
import { useTestDatabase } from '../support/test-database.ts';

const t = useTestDatabase();

beforeAll(async () => {
  await sql`CREATE TABLE job_effects (job_id uuid NOT NULL, note text)`.execute(t.db);
});

const effects = async (jobId: string) =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM job_effects WHERE job_id = ${jobId}`.execute(t.db)).rows[0]!.n,
  );

const recordEffect: JobHandler = async (trx, job) => {
  await sql`INSERT INTO job_effects VALUES (${job.id}, 'done')`.execute(trx);
};

describe('job runner', () => {
  it('runs a due job once and leaves a future job alone', async () => {
    const due = (await insertJob(t.db, { kind: 'effect' }))!;
    const later = (await insertJob(t.db, { kind: 'effect', runAt: new Date(Date.now() + 3_600_000) }))!;
    const runner = new JobRunner(t.db, { handlers: { effect: recordEffect } });
    while (await runner.runOne());
    expect(await effects(due.id)).toBe(1);
    expect(await effects(later.id)).toBe(0);
    expect((await findJob(t.db, due.id))!.status).toBe('done');
  });

  it('deduplicates scheduling by key', async () => {
    const a = await insertJob(t.db, { kind: 'effect', dedupeKey: 'same', runAt: new Date(Date.now() + 60_000) });
    const b = await insertJob(t.db, { kind: 'effect', dedupeKey: 'same', runAt: new Date(Date.now() + 60_000) });
    expect(a).toBeDefined();
    expect(b).toBeUndefined();
  });

  it('retries a failing job with growing backoff, undoing its partial writes, then gives up', async () => {
    const job = (await insertJob(t.db, { kind: 'flaky', maxAttempts: 3 }))!;
    const flaky: JobHandler = async (trx, j) => {
      await sql`INSERT INTO job_effects VALUES (${j.id}, 'partial')`.execute(trx);
      throw new Error('receiver down');
    };
    const runner = new JobRunner(t.db, { handlers: { flaky } });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await sql`UPDATE jobs SET run_at = now() WHERE id = ${job.id}`.execute(t.db);
      expect(await runner.runOne()).toBe(true);
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
    const ids = [];
    for (let i = 0; i < 40; i++) ids.push((await insertJob(t.db, { kind: 'slow' }))!.id);
    const slow: JobHandler = async (trx, job) => {
      await new Promise((r) => setTimeout(r, 5));
      await recordEffect(trx, job);
    };
    const workers = Array.from({ length: 4 }, () => new JobRunner(t.db, { handlers: { slow } }));
    await Promise.all(
      workers.map(async (w) => {
        while (await w.runOne());
      }),
    );
    for (const id of ids) expect(await effects(id)).toBe(1);
  });

  it('re-runs a job whose worker died mid-handler, exactly once in effect', async () => {
    const job = (await insertJob(t.db, { kind: 'crashy' }))!;
    const victimDb = createDb(t.url, 1);
    let signalStarted!: () => void;
    const started = new Promise<void>((r) => (signalStarted = r));
    const hang: JobHandler = async (trx, j) => {
      await sql`INSERT INTO job_effects VALUES (${j.id}, 'from the worker that dies')`.execute(trx);
      signalStarted();
      await sql`SELECT pg_sleep(60)`.execute(trx); // still working when its session is killed
    };
    const victim = new JobRunner(victimDb, { handlers: { crashy: hang } });
    const dying = victim.runOne().catch((e: unknown) => e);
    await started;
    // Kill the worker's database session, as a crash or network loss would.
    await new Promise((r) => setTimeout(r, 100)); // let pg_sleep begin
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_sleep%'`.execute(t.db);
    expect(await dying).toBeInstanceOf(Error);
    const survivor = new JobRunner(t.db, { handlers: { crashy: recordEffect } });
    expect(await survivor.runOne()).toBe(true);
    expect(await effects(job.id)).toBe(1);
    expect((await findJob(t.db, job.id))!.status).toBe('done');
    await victimDb.destroy().catch(() => {});
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

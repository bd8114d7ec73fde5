import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { CompiledQuery, sql } from 'kysely';
import PgBoss from 'pg-boss';
import { z } from 'zod';
import { loadConfig } from '../packages/server/src/config.ts';
import { inTransaction, type Trx } from '../packages/server/src/db/database.ts';
import { defineJob } from '../packages/server/src/jobs/job-definition.ts';
import { JobRunner } from '../packages/server/src/jobs/job-runner.ts';
import { createDeps } from '../packages/server/src/modules.ts';
import { listTablesInDependencyOrder } from '../packages/server/src/repositories/backup.repository.ts';
import { SYSTEM_ACTOR } from '../packages/server/src/kernel/actor.ts';
import type { Deps } from '../packages/server/src/kernel/deps.ts';
import { defineUseCase, executeUseCase } from '../packages/server/src/kernel/use-case.ts';
import type { BenchPlatform } from './lib/bench-platform.ts';

const N = 2_000;
const CALLERS = 4; // concurrent application transactions that enqueue
const WORKERS = 4; // concurrent job workers on each side
const RATE_PER_S = 20;
const LATENCY_SECONDS = 3;
const BOSS_MIN_POLL_S = 0.5; // pg-boss 10 refuses a pollingIntervalSeconds below 0.5
const BOSS_BATCH = 50;
const ORGS = Array.from({ length: 16 }, () => randomUUID()); // audit chains (and job org_ids) spread over tenants

/**
 * The in-house job runner (jobs table, claim with a lease, `complete(useCase)`) against pg-boss 10 on the
 * same PostgreSQL in the same run: transactional enqueue, processing with an audited write committed with
 * completion, and pickup latency of an idle runner. Figures and ratios are printed, not asserted.
 */
export async function benchJobs(p: BenchPlatform): Promise<void> {
  const deps = createDeps({ db: p.db, config: { ...loadConfig({}), webDist: undefined } });
  await sql`CREATE TABLE IF NOT EXISTS bench_job_app (id bigserial PRIMARY KEY, note text NOT NULL)`.execute(p.db);
  await sql`CREATE TABLE IF NOT EXISTS bench_job_effects (side text NOT NULL, job_id text NOT NULL)`.execute(p.db);

  const boss = new PgBoss({ connectionString: p.connectionString, schema: 'pgboss' });
  let stopping = false; // once stopped, the embedded server's shutdown ends its last connections: not news
  boss.on('error', (error) => void (stopping || console.error('pg-boss error:', error.message)));
  await boss.start(); // creates its own schema in the bench database
  try {
    await run(p, deps, boss);
  } finally {
    stopping = true;
    await boss.stop({ graceful: false, wait: true, timeout: 1000 });
  }
}

/** The audited write a job commits: one effect row and one audit event on its organisation's chain. */
const writeEffect = defineUseCase({
  actions: ['platform.pruned'],
  async run({ trx, record }, _ctx: typeof SYSTEM_ACTOR, input: { side: string; jobId: string; orgId: string }) {
    await sql`INSERT INTO bench_job_effects VALUES (${input.side}, ${input.jobId})`.execute(trx);
    await record('platform.pruned', { orgId: input.orgId, subjectType: 'bench' }, { removed: {} });
  },
});

/** pg-boss's documented hook for running its SQL on your own connection: the Kysely transaction. */
const bossDb = (trx: Trx): PgBoss.Db => ({
  executeSql: (text, values) => trx.executeQuery(CompiledQuery.raw(text, values)) as Promise<{ rows: unknown[] }>,
});

const fmt = (n: number) => n.toFixed(0).padStart(7);
const line = (label: string, value: string) => console.log(`${label.padEnd(60)} ${value}`);
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;

async function run(p: BenchPlatform, deps: Deps, boss: PgBoss): Promise<void> {
  const Payload = z.object({ orgId: z.string() });
  let done = 0;
  const effectJob = defineJob({
    kind: 'bench.effect',
    payload: Payload,
    lane: 'internal',
    async run({ job, payload, complete }) {
      await complete(writeEffect, SYSTEM_ACTOR, { side: 'in-house', jobId: job.id, orgId: payload.orgId });
      done++;
    },
  });
  const Q = 'bench_effect';
  await boss.createQueue(Q);

  // 1. Transactional enqueue: an application write and the job in one short transaction.
  console.log(`\n## Jobs: in-house runner vs pg-boss ${bossVersion()} (same PostgreSQL, same run)`);
  console.log(
    `\n### 1. Transactional enqueue (${N} jobs, each in its own application transaction, ${CALLERS} callers)`,
  );
  const enqueue = async (one: (trx: Trx, i: number) => Promise<unknown>, n = N) => {
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CALLERS }, async () => {
        for (let i = next++; i < n; i = next++) {
          await inTransaction(p.db, async (trx) => {
            await sql`INSERT INTO bench_job_app (note) VALUES (${`order ${i}`})`.execute(trx);
            await one(trx, i);
          });
        }
      }),
    );
    return n / ((performance.now() - t0) / 1000);
  };
  // Warm-up, not counted: 100 of each into a kind / queue that nothing works on.
  const warmJob = defineJob({ kind: 'bench.warmup', payload: Payload, lane: 'internal', run: async () => {} });
  await boss.createQueue('bench_warmup');
  await enqueue((trx) => warmJob.enqueue(trx, { orgId: ORGS[0]! }), 100);
  await enqueue((trx) => boss.send('bench_warmup', { orgId: ORGS[0]! }, { db: bossDb(trx) }), 100);
  const inHouseEnqueue = await enqueue((trx, i) => {
    const orgId = ORGS[i % ORGS.length]!;
    return effectJob.enqueue(trx, { orgId }, { orgId, dedupeKey: `bench-${i}` });
  });
  const bossEnqueue = await enqueue((trx, i) => boss.send(Q, { orgId: ORGS[i % ORGS.length]! }, { db: bossDb(trx) }));
  line('in-house job.enqueue(trx, payload, { orgId, dedupeKey })', `${fmt(inHouseEnqueue)} jobs/s`);
  line('pg-boss send(name, data, { db: <the same transaction> })', `${fmt(bossEnqueue)} jobs/s`);
  line('ratio in-house / pg-boss', (inHouseEnqueue / bossEnqueue).toFixed(2));

  // 2. Processing: each job commits one audited write together with its completion.
  console.log(`\n### 2. Processing (${N} jobs, ${WORKERS} workers, audited write + completion per job)`);
  const effects = async (side: string) =>
    (
      await sql<{ rows: string; jobs: string }>`
        SELECT count(*) AS rows, count(DISTINCT job_id) AS jobs FROM bench_job_effects WHERE side = ${side}`.execute(
        p.db,
      )
    ).rows[0]!;
  const bossCompleted = async (queue: string) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM pgboss.job WHERE name = ${queue} AND state = 'completed'`.execute(p.db)
      ).rows[0]!.n,
    );

  const runner = new JobRunner(deps, { jobs: [effectJob], concurrency: { internal: WORKERS } });
  let t0 = performance.now();
  runner.start();
  while (done < N) await sleep(2);
  const inHouseRate = N / ((performance.now() - t0) / 1000);
  await runner.stop();
  const inHouseEffects = await effects('in-house');

  // pg-boss, the closest equivalent: the effect and complete(…, { db: trx }) in one transaction, so they
  // commit together (work() would otherwise complete in a separate statement after the handler returns).
  const bossHandler = (side: string, queue: string) => async (jobs: PgBoss.Job<{ orgId: string }>[]) => {
    for (const job of jobs) {
      await executeUseCase(
        deps,
        writeEffect.definition,
        SYSTEM_ACTOR,
        { side, jobId: job.id, orgId: job.data.orgId },
        (trx) => boss.complete(queue, job.id, { db: bossDb(trx) }),
      );
    }
  };
  const workerIds: string[] = [];
  t0 = performance.now();
  for (let w = 0; w < WORKERS; w++)
    workerIds.push(
      await boss.work(Q, { batchSize: BOSS_BATCH, pollingIntervalSeconds: BOSS_MIN_POLL_S }, bossHandler('pg-boss', Q)),
    );
  while ((await bossCompleted(Q)) < N) await sleep(2);
  const bossRate = N / ((performance.now() - t0) / 1000);
  for (const id of workerIds.splice(0)) await boss.offWork({ id });
  const bossEffects = await effects('pg-boss');

  // pg-boss with batchSize 1 (its default): a worker waits out the polling interval after every fetch,
  // found work or not, so it is timed for a few seconds rather than run to the end.
  const Q1 = 'bench_effect_b1';
  await boss.createQueue(Q1);
  await boss.insert(Array.from({ length: 400 }, (_, i) => ({ name: Q1, data: { orgId: ORGS[i % ORGS.length]! } })));
  t0 = performance.now();
  for (let w = 0; w < WORKERS; w++)
    workerIds.push(await boss.work(Q1, { pollingIntervalSeconds: BOSS_MIN_POLL_S }, bossHandler('pg-boss-b1', Q1)));
  await sleep(LATENCY_SECONDS * 1000);
  const boss1Rate = (await bossCompleted(Q1)) / ((performance.now() - t0) / 1000);
  for (const id of workerIds.splice(0)) await boss.offWork({ id });

  line('in-house JobRunner, complete(useCase) (effect + completion, 1 tx)', `${fmt(inHouseRate)} jobs/s`);
  line(
    `pg-boss work(batchSize ${BOSS_BATCH}, poll ${BOSS_MIN_POLL_S} s), effect + complete in 1 tx`,
    `${fmt(bossRate)} jobs/s`,
  );
  line(
    `pg-boss work(batchSize 1, poll ${BOSS_MIN_POLL_S} s), same handler (timed ${LATENCY_SECONDS} s)`,
    `${fmt(boss1Rate)} jobs/s`,
  );
  line(`ratio in-house / pg-boss (batchSize ${BOSS_BATCH})`, (inHouseRate / bossRate).toFixed(2));
  line('ratio in-house / pg-boss (batchSize 1)', (inHouseRate / boss1Rate).toFixed(2));
  line(
    'effect rows / distinct jobs (in-house; pg-boss)',
    `${inHouseEffects.rows}/${inHouseEffects.jobs}; ${bossEffects.rows}/${bossEffects.jobs} (expected ${N}/${N})`,
  );

  // 3. Pickup latency: one job at a time at RATE_PER_S while the workers idle; enqueue commit → handler start.
  console.log(
    `\n### 3. Pickup latency (${RATE_PER_S} jobs/s for ${LATENCY_SECONDS} s, idle runner, enqueue commit → handler start)`,
  );
  const latency = async (
    enqueueOne: (trx: Trx, seq: number) => Promise<unknown>,
    started: Map<number, number>,
    afterCommit: () => void = () => {},
  ) => {
    await sleep(600); // the workers are idle and mid-poll
    const committed = new Map<number, number>();
    const count = RATE_PER_S * LATENCY_SECONDS;
    const t = performance.now();
    for (let seq = 0; seq < count; seq++) {
      const wait = t + (seq * 1000) / RATE_PER_S - performance.now();
      if (wait > 0) await sleep(wait);
      await inTransaction(p.db, async (trx) => {
        await sql`INSERT INTO bench_job_app (note) VALUES (${`ping ${seq}`})`.execute(trx);
        await enqueueOne(trx, seq);
      });
      committed.set(seq, performance.now());
      afterCommit();
    }
    const deadline = performance.now() + 5_000;
    while (started.size < count && performance.now() < deadline) await sleep(5);
    const ms = [...committed].map(([seq, at]) => (started.get(seq) ?? Infinity) - at).sort((a, b) => a - b);
    return { p50: pct(ms, 0.5), p99: pct(ms, 0.99), missing: count - started.size };
  };
  const show = (label: string, r: { p50: number; p99: number; missing: number }) =>
    line(
      label,
      `p50 ${r.p50.toFixed(0).padStart(5)} ms   p99 ${r.p99.toFixed(0).padStart(5)} ms${r.missing ? `   (${r.missing} not started after 5 s)` : ''}`,
    );

  const inHouseLatency = async (pollMs: number | undefined, poke: boolean) => {
    const started = new Map<number, number>();
    const ping = defineJob({
      kind: `bench.ping.${pollMs ?? 'default'}.${poke}`,
      payload: z.object({ seq: z.number() }),
      lane: 'internal',
      run: async ({ payload }) => void started.set(payload.seq, performance.now()),
    });
    const r = new JobRunner(deps, { jobs: [ping], ...(pollMs ? { pollMs } : {}) });
    r.start();
    try {
      return await latency((trx, seq) => ping.enqueue(trx, { seq }), started, poke ? () => r.poke() : undefined);
    } finally {
      await r.stop();
    }
  };
  const bossLatency = async (queue: string, notify: boolean) => {
    const started = new Map<number, number>();
    await boss.createQueue(queue);
    const id = await boss.work<{ seq: number }>(
      queue,
      { batchSize: BOSS_BATCH, pollingIntervalSeconds: BOSS_MIN_POLL_S },
      async (jobs) => {
        for (const job of jobs) started.set(job.data.seq, performance.now());
      },
    );
    try {
      return await latency(
        (trx, seq) => boss.send(queue, { seq }, { db: bossDb(trx) }),
        started,
        notify ? () => boss.notifyWorker(id) : undefined,
      );
    } finally {
      await boss.offWork({ id });
    }
  };
  const lDefault = await inHouseLatency(undefined, false);
  const lPoke = await inHouseLatency(undefined, true);
  const l500 = await inHouseLatency(BOSS_MIN_POLL_S * 1000, false);
  const lBoss = await bossLatency('bench_ping', false);
  const lBossNotify = await bossLatency('bench_ping_notify', true);
  show('in-house, default pollMs (1000)', lDefault);
  show('in-house, default pollMs + poke() after commit', lPoke);
  show(`in-house, pollMs ${BOSS_MIN_POLL_S * 1000} (pg-boss's minimum)`, l500);
  show(`pg-boss work(poll ${BOSS_MIN_POLL_S} s, batchSize ${BOSS_BATCH})`, lBoss);
  show(`pg-boss work(poll ${BOSS_MIN_POLL_S} s) + notifyWorker() after commit`, lBossNotify);
  const ratio = (a: { p50: number; p99: number }, b: { p50: number; p99: number }) =>
    `p50 ${(a.p50 / b.p50).toFixed(2)}   p99 ${(a.p99 / b.p99).toFixed(2)}`;
  line('ratio in-house default poll / pg-boss poll', ratio(lDefault, lBoss));
  line('ratio in-house pollMs 500 / pg-boss poll', ratio(l500, lBoss));
  line('ratio in-house poke / pg-boss notifyWorker', ratio(lPoke, lBossNotify));

  await facts(p, deps, boss, effectJob);
}

/** What each offers for the project's needs: checked here where a check is cheap, else read from the code. */
async function facts(
  p: BenchPlatform,
  deps: Deps,
  boss: PgBoss,
  effectJob: ReturnType<typeof defineJob<{ orgId: string }>>,
): Promise<void> {
  console.log('\n### What each offers (checked in this run where marked ✓, else read from the code)');
  const [a, b] = [ORGS[0]!, ORGS[1]!];
  const later = new Date(Date.now() + 3_600_000);
  const ours = [
    await effectJob.enqueue(p.db, { orgId: a }, { orgId: a, dedupeKey: 'report-1', runAt: later }),
    await effectJob.enqueue(p.db, { orgId: a }, { orgId: a, dedupeKey: 'report-1', runAt: later }),
    await effectJob.enqueue(p.db, { orgId: b }, { orgId: b, dedupeKey: 'report-1', runAt: later }),
  ].map((row) => (row ? 'job' : 'deduped'));
  await boss.createQueue('bench_dedupe_short', { name: 'bench_dedupe_short', policy: 'short' });
  const send = (key: string) => boss.send('bench_dedupe_short', {}, { singletonKey: key });
  const theirs = [await send(`${a}:report-1`), await send(`${a}:report-1`), await send(`${b}:report-1`)];
  const [fetched] = await boss.fetch('bench_dedupe_short');
  if (fetched) await boss.complete('bench_dedupe_short', fetched.id);
  const afterDone = await send(`${a}:report-1`);
  console.log(
    `✓ dedupe per organisation — in-house: same key in org A twice, then org B: ${ours.join(', ')}; the key stays taken` +
      ` until the nightly prune removes the finished job. pg-boss: no per-org key; singletonKey "<org>:<key>" on a` +
      ` 'short' queue: ${theirs.map((id) => (id ? 'job' : 'deduped')).join(', ')}, and once done the same key is a new` +
      ` job again (${afterDone ? 'job' : 'deduped'}): it dedupes only while queued (standard queues not at all).`,
  );
  console.log(
    '  exactly-once DB effects — in-house: complete(useCase) commits effects, audit event and completion in one' +
      ' transaction and refuses a claim whose lease ran out (attempts compared). pg-boss: work() completes in its own' +
      ' statement after the handler (at least once); complete(name, id, { db: trx }) in the effect transaction is' +
      ' atomic (measured above), but its UPDATE checks only id and state = active, not which fetch holds it, so a' +
      ' worker past expireIn whose job was fetched again can still complete it — no stale-claim guard.',
  );
  console.log(
    '  lanes / concurrency — in-house: two lanes (internal, outbound), workers per lane. pg-boss: one queue per' +
      ' kind, each work() call its own worker with its own batchSize and polling interval (finer than lanes).',
  );
  console.log(
    `  retention — in-house: nightly platform.prune deletes done/failed jobs older than ${deps.config.retention.jobsDays}` +
      ' days (WEERBAAR_RETAIN_JOBS_DAYS) with an audit event. pg-boss: supervise maintenance (every 120 s) moves' +
      ' completed jobs to pgboss.archive after archiveCompletedAfterSeconds (12 h), deletes archived after' +
      ' deleteAfter* (7 days); unstarted jobs expire after retention* (14 days).',
  );
  const tables = await listTablesInDependencyOrder(p.db);
  const bossTables = (
    await sql<{ n: string }>`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'pgboss'`.execute(p.db)
  ).rows[0]!.n;
  console.log(
    `✓ own schema and logical backup — in-house: jobs is in public and in the backup's table list: ${tables.includes('jobs')}.` +
      ` pg-boss: ${bossTables} tables in schema pgboss (its own migrations), in the backup: ${tables.some((t) => t.startsWith('pgboss'))}` +
      ' (the backup reads public only; restore checks our migrations, not pg-boss version).',
  );
}

function bossVersion(): string {
  return (createRequire(import.meta.url)('pg-boss/package.json') as { version: string }).version;
}

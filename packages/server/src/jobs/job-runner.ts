import { inTransaction } from '../db/database.ts';
import type { JobRow } from '../db/schema.ts';
import {
  claimDueJob,
  completeClaimedJob,
  extendJobLease,
  failClaimedJob,
  type JobClaim,
} from '../repositories/job.repository.ts';
import type { Deps } from '../kernel/deps.ts';
import { executeUseCase } from '../kernel/use-case.ts';
import type { JobContext, JobDefinition, JobLane } from './job-definition.ts';

export interface JobRunnerOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of jobs with different payloads
  jobs: readonly JobDefinition<any>[];
  /** Workers per lane (default internal 1, outbound 4). */
  concurrency?: Partial<Record<JobLane, number>>;
  pollMs?: number;
  /**
   * How long a claim holds without a heartbeat (default 30 s). A running handler renews it every third of
   * that, so only a worker that died (or hangs its event loop) loses its jobs, and they are claimed again
   * soon after a crash or SIGKILL.
   */
  leaseMs?: number;
  /** Delay before retry n; tests pass a short one. */
  backoffMs?: (attempt: number) => number;
}

/** Exponential backoff with a ceiling: 2 s, 4 s, 8 s … at most an hour. */
export function backoffMs(attempt: number): number {
  return Math.min(3_600_000, 1000 * 2 ** Math.max(1, attempt));
}

/** A job that cannot succeed by trying again (its payload does not fit its kind). */
class Unrunnable extends Error {}

class LeaseLost extends Error {
  constructor(claim: JobClaim) {
    super(`job ${claim.id} was claimed again while attempt ${claim.attempts} ran (its lease ran out)`);
  }
}

/**
 * Runs jobs from the jobs table. A claim commits at once and holds a lease; the handler runs outside any
 * transaction and commits its effects with `complete`, which also marks the job done, under the claim.
 * A crash before that leaves the job to be claimed again when the lease runs out: effects outside the
 * database (HTTP) must be idempotent, effects inside it happen once.
 */
export class JobRunner {
  private stopped = true;
  private loops: Promise<void>[] = [];
  /** Idle workers per lane; only one of them at a time polls on a timer, the others wait to be woken. */
  private readonly sleepers: Record<JobLane, Set<() => void>> = { internal: new Set(), outbound: new Set() };
  private readonly polling: Record<JobLane, boolean> = { internal: false, outbound: false };
  private readonly byKind: Map<string, JobDefinition>;
  private readonly lanes: Record<JobLane, string[]> = { internal: [], outbound: [] };

  constructor(
    private readonly deps: Deps,
    private readonly options: JobRunnerOptions,
  ) {
    this.byKind = new Map(options.jobs.map((j) => [j.kind, j as JobDefinition]));
    if (this.byKind.size !== options.jobs.length) throw new Error('two job definitions share a kind');
    for (const job of options.jobs) this.lanes[job.lane].push(job.kind);
  }

  /** Runs one due job (of the lane, or of any) if there is one; returns whether it found work. */
  async runOne(lane?: JobLane): Promise<boolean> {
    const kinds = lane ? this.lanes[lane] : [...this.byKind.keys()];
    const row = await claimDueJob(this.deps.db, kinds, this.leaseMs);
    if (!row) return false;
    // There may be more due work: one idle worker of the lane looks too (and wakes the next if it finds some).
    if (lane) this.sleepers[lane].values().next().value?.();
    const claim: JobClaim = { id: row.id, attempts: row.attempts };
    const heartbeat = setInterval(() => {
      extendJobLease(this.deps.db, claim, this.leaseMs).then(
        (held) => {
          // Another worker took the job (this one could not renew in time): our completion will be refused.
          if (!held) this.deps.log.warn({ jobId: row.id, kind: row.kind }, 'job lease lost while running');
        },
        (error: unknown) => this.deps.log.warn({ jobId: row.id, error: String(error) }, 'job lease not extended'),
      );
    }, this.leaseMs / 3);
    try {
      await this.runClaimed(row, claim);
    } finally {
      clearInterval(heartbeat);
    }
    return true;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 30_000;
  }

  private async runClaimed(row: JobRow, claim: JobClaim): Promise<void> {
    const definition = this.byKind.get(row.kind)!;
    let completing = false;
    const completeInTransaction = async (trx: Parameters<typeof completeClaimedJob>[0]) => {
      if (!(await completeClaimedJob(trx, claim))) throw new LeaseLost(claim);
    };
    try {
      const payload = definition.payload.safeParse(row.payload);
      if (!payload.success) throw new Unrunnable(`payload does not fit ${row.kind}: ${payload.error.message}`);
      const context: JobContext<Record<string, unknown>> = {
        payload: payload.data,
        job: row,
        deps: this.deps,
        complete: (useCase, ctx, input) => {
          if (completing) throw new Error(`job ${row.kind} completed twice`);
          completing = true;
          return executeUseCase(this.deps, useCase.definition, ctx, input, completeInTransaction);
        },
      };
      await definition.run(context);
      if (!completing) await inTransaction(this.deps.db, completeInTransaction);
    } catch (error) {
      if (error instanceof LeaseLost) {
        this.deps.log.warn({ jobId: row.id, kind: row.kind }, error.message);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        !(error instanceof Unrunnable) && row.attempts < row.max_attempts
          ? new Date(Date.now() + (this.options.backoffMs ?? backoffMs)(row.attempts))
          : null;
      await failClaimedJob(this.deps.db, claim, message, retryAt);
      this.deps.log.warn(
        { jobId: row.id, kind: row.kind, attempt: row.attempts, retryAt, error: message },
        'job failed',
      );
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const defaults: Record<JobLane, number> = { internal: 1, outbound: 4 };
    for (const lane of ['internal', 'outbound'] as const) {
      if (this.lanes[lane].length === 0) continue;
      const workers = this.options.concurrency?.[lane] ?? defaults[lane];
      for (let i = 0; i < workers; i++) this.loops.push(this.work(lane));
    }
  }

  /** Lets idle workers look for work now instead of at the next poll. */
  poke(): void {
    for (const lane of ['internal', 'outbound'] as const) for (const wake of [...this.sleepers[lane]]) wake();
  }

  private async work(lane: JobLane): Promise<void> {
    while (!this.stopped) {
      let worked = false;
      try {
        worked = await this.runOne(lane);
      } catch (error) {
        this.deps.log.error({ lane, error: String(error) }, 'job runner error');
      }
      if (!worked && !this.stopped) await this.idle(lane);
    }
  }

  /**
   * Waits for work. One idle worker per lane polls every pollMs; the others sleep until a claim wakes them,
   * so an idle server runs one claim query per lane and poll, not one per worker.
   */
  private idle(lane: JobLane): Promise<void> {
    const polls = !this.polling[lane];
    if (polls) this.polling[lane] = true;
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers[lane].delete(wake);
        if (polls) this.polling[lane] = false;
        resolve();
      };
      const timer = polls ? setTimeout(wake, this.options.pollMs ?? 1000) : undefined;
      this.sleepers[lane].add(wake);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await Promise.all(this.loops);
    this.loops = [];
  }
}

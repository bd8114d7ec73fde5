import type { Db, Trx } from '../db/database.ts';
import type { JobRow } from '../db/schema.ts';
import { claimDueJob, completeJob, recordJobFailure } from '../repositories/job.repository.ts';

/**
 * A handler runs inside the transaction that claimed its job and marks it done, so its database
 * effects and the completion commit together: a crash mid-run rolls both back and the job runs
 * again — exactly once in effect. Effects outside the database (HTTP deliveries) must be
 * idempotent, because they can happen again after a crash.
 */
export type JobHandler = (trx: Trx, job: JobRow) => Promise<void>;

export interface JobRunnerOptions {
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  log?: (message: string, extra?: Record<string, unknown>) => void;
  /** Delay before retry n; tests pass a short one. */
  backoffMs?: (attempt: number) => number;
}

/** Exponential backoff with a ceiling: 2 s, 4 s, 8 s … at most an hour. */
export function backoffMs(attempt: number): number {
  return Math.min(3_600_000, 1000 * 2 ** Math.max(1, attempt));
}

export class JobRunner {
  private stopped = true;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly options: JobRunnerOptions,
  ) {}

  /** Runs one due job if there is one; returns whether it found work. */
  async runOne(): Promise<boolean> {
    const trx = await this.db.startTransaction().execute();
    try {
      const job = await claimDueJob(trx, Object.keys(this.options.handlers));
      if (!job) {
        await trx.commit().execute();
        return false;
      }
      // A savepoint undoes a failed handler's partial writes while keeping the claim's row lock.
      const sp = await trx.savepoint('job').execute();
      try {
        await this.options.handlers[job.kind]!(sp, job);
        await sp.releaseSavepoint('job').execute();
        await completeJob(trx, job.id);
      } catch (error) {
        await sp.rollbackToSavepoint('job').execute();
        const attempt = job.attempts + 1;
        const retryAt =
          attempt < job.max_attempts ? new Date(Date.now() + (this.options.backoffMs ?? backoffMs)(attempt)) : null;
        await recordJobFailure(trx, job, error instanceof Error ? error.message : String(error), retryAt);
        this.options.log?.('job failed', { jobId: job.id, kind: job.kind, attempt, retryAt, error: String(error) });
      }
      await trx.commit().execute();
      return true;
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      throw error;
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  /** Lets new work start immediately instead of at the next poll. */
  poke(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    const pollMs = this.options.pollMs ?? 1000;
    while (!this.stopped) {
      let worked = false;
      try {
        worked = await this.runOne();
      } catch (error) {
        this.options.log?.('job runner error', { error: String(error) });
      }
      if (!worked && !this.stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.loop;
  }
}

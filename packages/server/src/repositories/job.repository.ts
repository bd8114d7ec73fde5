import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { JobRow } from '../db/schema.ts';

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  orgId?: string | null;
  /** Same key twice in one organisation → one job; makes scheduling idempotent. */
  dedupeKey?: string | null;
  maxAttempts?: number;
}

export async function insertJob(db: DbOrTrx, job: NewJob): Promise<JobRow | undefined> {
  return db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      // Unset: the column's DEFAULT now(), the clock the claim compares with.
      ...(job.runAt ? { run_at: job.runAt } : {}),
      ...(job.orgId ? { org_id: job.orgId } : {}),
      dedupe_key: job.dedupeKey ?? null,
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** What identifies one claim of a job: the attempt it is (attempts is raised by every claim). */
export interface JobClaim {
  id: string;
  attempts: number;
}

/**
 * Claims one due job (or one whose worker's lease ran out) and commits the claim at once. SKIP LOCKED
 * lets many workers and replicas pull from one table without waiting on each other or taking the same
 * job; the lease lets a handler run without a transaction held open.
 */
export async function claimDueJob(db: DbOrTrx, kinds: readonly string[], leaseMs: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const result = await sql<JobRow>`
    UPDATE jobs SET status = 'running', attempts = attempts + 1,
                    locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    WHERE id = (
      SELECT id FROM jobs
      WHERE kind IN (${sql.join(kinds)})
        AND ((status = 'pending' AND run_at <= now())
          OR (status = 'running' AND locked_until < now() AND attempts < max_attempts))
      ORDER BY run_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`.execute(db);
  return result.rows[0];
}

/**
 * Marks a claimed job done, but only while this claim still holds it: returns false when the lease ran
 * out and another worker claimed it again (the caller's transaction must then roll back).
 */
export async function completeClaimedJob(db: DbOrTrx, claim: JobClaim): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: sql`now()`, locked_until: null })
    .where('id', '=', claim.id)
    .where('status', '=', 'running')
    .where('attempts', '=', claim.attempts)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Extends this claim's lease while its handler still runs (the heartbeat); false once the claim is lost. */
export async function extendJobLease(db: DbOrTrx, claim: JobClaim, leaseMs: number): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ locked_until: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where('id', '=', claim.id)
    .where('status', '=', 'running')
    .where('attempts', '=', claim.attempts)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Records a failed attempt of this claim: back to pending at retryAt, or failed for good when null. */
export async function failClaimedJob(db: DbOrTrx, claim: JobClaim, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      last_error: error.slice(0, 2000),
      locked_until: null,
      ...(retryAt ? { status: 'pending', run_at: retryAt } : { status: 'failed', finished_at: sql`now()` }),
    })
    .where('id', '=', claim.id)
    .where('status', '=', 'running')
    .where('attempts', '=', claim.attempts)
    .execute();
}

export async function findJob(db: DbOrTrx, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Gives up jobs whose worker died on their last attempt (the lease ran out and no attempt is left): the
 * claim skips them, so without this they would stay 'running' for ever.
 */
export async function failAbandonedJobs(db: DbOrTrx): Promise<number> {
  // Leases are set and compared on the database's clock (claimDueJob, extendJobLease): judged on it too.
  const result = await db
    .updateTable('jobs')
    .set({
      status: 'failed',
      finished_at: sql`now()`,
      locked_until: null,
      last_error: 'the worker stopped during the last attempt (its lease ran out)',
    })
    .where('status', '=', 'running')
    .where('locked_until', '<', sql<Date>`now()`)
    .whereRef('attempts', '>=', 'max_attempts')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Removes finished jobs (done or failed) that finished before the given time; returns how many. */
export async function deleteFinishedJobs(db: DbOrTrx, finishedBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('status', 'in', ['done', 'failed'])
    .where('finished_at', '<', finishedBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';
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
      run_at: job.runAt ?? new Date(),
      ...(job.orgId ? { org_id: job.orgId } : {}),
      dedupe_key: job.dedupeKey ?? null,
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/**
 * Claims one due job for the rest of the transaction. SKIP LOCKED lets many workers (and many
 * server replicas) pull from one table without waiting on each other or taking the same job.
 */
export async function claimDueJob(trx: Trx, kinds: string[]): Promise<JobRow | undefined> {
  return trx
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'pending')
    .where('run_at', '<=', sql<Date>`now()`)
    .where('kind', 'in', kinds)
    .orderBy('run_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function completeJob(trx: Trx, id: string): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({ status: 'done', finished_at: new Date(), attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .execute();
}

export async function recordJobFailure(db: DbOrTrx, job: JobRow, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      attempts: job.attempts + 1,
      last_error: error.slice(0, 2000),
      ...(retryAt ? { run_at: retryAt } : { status: 'failed', finished_at: new Date() }),
    })
    .where('id', '=', job.id)
    .execute();
}

export async function findJob(db: DbOrTrx, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

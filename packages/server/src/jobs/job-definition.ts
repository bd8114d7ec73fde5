// A kind of background job: its typed payload, its lane, and a handler that receives its dependencies.
// Handlers run WITHOUT an open transaction: talk to other systems first (the authority, a webhook), then
// commit the database effects with `complete(useCase, ctx, input)`, whose transaction also marks the job
// done — so effects and completion commit together (exactly once in effect), and a slow receiver never
// holds a connection, a row lock or the lane of deadline reminders.
import type { AuditAction } from '@weerbaar/core/events';
import type { z } from 'zod';
import type { DbOrTrx } from '../db/database.ts';
import type { JobRow } from '../db/schema.ts';
import { insertJob } from '../repositories/job.repository.ts';
import type { Actor, OrgActor } from '../kernel/actor.ts';
import type { Deps } from '../kernel/deps.ts';
import type { UseCase } from '../kernel/use-case.ts';

/**
 * `internal` jobs only touch the database (reminders, verification, pruning); `outbound` jobs wait on
 * other systems. Each lane has its own workers, so a slow webhook cannot delay a deadline reminder.
 */
export type JobLane = 'internal' | 'outbound';

export interface JobContext<P> {
  payload: P;
  job: Pick<JobRow, 'id' | 'kind' | 'org_id' | 'attempts' | 'max_attempts' | 'run_at' | 'dedupe_key'>;
  deps: Deps;
  /** Runs the use case in a transaction that also marks this job done. At most once per run. */
  complete<C extends OrgActor | Actor, I, O, A extends AuditAction>(
    useCase: UseCase<C, I, O, A>,
    ctx: C,
    input: I,
  ): Promise<O>;
}

export interface JobDefinition<P extends Record<string, unknown> = Record<string, unknown>> {
  kind: string;
  payload: z.ZodType<P>;
  lane: JobLane;
  /** Attempts before the job is given up (default 10). */
  maxAttempts?: number;
  run(context: JobContext<P>): Promise<void>;
}

export interface EnqueueOptions {
  orgId?: string | null;
  runAt?: Date;
  /** Same key twice in one organisation → one job. */
  dedupeKey?: string | null;
}

export interface Job<P extends Record<string, unknown>> extends JobDefinition<P> {
  /** Schedules one job, in the caller's transaction when given one (the outbox pattern). */
  enqueue(db: DbOrTrx, payload: P, options?: EnqueueOptions): Promise<JobRow | undefined>;
}

export function defineJob<P extends Record<string, unknown>>(definition: JobDefinition<P>): Job<P> {
  return {
    ...definition,
    enqueue: (db, payload, options = {}) =>
      insertJob(db, {
        kind: definition.kind,
        payload,
        runAt: options.runAt,
        orgId: options.orgId ?? null,
        dedupeKey: options.dedupeKey ?? null,
        maxAttempts: definition.maxAttempts,
      }),
  };
}

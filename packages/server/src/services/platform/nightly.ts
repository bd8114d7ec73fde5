// The nightly platform jobs (audit verification, retention) run at 02:00 UTC, when an installation is
// quietest; each schedules its next night when it has run.
import type { DbOrTrx } from '../../db/database.ts';
import type { Job } from '../../jobs/job-definition.ts';

const DAY_MS = 86_400_000;

export function nextNight(now: Date): Date {
  const d = new Date(now);
  d.setUTCHours(2, 0, 0, 0);
  if (d.getTime() <= now.getTime()) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** The run after this one. */
export const followingNight = (runAt: Date): Date => new Date(runAt.getTime() + DAY_MS);

/** Schedules a nightly job; the date in the dedupe key makes it idempotent per night. */
export async function scheduleNight(db: DbOrTrx, job: Job<Record<string, never>>, at: Date): Promise<void> {
  await job.enqueue(db, {}, { runAt: at, dedupeKey: `${job.kind}:${at.toISOString().slice(0, 10)}` });
}

// The nightly platform jobs (audit verification, retention) run at 02:00 UTC, when an installation is
// quietest. Each run plans the next night inside its own use case's transaction, from its clock reading:
// the plan commits with the work, and a run that comes late (after downtime) plans the coming night
// instead of replaying the nights it missed.
import type { DbOrTrx } from '../../db/database.ts';
import { insertJob } from '../../repositories/job.repository.ts';

export const NIGHTLY_KINDS = { auditVerification: 'audit.verify', prune: 'platform.prune' } as const;
export type NightlyKind = (typeof NIGHTLY_KINDS)[keyof typeof NIGHTLY_KINDS];

/** 02:00 UTC after `now`. */
export function nextNight(now: Date): Date {
  const d = new Date(now);
  d.setUTCHours(2, 0, 0, 0);
  if (d.getTime() <= now.getTime()) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Plans a nightly job at `at`; the date in the dedupe key makes it idempotent per night. */
export async function scheduleNight(db: DbOrTrx, kind: NightlyKind, at: Date): Promise<void> {
  await insertJob(db, { kind, runAt: at, dedupeKey: `${kind}:${at.toISOString().slice(0, 10)}` });
}

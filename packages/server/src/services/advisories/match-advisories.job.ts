// Job 'advisory.match' (internal lane): matches every advisory an organisation may read against its whole
// product inventory and alerts what is new ("u bent geraakt"). Scheduled when an advisory is imported or
// published and on every inventory change. Idempotent: an alert exists once per (advisory, inventory
// item) — a repeated run, or two runs for two triggers, alert nothing twice. Matching a whole
// inventory (not only the changed item) keeps one code path; bench/csaf-matching.bench.ts measures it.
import { z } from 'zod';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { findAdvisoryAlertCandidates } from './advisory-matching.ts';
import { recordAdvisoryAlerts } from './record-advisory-alerts.ts';

export const matchAdvisoriesJob = defineJob({
  kind: 'advisory.match',
  payload: z.object({ orgId: z.uuid() }),
  lane: 'internal',
  async run({ payload: { orgId }, deps, complete }) {
    const alerts = await findAdvisoryAlertCandidates(deps.db, orgId);
    if (alerts.length === 0) return;
    await complete(recordAdvisoryAlerts, SYSTEM_ACTOR, { orgId, alerts });
  },
});

/** Schedules matching for one organisation; `trigger` names what changed (one job per trigger). */
export async function scheduleAdvisoryMatch(db: Trx | DbOrTrx, orgId: string, trigger: string): Promise<void> {
  await matchAdvisoriesJob.enqueue(db, { orgId }, { orgId, dedupeKey: `advisory.match:${trigger}` });
}

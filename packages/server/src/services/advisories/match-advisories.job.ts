// Job 'advisory.match' (internal lane): matches what changed for an organisation and alerts what is new
// ("u bent geraakt"). Scheduled when an advisory is imported or published (that advisory against the items
// sharing a product key with it) and on every inventory change (the added items against every advisory the
// organisation may read); without a scope, everything. Idempotent: an alert exists once per (advisory,
// inventory item) — a repeated run, or two runs for two triggers, alert nothing twice.
import { z } from 'zod';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { findAdvisoryAlertCandidates, type MatchScope } from './advisory-matching.ts';
import { recordAdvisoryAlerts } from './record-advisory-alerts.ts';

/** More added items than this are matched as a whole inventory (one job payload stays small). */
export const MAX_SCOPED_ITEMS = 10_000;

export const matchAdvisoriesJob = defineJob({
  kind: 'advisory.match',
  payload: z.object({
    orgId: z.uuid(),
    advisory: z.object({ orgId: z.uuid(), id: z.uuid() }).optional(),
    itemIds: z.array(z.uuid()).max(MAX_SCOPED_ITEMS).optional(),
  }),
  lane: 'internal',
  async run({ payload: { orgId, advisory, itemIds }, deps, complete }) {
    const scope: MatchScope | undefined = advisory ? { advisory } : itemIds ? { itemIds } : undefined;
    const alerts = await findAdvisoryAlertCandidates(deps.db, orgId, scope);
    if (alerts.length === 0) return;
    await complete(recordAdvisoryAlerts, SYSTEM_ACTOR, { orgId, alerts });
  },
});

/** Schedules matching for one organisation; `trigger` names what changed (one job per trigger). */
export async function scheduleAdvisoryMatch(
  db: Trx | DbOrTrx,
  orgId: string,
  trigger: string,
  scope?: MatchScope,
): Promise<void> {
  const scoped =
    scope && 'advisory' in scope
      ? { advisory: scope.advisory }
      : scope && scope.itemIds.length <= MAX_SCOPED_ITEMS
        ? { itemIds: [...scope.itemIds] }
        : {};
  await matchAdvisoriesJob.enqueue(db, { orgId, ...scoped }, { orgId, dedupeKey: `advisory.match:${trigger}` });
}

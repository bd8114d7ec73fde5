// Job 'crisis-request.pull' (outbound lane): one pull of the authority's messages per delivery target, then
// the next is planned in the same transaction (one chain per target: the round in authority_message_pulls).
import { SubmissionRecipientSchema, type SubmissionRecipient } from '@weerbaar/core/delivery';
import { z } from 'zod';
import type { Trx } from '../../db/database.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import { lockPullRound } from '../../repositories/crisis-request.repository.ts';
import { listDeliveryTargets } from '../../repositories/delivery-target.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { fetchAuthorityMessages } from './pull-authority-messages.ts';
import { recordPulledMessages } from './record-pulled-messages.ts';

// The interval between pulls is config.crisisPullIntervalMs (WEERBAAR_CRISIS_PULL_SECONDS, default 30 s).
export const PULL_JOB_KIND = 'crisis-request.pull';

export const pullMessagesJob = defineJob({
  kind: PULL_JOB_KIND,
  payload: z.object({ orgId: z.uuid(), recipient: SubmissionRecipientSchema, round: z.number().int().min(0) }),
  lane: 'outbound',
  // Only a failed commit (database trouble) is retried; a failed pull is a soft outcome and the chain goes on.
  maxAttempts: 5,
  async run({ payload: { orgId, recipient, round }, deps, complete }) {
    const outcome = await fetchAuthorityMessages(deps.db, deps.config, orgId, recipient);
    await complete(recordPulledMessages, SYSTEM_ACTOR, { orgId, recipient, outcome, round });
  },
});

export async function schedulePull(
  trx: Trx,
  orgId: string,
  recipient: SubmissionRecipient,
  round: number,
  runAtMs: number,
): Promise<void> {
  await pullMessagesJob.enqueue(
    trx,
    { orgId, recipient, round },
    { orgId, runAt: new Date(runAtMs), dedupeKey: `${PULL_JOB_KIND}:${recipient}:${round}` },
  );
}

/** Starts (or keeps) the pull chain of each of the organisation's delivery targets: the current round, once. */
export async function ensurePulls(trx: Trx, orgId: string, nowMs: number): Promise<void> {
  for (const target of await listDeliveryTargets(trx, orgId)) {
    if (!target.api_token_ciphertext) continue;
    const round = await lockPullRound(trx, orgId, target.recipient);
    await schedulePull(trx, orgId, target.recipient, round, nowMs);
  }
}

/** Pulls now for every delivery target (the same code as the job; tests and "check now"). */
export async function pullNow(deps: Deps, orgId: string): Promise<number> {
  let fresh = 0;
  for (const target of await listDeliveryTargets(deps.db, orgId)) {
    const outcome = await fetchAuthorityMessages(deps.db, deps.config, orgId, target.recipient);
    fresh += await recordPulledMessages(deps, SYSTEM_ACTOR, { orgId, recipient: target.recipient, outcome });
  }
  return fresh;
}

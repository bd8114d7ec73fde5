// Entity side of "Authority → entity" (docs/DELIVERY.md): one pull from the authority over the delivery
// target's connection (its URL and API token; no inbound opening at the entity), outside any transaction.
// It reports what this installation stored and opened since the last pull, and brings what it has not stored.
import { MessagePullResultSchema, PULL_LIMIT, type AuthorityMessage, type MessagePull } from '@weerbaar/core/crisis';
import type { PulledFinding, PulledRequestUpdate, PulledSupervisionRequest } from '@weerbaar/core/supervision';
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import type { Config } from '../../config.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { listUnreported } from '../../repositories/crisis-request.repository.ts';
import {
  listUnreportedCopies,
  listUnreportedFindingVersions,
  listUnreportedSteps,
} from '../../repositories/supervision.repository.ts';
import { authorityPolicyOf } from '../../adapters/authority-policy.ts';
import { guardedFetch } from '../../adapters/guarded-http.ts';
import { openSecret } from '../../adapters/secret-box.ts';
import { API_TOKEN_PURPOSE } from '../delivery/delivery-secrets.ts';

const PULL_TIMEOUT_MS = 15_000;

export type PullOutcome =
  | {
      ok: true;
      reported: Required<MessagePull>;
      messages: AuthorityMessage[];
      supervisionRequests: PulledSupervisionRequest[];
      supervisionUpdates: PulledRequestUpdate[];
      supervisionFindings: PulledFinding[];
    }
  | { ok: false; error: string };

export async function fetchAuthorityMessages(
  db: DbOrTrx,
  config: Config,
  orgId: string,
  recipient: SubmissionRecipient,
): Promise<PullOutcome> {
  const target = await findDeliveryTarget(db, orgId, recipient);
  if (!target?.api_token_ciphertext) return { ok: false, error: 'no delivery target with an API token' };
  const [crisis, copies, steps, findings] = await Promise.all([
    listUnreported(db, orgId, recipient),
    listUnreportedCopies(db, orgId, recipient),
    listUnreportedSteps(db, orgId, recipient, PULL_LIMIT),
    listUnreportedFindingVersions(db, orgId, recipient, PULL_LIMIT),
  ]);
  // All kinds are confirmed in one list (their ids are uuids of different tables at the authority), within the
  // pull's limit; what does not fit stays unreported and goes with the next pull.
  const delivered = [...copies, ...steps, ...findings, ...crisis.delivered].slice(0, PULL_LIMIT * 2);
  const reported = { delivered, read: crisis.read };
  try {
    const res = await guardedFetch(
      `${target.authority_url.replace(/\/+$/, '')}/api/v1/authority-messages/pull`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${openSecret(config, target.api_token_ciphertext, API_TOKEN_PURPOSE)}`,
        },
        body: JSON.stringify(reported),
        timeoutMs: PULL_TIMEOUT_MS,
      },
      authorityPolicyOf(config),
    );
    if (!res.ok) return { ok: false, error: `the authority answered HTTP ${res.status}` };
    const parsed = MessagePullResultSchema.safeParse(await res.json());
    if (!parsed.success) return { ok: false, error: 'the authority answered something that is not a message list' };
    return {
      ok: true,
      reported,
      messages: parsed.data.messages,
      supervisionRequests: parsed.data.supervisionRequests,
      supervisionUpdates: parsed.data.supervisionUpdates,
      supervisionFindings: parsed.data.supervisionFindings,
    };
  } catch (error) {
    return { ok: false, error: `authority not reachable: ${(error as Error).message}` };
  }
}

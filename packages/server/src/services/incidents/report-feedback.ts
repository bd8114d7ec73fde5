// Entity side: what the authority sends back about a delivered report — initial feedback (NIS2 Art. 23(5))
// and requests for an intermediate report (NIS2 Art. 23(4)(c)) — is fetched from the authority with the
// delivery target's token (GET {authority}/api/v1/submissions/{id}/feedback), outside any transaction.
import { SubmissionFeedbackSchema, type SubmissionFeedback, type SubmissionRecipient } from '@weerbaar/core/delivery';
import type { Config } from '../../config.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { authorityPolicyOf } from '../../adapters/authority-policy.ts';
import { API_TOKEN_PURPOSE } from '../delivery/delivery-secrets.ts';
import { guardedFetch } from '../../adapters/guarded-http.ts';
import { openSecret } from '../../adapters/secret-box.ts';

const FEEDBACK_TIMEOUT_MS = 15_000;

/** One recipient's feedback on one report; null when that recipient has no delivery target with a token. */
export async function fetchFeedback(
  db: DbOrTrx,
  config: Config,
  orgId: string,
  reportId: string,
  recipient: SubmissionRecipient = 'csirt',
): Promise<SubmissionFeedback | null> {
  const target = await findDeliveryTarget(db, orgId, recipient);
  if (!target?.api_token_ciphertext) return null;
  // The same address policy as the delivery to this authority URL (docs/DELIVERY.md, SSRF).
  const res = await guardedFetch(
    `${target.authority_url.replace(/\/+$/, '')}/api/v1/submissions/${reportId}/feedback`,
    {
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${openSecret(config, target.api_token_ciphertext, API_TOKEN_PURPOSE)}`,
      },
      timeoutMs: FEEDBACK_TIMEOUT_MS,
    },
    authorityPolicyOf(config),
  );
  if (!res.ok) throw new Error(`the authority answered HTTP ${res.status}`);
  return SubmissionFeedbackSchema.parse(await res.json());
}

// Job 'submission.deliver': one attempt to deliver one outbox entry. The authority is contacted OUTSIDE any
// transaction (a slow authority holds no connection or row lock); the answer is then stored by a use case
// that re-checks the entry under its row lock and, in the same transaction, marks the job done. Throwing
// makes the JobRunner retry with backoff, and that error is what the outbox entry shows. The authority is
// idempotent by submission id, so a repeat after a crash gets the same receipt.
import {
  SubmissionAddresseeSchema,
  SubmissionRecipientSchema,
  type ReceiptKey,
  type SubmissionEnvelope,
  type SubmissionKind,
} from '@weerbaar/core/delivery';
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import { DELIVER_JOB_KIND, findOutboxRow } from '../../repositories/submission-outbox.repository.ts';
import { findAuditHead } from '../../repositories/audit.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { signChainHead } from '../../kernel/audit-anchor.ts';
import { fetchReceiptKeys, postSubmission } from '../../adapters/authority-client.ts';
import { API_TOKEN_PURPOSE } from './delivery-secrets.ts';
import { markSubmissionRefused } from './mark-submission-refused.ts';
import { openSecret } from '../../adapters/secret-box.ts';
import { pinnedKeyMismatch, storeReceipt } from './store-receipt.ts';

// A report must never be given up silently (DESIGN.md, Delivery): with the backoff capped at an hour this
// keeps trying for years; every failed attempt is visible on the outbox entry.
const DELIVERY_MAX_ATTEMPTS = 100_000;

/** The addressee stored with the entry (none for entries queued before addressees were kept). */
function addresseeOf(stored: unknown): Pick<SubmissionEnvelope, 'addressee'> {
  const parsed = SubmissionAddresseeSchema.safeParse(stored);
  return parsed.success ? { addressee: parsed.data } : {};
}

export const deliverSubmissionJob = defineJob({
  kind: DELIVER_JOB_KIND,
  // Jobs queued before there were two recipients carry no recipient: they were the CSIRT's (the one target).
  payload: z.object({ orgId: z.uuid(), submissionId: z.uuid(), recipient: SubmissionRecipientSchema.default('csirt') }),
  lane: 'outbound',
  maxAttempts: DELIVERY_MAX_ATTEMPTS,
  async run({ payload: { orgId, submissionId, recipient }, deps, complete }) {
    const row = await findOutboxRow(deps.db, orgId, submissionId, recipient);
    if (!row || row.status !== 'pending') return;
    const target = await findDeliveryTarget(deps.db, orgId, recipient);
    if (!target?.api_token_ciphertext) {
      throw new Error(
        recipient === 'csirt'
          ? 'no delivery target for the CSIRT: an administrator must set the authority URL and API token (Registration page → Delivery to the authority)'
          : 'no delivery target for the competent authority: an administrator must set its URL and API token (Registration page → Delivery to the authority); Cbw arts. 26-29 send each report to the CSIRT and the competent authority',
      );
    }
    const org = await findOrganisation(deps.db, orgId);
    if (!org) return;
    // Every delivery anchors the sender's audit chain at the authority: its head, signed with this
    // installation's key (docs/ARCHITECTURE.md, "Audit anchoring").
    const head = await findAuditHead(deps.db, orgId);
    const envelope: SubmissionEnvelope = {
      id: row.id,
      kind: row.kind as SubmissionKind,
      submittedAt: row.submitted_at.toISOString(),
      sender: { orgId, name: org.name, kvkNumber: org.kvk_number },
      payload: row.payload,
      payloadDigest: row.payload_digest,
      auditHash: row.audit_hash,
      ...addresseeOf(row.addressee),
      ...(head ? { auditAnchor: signChainHead(deps.config, orgId, head, deps.clock.now()) } : {}),
    };
    const outcome = await postSubmission(
      deps.config,
      target.authority_url,
      openSecret(deps.config, target.api_token_ciphertext, API_TOKEN_PURPOSE),
      envelope,
    );

    if (outcome.type === 'refused') {
      const failure = `the authority refused it (HTTP ${outcome.status}): ${outcome.detail}`;
      await complete(markSubmissionRefused, SYSTEM_ACTOR, {
        orgId,
        submissionId,
        recipient,
        status: outcome.status,
        failure,
      });
      return;
    }
    const { receipt } = outcome;
    if (receipt.submissionId !== row.id || receipt.payloadDigest !== row.payload_digest) {
      throw new Error('the receipt is for another submission or other content');
    }
    // Trust on first use: without a pinned key the authority's published key is fetched here, outside the
    // transaction, and pinned by storeReceipt; a pinned key must have signed the receipt.
    let authorityKey: ReceiptKey | null = null;
    if (target.pinned_key_id && target.pinned_public_key) {
      const mismatch = pinnedKeyMismatch(target.pinned_key_id, receipt.keyId);
      if (mismatch) throw new Error(mismatch);
    } else {
      authorityKey =
        (await fetchReceiptKeys(deps.config, target.authority_url)).find((k) => k.keyId === receipt.keyId) ?? null;
      if (!authorityKey)
        throw new Error(`the authority does not publish the key ${receipt.keyId} that signed the receipt`);
    }
    await complete(storeReceipt, SYSTEM_ACTOR, { orgId, submissionId, recipient, receipt, authorityKey });
  },
});

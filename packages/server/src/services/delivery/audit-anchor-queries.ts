// The authority's copy of a sender's signed audit chain heads (sent along with every delivery), read back
// by the sender's installation for `weerbaar audit verify`.
import type { ReceivedAuditAnchor } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import { listReceivedAuditAnchors } from '../../repositories/audit.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';

/**
 * The anchors of the sender this API token delivers for, oldest first; none for a token that has not
 * delivered yet, and none for a person of the authority (who submits as themselves, for no sender).
 * Like the feedback read (inbox/submission-feedback-queries.ts) the guard is the route's
 * `submissions:deliver` plus the sender binding: no token reads another sender's anchors.
 */
export async function listSenderAuditAnchors(db: Db, ctx: OrgActor): Promise<ReceivedAuditAnchor[]> {
  const sender = ctx.actor.type === 'api-token' ? ctx.actor.senderOrgId : null;
  if (!sender) return [];
  return (await listReceivedAuditAnchors(db, ctx.orgId, sender)).map((row) => ({
    seq: row.seq,
    hash: row.hash,
    signedAt: row.signed_at.toISOString(),
    keyId: row.key_id,
    publicKey: row.public_key,
    signature: row.signature,
    submissionId: row.submission_id,
    receivedAt: row.received_at.toISOString(),
  }));
}

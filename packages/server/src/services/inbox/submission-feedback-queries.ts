// The authority answers: initial feedback (NIS2 Art. 23(5); Cbw art. 36 — without undue delay and where
// possible within 24 h of the early warning) and requests for an intermediate report (NIS2 Art. 23(4)(c);
// Cbw art. 28) are use cases (acknowledge-report.ts, request-intermediate-report.ts). Entity installations
// read both back with their submitter token (GET .../feedback), here.
import type { SubmissionFeedback } from '@weerbaar/core/delivery';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { findInboxReport, listAcknowledgements, listReportRequests } from '../../repositories/inbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';

/**
 * For the entity installation that delivered the report: what the authority sent back. Only tokens
 * bound to the report's sender may read it (docs/DELIVERY.md), so a rotated token keeps reading the
 * feedback on reports its predecessor delivered, and no other entity's token ever does.
 */
// The guard is the route's `submissions:deliver` plus the sender binding below, not a policy: submitter
// tokens have no `authority:read`, so the inbox-report read policy would refuse exactly the callers it serves.
export async function getSubmissionFeedback(db: Db, ctx: OrgActor, submissionId: string): Promise<SubmissionFeedback> {
  const report = await findInboxReport(db, ctx.orgId, submissionId);
  const forThisSender = ctx.actor.type !== 'api-token' || ctx.actor.senderOrgId === report?.sender_org_id;
  if (!report || !forThisSender) throw notFound('Submission');
  const [acks, requests] = await Promise.all([
    listAcknowledgements(db, ctx.orgId, [submissionId]),
    listReportRequests(db, ctx.orgId, [submissionId]),
  ]);
  return {
    submissionId,
    authorityReference: report.authority_reference,
    items: [
      ...acks.map((a) => ({
        id: a.id,
        kind: 'acknowledgement' as const,
        occurredAt: a.acknowledged_at.toISOString(),
        dueAt: null,
        message: a.message,
      })),
      ...requests.map((q) => ({
        id: q.id,
        kind: 'intermediate_report_request' as const,
        occurredAt: q.requested_at.toISOString(),
        dueAt: q.due_at?.toISOString() ?? null,
        message: q.message,
      })),
    ].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
  };
}

// The authority answers: initial feedback (NIS2 Art. 23(5); Cbw art. 36 — without undue delay and where
// possible within 24 h of the early warning) and requests for an intermediate report (NIS2 Art. 23(4)(c);
// Cbw art. 28). Entity installations read both back with their submitter token (GET .../feedback).
import type { InboxAcknowledgement, IntermediateReportRequest, SubmissionFeedback } from '@weerbaar/core/inbox';
import { isVoluntaryStage } from '@weerbaar/core/incidents';
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import {
  findInboxReport,
  insertAcknowledgement,
  insertReportRequest,
  listAcknowledgements,
  listReportRequests,
} from '../../repositories/inbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { presentAcknowledgement, presentRequest, requireInboxReport } from './inbox.service.ts';

export async function acknowledgeReport(
  db: Db,
  ctx: OrgActor,
  id: string,
  input: { message: string },
  now = new Date(),
): Promise<InboxAcknowledgement> {
  return db.transaction().execute(async (trx) => {
    const report = await requireInboxReport(trx, ctx.orgId, id);
    const ack = presentAcknowledgement(
      await insertAcknowledgement(trx, {
        org_id: ctx.orgId,
        submission_id: id,
        message: input.message,
        acknowledged_at: now,
        acknowledged_by: ctx.actor.label,
      }),
    );
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'inbox.report-acknowledged',
      subjectType: 'received-submission',
      subjectId: id,
      after: ack,
      details: { authorityReference: report.authority_reference, stage: report.stage },
    });
    return ack;
  });
}

export async function requestIntermediateReport(
  db: Db,
  ctx: OrgActor,
  id: string,
  input: { dueAt: string; message: string },
  now = new Date(),
): Promise<IntermediateReportRequest> {
  const dueAt = new Date(input.dueAt);
  if (dueAt.getTime() <= now.getTime()) {
    throw new DomainError('validation_failed', 'The time for the intermediate report must lie in the future', [
      { name: 'body.dueAt', reason: 'must be in the future' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const report = await requireInboxReport(trx, ctx.orgId, id);
    // NIS2 Art. 30(2): a voluntary notification imposes no additional obligation on the notifier, and an
    // Art. 23(4)(c) request would set it a deadline; ask for information informally (acknowledgement) instead.
    if (isVoluntaryStage(report.stage)) {
      const reason = 'a voluntary notification (NIS2 Art. 30) creates no obligation to send an intermediate report';
      throw new DomainError('precondition_failed', reason, [{ name: 'path.id', reason }]);
    }
    const request = presentRequest(
      await insertReportRequest(trx, {
        org_id: ctx.orgId,
        submission_id: id,
        due_at: dueAt,
        message: input.message,
        requested_at: now,
        requested_by: ctx.actor.label,
      }),
    );
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'inbox.intermediate-report-requested',
      subjectType: 'received-submission',
      subjectId: id,
      after: request,
      details: {
        authorityReference: report.authority_reference,
        senderOrgId: report.sender_org_id,
        incidentId: report.incident_id,
      },
    });
    return request;
  });
}

/**
 * For the entity installation that delivered the report: what the authority sent back. Only tokens
 * bound to the report's sender may read it (docs/DELIVERY.md), so a rotated token keeps reading the
 * feedback on reports its predecessor delivered, and no other entity's token ever does.
 */
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
        dueAt: q.due_at.toISOString(),
        message: q.message,
      })),
    ].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)),
  };
}

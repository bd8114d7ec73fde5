import { listIncidentReports } from '../../repositories/incident-report.repository.ts';
import { SYSTEM_ACTOR, type OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { listSubmissions } from '../delivery/outbox-queries.ts';
import type { Deps } from '../../kernel/deps.ts';
import { requireIncident } from './incident-guards.ts';
import { recordAuthorityFeedback } from './record-authority-feedback.ts';
import { fetchFeedback } from './report-feedback.ts';

/**
 * The handler asks now instead of waiting for the next poll; only delivered reports can have feedback.
 * No transaction is held during the network look; each report's feedback is stored by its own use case
 * (storing is idempotent), on the record as the platform's, like the poll's.
 */
export async function checkFeedbackNow(deps: Deps, ctx: OrgActor, incidentId: string): Promise<{ newItems: number }> {
  const { db } = deps;
  const incident = await requireIncident(db, ctx.orgId, incidentId);
  authorize(ctx, 'write', { type: 'incident', orgId: incident.org_id }, 'Incident');
  const reports = await listIncidentReports(db, ctx.orgId, incidentId);
  // Each recipient's intake that has the report is asked (the CSIRT and the competent authority may both answer).
  const delivered = (
    await listSubmissions(db, ctx, { kind: 'incident-report', subjectIds: reports.map((r) => r.id) })
  ).filter((s) => s.status === 'delivered');
  let newItems = 0;
  for (const report of reports) {
    for (const { recipient } of delivered.filter((s) => s.subjectId === report.id)) {
      const feedback = await fetchFeedback(db, deps.config, ctx.orgId, report.id, recipient).catch(() => null);
      if (feedback)
        newItems += await recordAuthorityFeedback(deps, SYSTEM_ACTOR, {
          orgId: ctx.orgId,
          reportId: report.id,
          feedback,
        });
    }
  }
  return { newItems };
}

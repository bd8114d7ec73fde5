import type { Db } from '../../db/database.ts';
import { listIncidentReports } from '../../repositories/incident-report.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { listSubmissions } from '../delivery/outbox-queries.ts';
import { requireIncident } from './incident-guards.ts';
import { checkIncidentFeedback } from './report-feedback.ts';

/** The handler asks now instead of waiting for the next poll; only delivered reports can have feedback. */
export async function checkFeedbackNow(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  now = new Date(),
): Promise<{ newItems: number }> {
  await requireIncident(db, ctx.orgId, incidentId);
  const reports = await listIncidentReports(db, ctx.orgId, incidentId);
  const delivered = new Set(
    (await listSubmissions(db, ctx, { kind: 'incident-report', subjectIds: reports.map((r) => r.id) }))
      .filter((s) => s.status === 'delivered')
      .map((s) => s.subjectId),
  );
  return {
    newItems: await checkIncidentFeedback(
      db,
      ctx.orgId,
      reports.filter((r) => delivered.has(r.id)),
      now.getTime(),
    ),
  };
}

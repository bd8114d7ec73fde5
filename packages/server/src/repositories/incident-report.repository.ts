import type { DbOrTrx } from '../db/database.ts';
import type { IncidentReportRow, ReportFeedbackRow } from '../db/schema-incidents.ts';

export async function insertIncidentReport(
  db: DbOrTrx,
  row: Omit<IncidentReportRow, 'payload'> & { payload: Record<string, unknown> },
): Promise<IncidentReportRow> {
  return db
    .insertInto('incident_reports')
    .values({ ...row, payload: JSON.stringify(row.payload) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findIncidentReport(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<IncidentReportRow | undefined> {
  return db
    .selectFrom('incident_reports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listIncidentReports(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
): Promise<IncidentReportRow[]> {
  return db
    .selectFrom('incident_reports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('submitted_at')
    .orderBy('version')
    .execute();
}

/** The stages submitted per incident, in submission order, for one or many incidents at once (clock, dashboard). */
export async function listSubmittedStages(
  db: DbOrTrx,
  orgId: string,
  incidentIds: readonly string[],
): Promise<{ incident_id: string; id: string; stage: string; submitted_at: Date }[]> {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('incident_reports')
    .select(['incident_id', 'id', 'stage', 'submitted_at'])
    .where('org_id', '=', orgId)
    .where('incident_id', 'in', incidentIds)
    .orderBy('submitted_at')
    .orderBy('version')
    .execute();
}

export async function insertReportFeedback(
  db: DbOrTrx,
  row: Omit<ReportFeedbackRow, 'received_at'>,
): Promise<ReportFeedbackRow | undefined> {
  return db
    .insertInto('incident_report_feedback')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listReportFeedback(
  db: DbOrTrx,
  orgId: string,
  incidentIds: readonly string[],
): Promise<ReportFeedbackRow[]> {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('incident_report_feedback')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', 'in', incidentIds)
    .orderBy('occurred_at')
    .execute();
}

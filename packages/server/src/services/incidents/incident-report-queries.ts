import {
  OWED_STATES,
  prefillReportContent,
  STAGE_DEFINITIONS,
  type DeadlineDashboard,
  type IncidentDeadlines,
  type IncidentReportView,
  type ObservableType,
  type ReportDraft,
  type ReportStage,
} from '@weerbaar/core/incidents';
import { INCIDENT_REPORT_KIND } from '@weerbaar/core/incidents';
import type { OutboxEntry } from '@weerbaar/core/delivery';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { IncidentReportRow, ReportFeedbackRow } from '../../db/schema-incidents.ts';
import { listIncidentsWithClock } from '../../repositories/incident.repository.ts';
import { listObservables, listTasks } from '../../repositories/incident-activity.repository.ts';
import {
  listIncidentReports,
  listReportFeedback,
  listSubmittedStages,
} from '../../repositories/incident-report.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { listSubmissions } from '../delivery/outbox-queries.ts';
import { computeIncidentClock, loadIncidentClock } from './incident-clock.ts';
import { readableIncident } from './incident-queries.ts';
import { authorize } from '../../kernel/authorize.ts';
import { loadIncidentSettings } from './incident-settings.ts';
import { readImpact } from './significance-proposal.ts';

function presentFeedback(f: ReportFeedbackRow) {
  return {
    id: f.id,
    kind: f.kind,
    occurredAt: f.occurred_at.toISOString(),
    dueAt: f.due_at?.toISOString() ?? null,
    message: f.message,
  };
}

/** Each report's newest delivery, for presenting many reports with one outbox query. */
async function loadDeliveries(
  db: DbOrTrx,
  ctx: OrgActor,
  reportIds: readonly string[],
): Promise<Map<string, OutboxEntry>> {
  const deliveries = new Map<string, OutboxEntry>();
  // Newest first, so the first entry of a subject is the one kept.
  for (const entry of await listSubmissions(db, ctx, { kind: INCIDENT_REPORT_KIND, subjectIds: reportIds }))
    if (!deliveries.has(entry.subjectId)) deliveries.set(entry.subjectId, entry);
  return deliveries;
}

export async function presentIncidentReport(
  db: DbOrTrx,
  ctx: OrgActor,
  row: IncidentReportRow,
  feedback?: readonly ReportFeedbackRow[],
  deliveries?: ReadonlyMap<string, OutboxEntry>,
): Promise<IncidentReportView> {
  const delivery = (deliveries ?? (await loadDeliveries(db, ctx, [row.id]))).get(row.id);
  const definition = STAGE_DEFINITIONS[row.stage as ReportStage];
  const own = (feedback ?? (await listReportFeedback(db, ctx.orgId, [row.incident_id]))).filter(
    (f) => f.report_id === row.id,
  );
  return {
    id: row.id,
    stage: row.stage as ReportStage,
    labelNl: definition.labelNl,
    labelEn: definition.labelEn,
    version: row.version,
    supersedesReportId: row.supersedes_id,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: row.submitted_by,
    auditHash: row.audit_hash,
    payloadDigest: row.payload_digest,
    payload: row.payload,
    delivery: delivery ?? null,
    feedback: own.map(presentFeedback),
  };
}

export async function listIncidentReportViews(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
): Promise<IncidentReportView[]> {
  await readableIncident(db, ctx, incidentId);
  const [rows, feedback] = await Promise.all([
    listIncidentReports(db, ctx.orgId, incidentId),
    listReportFeedback(db, ctx.orgId, [incidentId]),
  ]);
  const deliveries = await loadDeliveries(
    db,
    ctx,
    rows.map((r) => r.id),
  );
  return Promise.all(rows.map((r) => presentIncidentReport(db, ctx, r, feedback, deliveries)));
}

/** A draft of a stage's report, pre-filled from the register (core report-prefill.ts). */
export async function getReportDraft(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  stage: ReportStage,
): Promise<ReportDraft> {
  const incident = await readableIncident(db, ctx, incidentId);
  const [settings, observables, tasks, reports] = await Promise.all([
    loadIncidentSettings(db, ctx.orgId),
    listObservables(db, ctx.orgId, incidentId),
    listTasks(db, ctx.orgId, incidentId),
    listIncidentReports(db, ctx.orgId, incidentId),
  ]);
  const previous = reports.filter((r) => r.stage === stage).at(-1);
  // A correction starts from what was sent; a first report from the register.
  const content = previous
    ? (previous.payload.content as Record<string, unknown>)
    : prefillReportContent(stage, {
        description: incident.description,
        impact: readImpact(incident.impact),
        contact: settings.contact,
        observables: observables.map((o) => ({
          type: o.type as ObservableType,
          value: o.value,
          description: o.description,
        })),
        tasks: tasks.map((t) => ({ title: t.title, kind: t.kind, done: t.done_at !== null })),
        lessonsLearned: incident.lessons_learned,
      });
  return { stage, content, previous: previous ? { id: previous.id, version: previous.version } : null };
}

export async function getIncidentDeadlines(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  now = new Date(),
): Promise<IncidentDeadlines> {
  const { orgId } = ctx;
  const incident = await readableIncident(db, ctx, incidentId);
  const clock = await loadIncidentClock(db, orgId, incident, now.getTime());
  return {
    now: now.toISOString(),
    rulesVersion: clock?.deadlines.rulesVersion ?? null,
    awareAt: clock?.deadlines.awareAt ?? null,
    stages: clock?.tracked ?? [],
  };
}

/** Every report still owed across the organisation's incidents, the most urgent first. */
export async function getDeadlineDashboard(db: Db, ctx: OrgActor, now = new Date()): Promise<DeadlineDashboard> {
  const { orgId } = ctx;
  authorize(ctx, 'read', { type: 'incident', orgId }, 'Incident');
  const incidents = await listIncidentsWithClock(db, orgId);
  const ids = incidents.map((i) => i.id);
  const [settings, submitted, feedback] = await Promise.all([
    loadIncidentSettings(db, orgId),
    listSubmittedStages(db, orgId, ids),
    listReportFeedback(db, orgId, ids),
  ]);
  const items: DeadlineDashboard['items'] = [];
  for (const incident of incidents) {
    const clock = computeIncidentClock(
      {
        incident,
        decision: incident.decision,
        settings,
        reports: submitted.filter((r) => r.incident_id === incident.id),
        feedback: feedback.filter((f) => f.incident_id === incident.id),
      },
      now.getTime(),
    );
    for (const stage of clock?.tracked ?? []) {
      if (!OWED_STATES.includes(stage.state) || stage.deadline === null) continue;
      items.push({
        ...stage,
        incidentId: incident.id,
        reference: incident.reference,
        title: incident.title,
        status: incident.status as DeadlineDashboard['items'][number]['status'],
      });
    }
  }
  items.sort((a, b) => Date.parse(a.deadline!) - Date.parse(b.deadline!));
  return { now: now.toISOString(), items };
}

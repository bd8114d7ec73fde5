import {
  OWED_STATES,
  prefillReportContent,
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
import type { IncidentReportRow } from '../../db/schema-incidents.ts';
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
import { presentIncidentReport } from './incident.presenter.ts';

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

/** One report as the entity sees it, loading its feedback and delivery (for a single report). */
export async function loadIncidentReportView(
  db: DbOrTrx,
  ctx: OrgActor,
  row: IncidentReportRow,
): Promise<IncidentReportView> {
  const delivery = (await loadDeliveries(db, ctx, [row.id])).get(row.id);
  const feedback = await listReportFeedback(db, ctx.orgId, [row.incident_id]);
  return presentIncidentReport(row, feedback, delivery);
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
  return rows.map((r) => presentIncidentReport(r, feedback, deliveries.get(r.id)));
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
        startedAt: incident.started_at?.toISOString() ?? null,
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
  now: Date,
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
export async function getDeadlineDashboard(db: Db, ctx: OrgActor, now: Date): Promise<DeadlineDashboard> {
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

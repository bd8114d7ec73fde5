// The incidents module's reactions to domain events (registered in modules.ts): what happened to an
// incident is noted on its timeline, and whatever may move its reporting clock replans the reminders.
// The use cases only record what happened; the Dutch timeline texts are written here.
import {
  STAGE_DEFINITIONS,
  type IncidentSource,
  type IncidentStatus,
  type ProgressTrigger,
  type TimelineEntry,
} from '@weerbaar/core/incidents';
import type { Trx } from '../../db/database.ts';
import { findIncidentReport } from '../../repositories/incident-report.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import type { DomainEvent, DomainEvents, SubscriberScope } from '../../kernel/domain-events.ts';
import { rescheduleAllDeadlineReminders, rescheduleDeadlineReminders } from './deadline-reminders.ts';
import { formatDutchTime } from './dutch-time.ts';
import { scheduleFeedbackPoll } from './feedback-poll.job.ts';
import { addTimelineEntry } from './incident-timeline.ts';

const STATUS_LABELS_NL: Record<IncidentStatus, string> = {
  new: 'nieuw',
  triage: 'triage',
  containment: 'inperking',
  eradication: 'uitroeiing',
  recovery: 'herstel',
  closed: 'afgesloten',
  post_incident_review: 'evaluatie',
};

// Why the status moved by itself (core incident-progress.ts).
const TRIGGER_LABELS_NL: Record<ProgressTrigger, string> = {
  significance_decided: 'automatisch, na het besluit over de ernst',
  report_submitted: 'automatisch, na het versturen van een melding',
  authority_feedback: 'automatisch, na een reactie van de autoriteit',
};

// How the incident came in, in the words of the web app's source labels (incidents.sources in nl.json).
const SOURCE_LABELS_NL: Record<IncidentSource, string> = {
  manual: 'handmatig ingevoerd',
  api: 'via SIEM of monitoring (API)',
  supplier: 'gemeld door een leverancier',
  authority: 'gemeld door de autoriteit of het CSIRT',
};

const attachmentLabel = (a: { fileName: string; sizeBytes: number; sha256: string }) =>
  `${a.fileName} (${a.sizeBytes} bytes, SHA-256 ${a.sha256.slice(0, 12)}…)`;

/** An event on one incident, in the chain of the organisation it belongs to. */
type IncidentEvent = DomainEvent & { orgId: string; data: { incidentId: string } };

async function note(
  { trx, now }: SubscriberScope,
  event: DomainEvent,
  data: { incidentId: string },
  entry: { kind: TimelineEntry['kind']; summary: string; occurredAt?: Date },
): Promise<void> {
  await addTimelineEntry(trx, event.orgId!, data.incidentId, {
    kind: entry.kind,
    summary: entry.summary,
    actorLabel: event.actor.label,
    occurredAt: entry.occurredAt ?? now,
  });
}

/** Replans once per incident of the batch (planning is idempotent by the jobs' keys). */
async function replan(trx: Trx, nowMs: number, events: readonly IncidentEvent[]): Promise<void> {
  const seen = new Set<string>();
  for (const e of events) {
    const key = `${e.orgId}:${e.data.incidentId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await rescheduleDeadlineReminders(trx, e.orgId, e.data.incidentId, nowMs);
  }
}
const asIncidentEvents = (events: readonly DomainEvent[]) => events as readonly IncidentEvent[];

export function registerIncidentSubscribers(events: DomainEvents): void {
  events
    .onEach('incident.created', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'created',
        summary: `Incident ${e.data.reference} geregistreerd (${SOURCE_LABELS_NL[e.data.source as IncidentSource] ?? e.data.source})`,
      }),
    )
    // NIS2 Art. 23(4)(e): the handling time decides between final and progress report.
    .on('incident.updated', 'incidents.reminders', (scope, list) =>
      replan(scope.trx, scope.now.getTime(), asIncidentEvents(list.filter((e) => e.data.handlingTimeChanged))),
    )
    .onEach('incident.status-changed', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'status_changed',
        summary: `Status: ${STATUS_LABELS_NL[e.data.from]} → ${STATUS_LABELS_NL[e.data.to]}${e.data.trigger ? ` (${TRIGGER_LABELS_NL[e.data.trigger]})` : ''}${e.data.note ? ` — ${e.data.note}` : ''}`,
      }),
    )
    .on('incident.status-changed', 'incidents.reminders', (scope, list) =>
      replan(scope.trx, scope.now.getTime(), asIncidentEvents(list.filter((e) => e.data.handlingTimeChanged))),
    )
    .onEach('incident.significance-decided', 'incidents.timeline', (scope, e) => {
      const label = e.data.outcome === 'significant' ? 'significant incident' : 'geen significant incident';
      const { departsFromProposal: departs, awareAt } = e.data;
      return note(scope, e, e.data, {
        kind: 'significance_decided',
        summary: `Besluit: ${label}${departs ? ' (afwijkend van het voorstel)' : ''}${awareAt ? `; meldklok loopt vanaf ${formatDutchTime(awareAt)}` : ''}`,
      });
    })
    // A decision sets (or clears) T0, the start of the reporting clock.
    .on('incident.significance-decided', 'incidents.reminders', (scope, list) =>
      replan(scope.trx, scope.now.getTime(), asIncidentEvents(list)),
    )
    .onEach('incident.task-added', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'task_added',
        summary: `${e.data.taskKind === 'improvement' ? 'Verbeteractie' : 'Taak'}: ${e.data.title}`,
      }),
    )
    .onEach('incident.task-updated', 'incidents.timeline', async (scope, e) => {
      if (e.data.finished) await note(scope, e, e.data, { kind: 'task_done', summary: `Afgerond: ${e.data.title}` });
    })
    .onEach('incident.observable-added', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, { kind: 'observable_added', summary: `Indicator ${e.data.type}: ${e.data.value}` }),
    )
    .onEach('incident.recipients-informed', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'recipients_informed',
        summary: `Afnemers geïnformeerd (${e.data.channel}): ${e.data.recipients}`,
        occurredAt: new Date(e.data.communicatedAt),
      }),
    )
    .onEach('incident.attachment-added', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, { kind: 'attachment_added', summary: `Bijlage toegevoegd: ${attachmentLabel(e.data)}` }),
    )
    .onEach('incident.attachment-removed', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'attachment_removed',
        summary: `Bijlage verwijderd: ${attachmentLabel(e.data)}`,
      }),
    )
    .onEach('incident.deadline-reminded', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, { kind: 'deadline_reminder', summary: e.data.title }),
    )
    .onEach('incident.deadline-overdue', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, { kind: 'deadline_reminder', summary: e.data.title }),
    )
    .onEach('incident.authority-feedback-received', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'authority_feedback',
        summary: `${e.data.title}: ${e.data.message}`,
        occurredAt: new Date(e.data.occurredAt),
      }),
    )
    .onEach('incident.intermediate-report-requested', 'incidents.timeline', (scope, e) =>
      note(scope, e, e.data, {
        kind: 'authority_feedback',
        summary: `${e.data.title}: ${e.data.message}`,
        occurredAt: new Date(e.data.occurredAt),
      }),
    )
    // NIS2 Art. 23(4)(c): the request sets the intermediate report's deadline.
    .on('incident.intermediate-report-requested', 'incidents.reminders', (scope, list) =>
      replan(scope.trx, scope.now.getTime(), asIncidentEvents(list)),
    )
    .onEach('incident-report.submitted', 'incidents.timeline', (scope, e) => {
      const definition = STAGE_DEFINITIONS[e.data.stage];
      return note(scope, e, e.data, {
        kind: 'report_submitted',
        summary: `${definition.labelNl} verstuurd${e.data.version > 1 ? ` (versie ${e.data.version}, correctie)` : ''}`,
      });
    })
    // NIS2 Art. 30(2): a voluntary notification creates no obligation, so it moves no clock and plans no reminder.
    .on('incident-report.submitted', 'incidents.reminders', (scope, list) =>
      replan(scope.trx, scope.now.getTime(), asIncidentEvents(list.filter((e) => !e.data.voluntary))),
    )
    // The 24 h notification of trust service providers and the reminder moments change every clock.
    .onEach('incident-settings.updated', 'incidents.reminders', async ({ trx, now }, e) => {
      if (e.orgId) await rescheduleAllDeadlineReminders(trx, e.orgId, now.getTime());
    })
    // Entity side of the delivery: the receipt is in — note it on the incident and start looking for
    // the authority's feedback.
    .onEach('submission.delivered', 'incidents.report-delivered', async ({ trx, now }, e) => {
      if (e.data.kind !== 'incident-report' || !e.orgId) return;
      const report = await findIncidentReport(trx, e.orgId, e.data.subjectId);
      if (!report) return;
      // One receipt per recipient (Cbw arts. 26(1), 27(1), 29(1): the CSIRT and the competent authority).
      const recipient = e.data.recipient ?? 'csirt';
      await addTimelineEntry(trx, e.orgId, report.incident_id, {
        kind: 'report_delivered',
        summary: `Ontvangstbevestiging ${e.data.authorityReference} van ${recipient === 'csirt' ? 'het CSIRT' : 'de bevoegde autoriteit'} (ontvangen ${formatDutchTime(e.data.receivedAt)})`,
        actorLabel: SYSTEM_ACTOR.label,
        occurredAt: now,
      });
      await scheduleFeedbackPoll(trx, e.orgId, report.id, 0, now.getTime(), recipient);
    });
}

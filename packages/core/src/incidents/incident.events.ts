import { defineEvents, event } from '../platform/domain-event.ts';
import type { ProgressTrigger } from './incident-progress.ts';
import type { IncidentStatus } from './incident-workflow.ts';
import type { ReportStage } from './reporting-stages.ts';

// The facts each incident event carries are what its subscribers need: the timeline text of the
// incident and whether the reporting clock (and so the reminders) may have moved.
// A type, not an interface: event data must be assignable to Record<string, unknown>.
type OnIncident = { incidentId: string };

export const INCIDENT_EVENTS = defineEvents({
  'incident.created': event<OnIncident & { reference: string; source: string }>(),
  /** handlingTimeChanged: the resolved time was given, which decides between final and progress report. */
  'incident.updated': event<OnIncident & { handlingTimeChanged: boolean }>(),
  /** trigger: the work that moved the status by itself (incident-progress.ts); null when a person chose the step. */
  'incident.status-changed': event<
    OnIncident & {
      from: IncidentStatus;
      to: IncidentStatus;
      note: string | null;
      handlingTimeChanged: boolean;
      trigger: ProgressTrigger | null;
    }
  >(),
  'incident.significance-decided': event<
    OnIncident & { outcome: string; departsFromProposal: boolean; awareAt: string | null }
  >(),
  /** Impl. Reg. 2024/2690 Art. 4: the handler replaced the register's count (with a reason), or removed that. */
  'incident.recurrence-overridden': event<OnIncident & { sameRootCauseIncidents: number }>(),
  'incident.recurrence-override-removed': event<OnIncident>(),
  'incident.note-added': event<OnIncident>(),
  'incident.task-added': event<OnIncident & { taskKind: string; title: string }>(),
  'incident.task-updated': event<OnIncident & { title: string; finished: boolean }>(),
  'incident.observable-added': event<OnIncident & { type: string; value: string }>(),
  'incident.recipients-informed': event<OnIncident & { channel: string; recipients: string; communicatedAt: string }>(),
  // The file name is for the timeline only: the audit event keeps the digest, never the name.
  'incident.attachment-added': event<OnIncident & { fileName: string; sizeBytes: number; sha256: string }>(),
  'incident.attachment-removed': event<OnIncident & { fileName: string; sizeBytes: number; sha256: string }>(),
  'incident.deadline-reminded': event<OnIncident & { title: string }>(),
  'incident.deadline-overdue': event<OnIncident & { title: string }>(),
  'incident.intermediate-report-requested': event<
    OnIncident & { title: string; message: string; occurredAt: string }
  >(),
  'incident.authority-feedback-received': event<OnIncident & { title: string; message: string; occurredAt: string }>(),
  'incident-settings.updated': event(),
  'incident-report.submitted': event<OnIncident & { stage: ReportStage; version: number; voluntary: boolean }>(),
  'notification.read': event(),
});

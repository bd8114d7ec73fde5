import { defineEvents, event } from '../platform/domain-event.ts';

export const INCIDENT_EVENTS = defineEvents({
  'incident.created': event(),
  'incident.updated': event(),
  'incident.status-changed': event(),
  'incident.significance-decided': event(),
  'incident.note-added': event(),
  'incident.task-added': event(),
  'incident.task-updated': event(),
  'incident.observable-added': event(),
  'incident.recipients-informed': event(),
  'incident.attachment-added': event(),
  'incident.attachment-removed': event(),
  'incident.deadline-reminded': event(),
  'incident.deadline-overdue': event(),
  'incident.intermediate-report-requested': event(),
  'incident.authority-feedback-received': event(),
  'incident-settings.updated': event(),
  'incident-report.submitted': event(),
  'notification.read': event(),
});

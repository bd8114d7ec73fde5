// Nobody misses a reporting deadline without being warned: for every deadline still owed, a job per
// configured moment before it and one just after it (overdue). Each job re-computes the clock when it
// runs and stays silent when the report is in or the deadline moved (the new deadline has its own jobs).
// `nowMs` is passed in, so tests drive the clock instead of sleeping.
import { OWED_STATES, STAGE_DEFINITIONS, type ReportingStage } from '@weerbaar/core/incidents';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import type { JobRow } from '../../db/schema.ts';
import { insertJob } from '../../repositories/job.repository.ts';
import { enqueueMail } from '../../repositories/mail-outbox.repository.ts';
import { findIncident, listIncidentsWithClock } from '../../repositories/incident.repository.ts';
import { insertNotification, listMemberEmailsWithRoles } from '../../repositories/notification.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { formatDutchTime } from './dutch-time.ts';
import { loadIncidentClock } from './incident-clock.ts';
import { loadIncidentSettings } from './incident-settings.service.ts';
import { addTimelineEntry } from './incident-timeline.ts';

export const REMINDER_JOB_KIND = 'incident.deadline-reminder';
export const REMINDER_WEBHOOK_JOB_KIND = 'incident.reminder-webhook';
// Who may handle incidents receives the mail (permission incidents:write in core roles.ts).
const REMINDED_ROLES = ['owner', 'admin', 'incident-handler'];
const OVERDUE = 'overdue';

interface ReminderPayload {
  orgId: string;
  incidentId: string;
  stage: ReportingStage;
  deadline: string;
  /** Minutes before the deadline, or 'overdue'. */
  moment: number | typeof OVERDUE;
}

const reminderKey = (p: Omit<ReminderPayload, 'orgId'>) =>
  `${REMINDER_JOB_KIND}:${p.incidentId}:${p.stage}:${p.deadline}:${p.moment}`;

/** (Re)plans the reminders of one incident from its current clock; existing jobs are kept by their keys. */
export async function rescheduleDeadlineReminders(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
  nowMs: number,
): Promise<void> {
  const incident = await findIncident(db, orgId, incidentId);
  if (!incident) return;
  const clock = await loadIncidentClock(db, orgId, incident, nowMs);
  if (!clock) return;
  const { reminderOffsetsMinutes } = await loadIncidentSettings(db, orgId);
  for (const stage of clock.tracked) {
    if (!OWED_STATES.includes(stage.state) || stage.deadline === null) continue;
    const deadlineMs = Date.parse(stage.deadline);
    const base = { incidentId, stage: stage.stage as ReportingStage, deadline: stage.deadline };
    const plan: { moment: ReminderPayload['moment']; runAt: number }[] = [];
    // Moments already past are folded into one warning now, so a late decision does not set off a burst.
    let missedOne = false;
    for (const minutes of [...reminderOffsetsMinutes].sort((a, b) => a - b)) {
      const runAt = deadlineMs - minutes * 60_000;
      if (runAt > nowMs) plan.push({ moment: minutes, runAt });
      else if (!missedOne && deadlineMs > nowMs) {
        plan.push({ moment: minutes, runAt: nowMs });
        missedOne = true;
      }
    }
    // One second after the strict deadline: the report is late (state `overdue`).
    plan.push({ moment: OVERDUE, runAt: Math.max(deadlineMs + 1000, nowMs) });
    for (const { moment, runAt } of plan) {
      const payload: ReminderPayload = { orgId, ...base, moment };
      await insertJob(db, {
        kind: REMINDER_JOB_KIND,
        orgId,
        runAt: new Date(runAt),
        dedupeKey: reminderKey({ ...base, moment }),
        payload: { ...payload },
      });
    }
  }
}

export async function rescheduleAllDeadlineReminders(db: DbOrTrx, orgId: string, nowMs: number): Promise<void> {
  for (const incident of await listIncidentsWithClock(db, orgId))
    await rescheduleDeadlineReminders(db, orgId, incident.id, nowMs);
}

function describeLeft(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 120) return `${minutes} minuten`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} uur` : `${Math.round(hours / 24)} dagen`;
}

/**
 * Job 'incident.deadline-reminder': warns in the app, by mail and (when configured) by webhook, once per
 * deadline and moment (the dedupe key of the job is also the notification's).
 */
export async function runDeadlineReminder(
  trx: Trx,
  job: Pick<JobRow, 'payload' | 'dedupe_key' | 'id'>,
  nowMs: number,
): Promise<'sent' | 'skipped'> {
  const p = job.payload as unknown as ReminderPayload;
  const incident = await findIncident(trx, p.orgId, p.incidentId);
  if (!incident) return 'skipped';
  const clock = await loadIncidentClock(trx, p.orgId, incident, nowMs);
  const stage = clock?.tracked.find((s) => s.stage === p.stage);
  if (!stage || !OWED_STATES.includes(stage.state) || stage.deadline !== p.deadline) return 'skipped';

  const definition = STAGE_DEFINITIONS[p.stage];
  const label = definition.labelNl ?? definition.labelEn;
  const when = formatDutchTime(p.deadline);
  const overdue = p.moment === OVERDUE;
  const title = overdue
    ? `Te laat: ${label} voor ${incident.reference}`
    : `Nog ${describeLeft(Date.parse(p.deadline) - nowMs)}: ${label} voor ${incident.reference}`;
  const body = overdue
    ? `De ${label} voor incident ${incident.reference} (${incident.title}) had uiterlijk ${when} verstuurd moeten zijn. Verstuur hem zo snel mogelijk. Bron: ${stage.source}.`
    : `De ${label} voor incident ${incident.reference} (${incident.title}) moet uiterlijk ${when} verstuurd zijn${stage.state === 'conditional' ? ', als het incident dan nog niet is afgehandeld' : ''}. Bron: ${stage.source}.`;
  const link = `/incidents/${incident.id}`;
  const notification = await insertNotification(trx, {
    org_id: p.orgId,
    kind: overdue ? 'incident.deadline-overdue' : 'incident.deadline-reminder',
    title,
    body,
    link,
    subject_type: 'incident',
    subject_id: incident.id,
    dedupe_key: job.dedupe_key ?? `job:${job.id}`,
  });
  if (!notification) return 'skipped';

  for (const to of await listMemberEmailsWithRoles(trx, p.orgId, REMINDED_ROLES)) {
    await enqueueMail(trx, {
      to_address: to,
      subject: `[Weerbaar] ${title}`,
      body: `${body}\n\nOpen het incident: ${link}`,
    });
  }
  const { webhookUrl } = await loadIncidentSettings(trx, p.orgId);
  if (webhookUrl) {
    await insertJob(trx, {
      kind: REMINDER_WEBHOOK_JOB_KIND,
      orgId: p.orgId,
      dedupeKey: `${REMINDER_WEBHOOK_JOB_KIND}:${notification.id}`,
      maxAttempts: 20,
      payload: { orgId: p.orgId, url: webhookUrl, notificationId: notification.id },
    });
  }
  await addTimelineEntry(trx, p.orgId, incident.id, {
    kind: 'deadline_reminder',
    summary: title,
    actorLabel: SYSTEM_ACTOR.label,
    occurredAt: new Date(nowMs),
  });
  await recordAuditEvent(trx, SYSTEM_ACTOR, {
    orgId: p.orgId,
    action: overdue ? 'incident.deadline-overdue' : 'incident.deadline-reminded',
    subjectType: 'incident',
    subjectId: incident.id,
    details: { stage: p.stage, deadline: p.deadline, moment: p.moment, notificationId: notification.id },
  });
  return 'sent';
}

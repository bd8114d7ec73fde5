// Nobody misses a reporting deadline without being warned: a reminder warns in the app, by mail and (when
// configured) by webhook, once per deadline and moment. It re-computes the clock when it runs and stays
// silent when the report is in or the deadline moved (the new deadline has its own reminders).
import { OWED_STATES, STAGE_DEFINITIONS, type ReportingStage } from '@weerbaar/core/incidents';
import { z } from 'zod';
import { findIncident } from '../../repositories/incident.repository.ts';
import { insertNotification, listMemberEmailsWithRoles } from '../../repositories/notification.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { formatDutchTime } from './dutch-time.ts';
import { loadIncidentClock } from './incident-clock.ts';
import { loadIncidentSettings } from './incident-settings.ts';
import { reminderWebhookJob } from './reminder-webhook.job.ts';
import { sendMail } from '../platform/send-mail.ts';

export const REMINDER_JOB_KIND = 'incident.deadline-reminder';
export const OVERDUE = 'overdue';
// Who may handle incidents receives the mail (permission incidents:write in core roles.ts).
const REMINDED_ROLES = ['owner', 'admin', 'incident-handler'];

export const ReminderPayloadSchema = z.object({
  orgId: z.uuid(),
  incidentId: z.uuid(),
  /** A stage of the tracked clock (core deadline-tracking.ts). */
  stage: z.string() as z.ZodType<ReportingStage>,
  deadline: z.string(),
  /** Minutes before the deadline, or 'overdue'. */
  moment: z.union([z.number().int(), z.literal(OVERDUE)]),
});
export type ReminderPayload = z.infer<typeof ReminderPayloadSchema>;

/** One reminder per deadline and moment: the job's dedupe key, and the notification's. */
export const reminderKey = (p: Omit<ReminderPayload, 'orgId'>) =>
  `${REMINDER_JOB_KIND}:${p.incidentId}:${p.stage}:${p.deadline}:${p.moment}`;

function describeLeft(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 120) return `${minutes} minuten`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} uur` : `${Math.round(hours / 24)} dagen`;
}

export const sendDeadlineReminder = defineUseCase({
  actions: ['incident.deadline-reminded', 'incident.deadline-overdue'],
  async run({ trx, now, record, unchanged }, _ctx: Actor, p: ReminderPayload): Promise<'sent' | 'skipped'> {
    const skip = () => {
      unchanged();
      return 'skipped' as const;
    };
    const incident = await findIncident(trx, p.orgId, p.incidentId);
    if (!incident) return skip();
    const clock = await loadIncidentClock(trx, p.orgId, incident, now.getTime());
    const stage = clock?.tracked.find((s) => s.stage === p.stage);
    if (!stage || !OWED_STATES.includes(stage.state) || stage.deadline !== p.deadline) return skip();

    const definition = STAGE_DEFINITIONS[p.stage];
    const label = definition.labelNl;
    const when = formatDutchTime(p.deadline);
    const overdue = p.moment === OVERDUE;
    const title = overdue
      ? `Te laat: ${label} voor ${incident.reference}`
      : `Nog ${describeLeft(Date.parse(p.deadline) - now.getTime())}: ${label} voor ${incident.reference}`;
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
      dedupe_key: reminderKey(p),
    });
    // Sent before (a repeated job): stay silent.
    if (!notification) return skip();

    for (const to of await listMemberEmailsWithRoles(trx, p.orgId, REMINDED_ROLES)) {
      await sendMail(trx, {
        to_address: to,
        subject: `[Weerbaar] ${title}`,
        body: `${body}\n\nOpen het incident: ${link}`,
      });
    }
    // The job reads the address when it runs (an admin may change it before a retry).
    const { webhookUrl } = await loadIncidentSettings(trx, p.orgId);
    if (webhookUrl) {
      await reminderWebhookJob.enqueue(
        trx,
        { orgId: p.orgId, notificationId: notification.id },
        { orgId: p.orgId, dedupeKey: `${reminderWebhookJob.kind}:${notification.id}` },
      );
    }
    // The incidents subscriber notes the reminder on the incident's timeline.
    await record(
      overdue ? 'incident.deadline-overdue' : 'incident.deadline-reminded',
      {
        orgId: p.orgId,
        subjectType: 'incident',
        subjectId: incident.id,
        details: { stage: p.stage, deadline: p.deadline, moment: p.moment, notificationId: notification.id },
      },
      { incidentId: incident.id, title },
    );
    return 'sent';
  },
});

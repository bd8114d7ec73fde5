// Plans the reminders of an incident's reporting deadlines: for every deadline still owed, a job per
// configured moment before it and one just after it (overdue). Run by the incidents subscriber whenever
// the clock may have moved; each job re-computes the clock when it runs (send-deadline-reminder.ts).
import { OWED_STATES, type IncidentSettings, type ReportingStage } from '@weerbaar/core/incidents';
import type { Trx } from '../../db/database.ts';
import type { IncidentRow, SignificanceDecisionRow } from '../../db/schema-incidents.ts';
import { findIncident, listIncidentsWithClock } from '../../repositories/incident.repository.ts';
import { deadlineReminderJob } from './deadline-reminder.job.ts';
import { loadIncidentClock } from './incident-clock.ts';
import { loadIncidentSettings } from './incident-settings.ts';
import { OVERDUE, reminderKey, type ReminderPayload } from './send-deadline-reminder.ts';

/** (Re)plans the reminders of one incident from its current clock; existing jobs are kept by their keys. */
export async function rescheduleDeadlineReminders(
  trx: Trx,
  orgId: string,
  incidentId: string,
  nowMs: number,
): Promise<void> {
  const incident = await findIncident(trx, orgId, incidentId);
  if (incident) await planReminders(trx, orgId, incident, nowMs, { settings: await loadIncidentSettings(trx, orgId) });
}

async function planReminders(
  trx: Trx,
  orgId: string,
  incident: IncidentRow,
  nowMs: number,
  known: { settings: IncidentSettings; decision?: SignificanceDecisionRow },
): Promise<void> {
  const incidentId = incident.id;
  const clock = await loadIncidentClock(trx, orgId, incident, nowMs, known);
  if (!clock) return;
  const { reminderOffsetsMinutes } = known.settings;
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
      await deadlineReminderJob.enqueue(
        trx,
        { orgId, ...base, moment },
        { orgId, runAt: new Date(runAt), dedupeKey: reminderKey({ ...base, moment }) },
      );
    }
  }
}

/** Replans every incident with a clock (settings changed): the settings and decisions are read once. */
export async function rescheduleAllDeadlineReminders(trx: Trx, orgId: string, nowMs: number): Promise<void> {
  const settings = await loadIncidentSettings(trx, orgId);
  for (const { decision, ...incident } of await listIncidentsWithClock(trx, orgId))
    await planReminders(trx, orgId, incident, nowMs, { settings, decision });
}

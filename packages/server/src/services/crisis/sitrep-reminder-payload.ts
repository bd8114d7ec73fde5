import { z } from 'zod';

export const SITREP_REMINDER_JOB_KIND = 'crisis.sitrep-reminder';
/** `dueAt`: the due moment the job was scheduled for; a sitrep issued since moves it, and the job does nothing. */
export const SitrepReminderPayloadSchema = z.object({ orgId: z.uuid(), crisisId: z.uuid(), dueAt: z.iso.datetime() });
export type SitrepReminderPayload = z.infer<typeof SitrepReminderPayloadSchema>;
export const sitrepReminderKey = (p: SitrepReminderPayload) => `${SITREP_REMINDER_JOB_KIND}:${p.crisisId}:${p.dueAt}`;
/** Who keeps the picture and issues sitreps in an authority organisation (authority:triage). */
export const SITREP_REMINDED_ROLES = ['owner', 'admin', 'analyst'];

// In-app notifications (deadline reminders now; other modules may add kinds).
import { z } from 'zod';

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** Where in the app the notification leads, e.g. /incidents/{id}. */
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

// Job 'incident.reminder-webhook' (outbound lane): POSTs a reminder to the organisation's webhook (chat,
// paging or ticketing tool). HTTP only, no transaction. Retried with backoff on any failure; the
// notification id is the Idempotency-Key, so a receiver can drop a repeat after a crash between its
// answer and our marking the job done. The address is read from the incident settings at each attempt,
// not copied into the payload: once an admin changes or removes the webhook, retries follow.
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { findNotification } from '../../repositories/notification.repository.ts';
import { webhookPolicyOf } from '../../adapters/authority-policy.ts';
import { guardedFetch } from '../../adapters/guarded-http.ts';
import { loadIncidentSettings } from './incident-settings.ts';

const WEBHOOK_TIMEOUT_MS = 10_000;

export const reminderWebhookJob = defineJob({
  kind: 'incident.reminder-webhook',
  payload: z.object({ orgId: z.uuid(), notificationId: z.uuid() }),
  lane: 'outbound',
  maxAttempts: 20,
  async run({ payload: { orgId, notificationId }, deps }) {
    const n = await findNotification(deps.db, orgId, notificationId);
    if (!n) return;
    // Removed since the reminder: nobody wants it posted any more.
    const { webhookUrl: url } = await loadIncidentSettings(deps.db, orgId);
    if (!url) return;
    let res: Response;
    try {
      // A webhook goes to the organisation's own tools, so the authority allow-list does not apply, but
      // the address rules do: an admin must not be able to point the server at internal hosts (SSRF).
      res = await guardedFetch(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': n.id,
            'user-agent': 'Weerbaar reminder',
          },
          body: JSON.stringify({
            type: n.kind,
            id: n.id,
            title: n.title,
            text: n.body,
            link: n.link,
            subject: { type: n.subject_type, id: n.subject_id },
            createdAt: n.created_at.toISOString(),
          }),
          timeoutMs: WEBHOOK_TIMEOUT_MS,
        },
        webhookPolicyOf(deps.config),
      );
    } catch (error) {
      throw new Error(`webhook not reachable: ${(error as Error).message}`);
    }
    if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
  },
});

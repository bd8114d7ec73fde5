// Job 'incident.reminder-webhook': POSTs a reminder to the organisation's webhook (chat, paging or
// ticketing tool). Retried with backoff on any failure; the notification id is the Idempotency-Key, so a
// receiver can drop a repeat after a crash between its answer and our commit.
import { loadConfig } from '../../config.ts';
import type { Trx } from '../../db/database.ts';
import type { JobRow } from '../../db/schema.ts';
import { findNotification } from '../../repositories/notification.repository.ts';
import { webhookPolicyOf, type AuthorityPolicy } from '../../adapters/authority-policy.ts';
import { guardedFetch } from '../../adapters/guarded-http.ts';

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * A webhook goes to the organisation's own tools, so the authority allow-list does not apply, but the
 * address rules do: an admin must not be able to point the server at internal hosts (SSRF). Internal
 * ranges come from WEERBAAR_WEBHOOK_PRIVATE_NETWORKS, not the authority's setting. Read from the
 * environment at use, like the authority policy (the job runner has no Config).
 */
export function webhookPolicy(): AuthorityPolicy {
  return webhookPolicyOf(loadConfig(process.env));
}

export async function deliverReminderWebhook(trx: Trx, job: Pick<JobRow, 'payload'>): Promise<void> {
  const { orgId, url, notificationId } = job.payload as { orgId: string; url: string; notificationId: string };
  const n = await findNotification(trx, orgId, notificationId);
  if (!n) return;
  let res: Response;
  try {
    res = await guardedFetch(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': n.id, 'user-agent': 'Weerbaar reminder' },
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
      webhookPolicy(),
    );
  } catch (error) {
    throw new Error(`webhook not reachable: ${(error as Error).message}`);
  }
  if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
}

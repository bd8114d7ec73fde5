import type { Notification } from '@weerbaar/core/incidents';
import type { Db } from '../../db/database.ts';
import type { NotificationRow } from '../../db/schema-incidents.ts';
import { listNotifications } from '../../repositories/notification.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';

export function presentNotification(n: NotificationRow): Notification {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at?.toISOString() ?? null,
  };
}

/** The organisation's notifications are about its incidents (reminders, feedback of the authority). */
export async function listOrgNotifications(
  db: Db,
  ctx: OrgActor,
  opts: { unreadOnly: boolean },
): Promise<Notification[]> {
  authorize(ctx, 'read', { type: 'incident', orgId: ctx.orgId }, 'Incident');
  return (await listNotifications(db, ctx.orgId, { unreadOnly: opts.unreadOnly, limit: 100 })).map(presentNotification);
}

import type { Notification } from '@weerbaar/core/incidents';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { NotificationRow } from '../../db/schema-incidents.ts';
import {
  findNotification,
  listNotifications,
  markNotificationRead,
} from '../../repositories/notification.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';

function present(n: NotificationRow): Notification {
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

export async function listOrgNotifications(
  db: Db,
  { orgId }: OrgActor,
  opts: { unreadOnly: boolean },
): Promise<Notification[]> {
  return (await listNotifications(db, orgId, { unreadOnly: opts.unreadOnly, limit: 100 })).map(present);
}

export async function markNotificationAsRead(
  db: Db,
  ctx: OrgActor,
  id: string,
  now = new Date(),
): Promise<Notification> {
  return db.transaction().execute(async (trx) => {
    const row = await findNotification(trx, ctx.orgId, id);
    if (!row) throw notFound('Notification');
    if (row.read_at) return present(row);
    const read = present(await markNotificationRead(trx, ctx.orgId, id, now));
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'notification.read',
      subjectType: 'notification',
      subjectId: id,
    });
    return read;
  });
}

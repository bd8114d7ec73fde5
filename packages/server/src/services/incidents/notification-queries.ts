import type { Notification } from '@weerbaar/core/incidents';
import type { Db } from '../../db/database.ts';
import { listNotifications } from '../../repositories/notification.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentNotification } from './incident.presenter.ts';

/** The organisation's notifications are about its incidents (reminders, feedback of the authority). */
export async function listOrgNotifications(
  db: Db,
  ctx: OrgActor,
  opts: { unreadOnly: boolean },
): Promise<Notification[]> {
  authorize(ctx, 'read', { type: 'incident', orgId: ctx.orgId }, 'Incident');
  return (await listNotifications(db, ctx.orgId, { unreadOnly: opts.unreadOnly, limit: 100 })).map(presentNotification);
}

import type { Notification } from '@weerbaar/core/incidents';
import { notFound } from '@weerbaar/core/platform';
import { findNotification, markNotificationRead } from '../../repositories/notification.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentNotification } from './incident.presenter.ts';

export const markNotificationAsRead = defineUseCase({
  actions: ['notification.read'],
  async run({ trx, now, record, unchanged }, ctx: OrgActor, { id }: { id: string }): Promise<Notification> {
    const row = await findNotification(trx, ctx.orgId, id);
    if (!row) throw notFound('Notification');
    authorize(ctx, 'write', { type: 'incident', orgId: row.org_id }, 'Notification');
    // Read once: reading it again changes nothing.
    if (row.read_at) {
      unchanged();
      return presentNotification(row);
    }
    const read = presentNotification(await markNotificationRead(trx, ctx.orgId, id, now));
    await record('notification.read', { subjectType: 'notification', subjectId: id }, {});
    return read;
  },
});

import { QueryBooleanSchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { NotificationSchema } from '@weerbaar/core/incidents';
import { markNotificationAsRead } from '../../services/incidents/mark-notification-read.ts';
import { listOrgNotifications } from '../../services/incidents/notification-queries.ts';
import { IdParams, itemsOf, type RouteDeps } from '../route-deps.ts';

const tags = ['Notifications'];

export const notificationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'In-app notifications of the organisation (deadline reminders), newest first',
        querystring: z.object({ unread: QueryBooleanSchema.optional() }),
        response: { 200: itemsOf(NotificationSchema) },
      },
    },
    async (request) => ({
      items: await listOrgNotifications(db, orgContext(request), { unreadOnly: request.query.unread === true }),
    }),
  );

  app.patch(
    '/api/v1/notifications/:id',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Mark a notification as read',
        params: IdParams,
        body: z.object({ read: z.literal(true) }).strict(),
        response: { 200: NotificationSchema },
      },
    },
    async (request) => markNotificationAsRead(deps, orgContext(request), { id: request.params.id }),
  );
};

import { InvitationAcceptanceSchema, InvitationCreateSchema, InvitationSchema, pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { acceptInvitation } from '../../services/accounts/accept-invitation.ts';
import { listInvitations } from '../../services/accounts/invitation-queries.ts';
import { inviteMember } from '../../services/accounts/invite-member.ts';
import { revokeInvitation } from '../../services/accounts/revoke-invitation.ts';
import { IdParams, NO_CONTENT, onePage, type RouteDeps } from '../route-deps.ts';

const tags = ['Invitations'];

export const invitationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/invitations',
    {
      config: { access: 'members:manage' },
      schema: { tags, summary: 'Open invitations', response: { 200: pageOf(InvitationSchema) } },
    },
    async (request) => {
      const items = await listInvitations(db, orgContext(request));
      return onePage(items);
    },
  );

  app.post(
    '/api/v1/invitations',
    {
      config: { access: 'members:manage' },
      schema: {
        tags,
        summary: 'Invite someone; the link goes by e-mail to the invitee only',
        body: InvitationCreateSchema,
        response: { 201: InvitationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteMember(deps, orgContext(request), request.body)),
  );

  app.delete(
    '/api/v1/invitations/:id',
    {
      config: { access: 'members:manage' },
      schema: { tags, summary: 'Withdraw an invitation', params: IdParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await revokeInvitation(deps, orgContext(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/invitations/acceptance',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Accept an invitation with the token from the mail',
        body: InvitationAcceptanceSchema,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await acceptInvitation(deps, SYSTEM_ACTOR, request.body);
      return reply.status(204).send(null);
    },
  );
};

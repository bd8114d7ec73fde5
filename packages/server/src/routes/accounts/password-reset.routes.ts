import { PasswordResetConfirmationSchema, PasswordResetRequestSchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { confirmPasswordReset } from '../../services/accounts/confirm-password-reset.ts';
import { requestPasswordReset } from '../../services/accounts/request-password-reset.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { EMPTY, NO_CONTENT, sendAccepted, type RouteDeps } from '../route-deps.ts';

const tags = ['Password resets'];
const limited = { max: 5, timeWindow: '15 minutes' };

export const passwordResetRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  app.post(
    '/api/v1/password-resets',
    {
      config: { access: 'public', rateLimit: limited },
      schema: {
        tags,
        summary: 'Mail a reset link (answers 202 whether or not the address has an account)',
        body: PasswordResetRequestSchema,
        response: { 202: EMPTY },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, SYSTEM_ACTOR, { email: request.body.email });
      return sendAccepted(reply);
    },
  );

  app.post(
    '/api/v1/password-resets/confirmation',
    {
      config: { access: 'public', rateLimit: limited },
      schema: {
        tags,
        summary: 'Set a new password with the link from the mail',
        body: PasswordResetConfirmationSchema,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(deps, SYSTEM_ACTOR, request.body);
      return reply.status(204).send(null);
    },
  );
};

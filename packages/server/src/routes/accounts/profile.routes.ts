import {
  MfaActivationRequestSchema,
  MfaDisableRequestSchema,
  MfaEnrolmentSchema,
  PasswordChangeSchema,
  ProfileUpdateSchema,
  RecoveryCodesSchema,
  UserSchema,
} from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { userActor } from '../../plugins/access-control.ts';
import { activateMfa } from '../../services/accounts/activate-mfa.ts';
import { changePassword } from '../../services/accounts/change-password.ts';
import { deactivateMfa } from '../../services/accounts/deactivate-mfa.ts';
import { getProfile } from '../../services/accounts/profile-queries.ts';
import { startMfaEnrolment } from '../../services/accounts/start-mfa-enrolment.ts';
import { updateProfile } from '../../services/accounts/update-profile.ts';
import { NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Profile'];

export const profileRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  const access = 'user' as const;

  app.get(
    '/api/v1/users/me',
    { config: { access }, schema: { tags, summary: 'My profile', response: { 200: UserSchema } } },
    async (request) => getProfile(db, userActor(request)),
  );

  app.patch(
    '/api/v1/users/me',
    {
      config: { access },
      schema: { tags, summary: 'Change my name or language', body: ProfileUpdateSchema, response: { 200: UserSchema } },
    },
    async (request) => updateProfile(deps, userActor(request), request.body),
  );

  app.put(
    '/api/v1/users/me/password',
    {
      config: { access, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Change my password', body: PasswordChangeSchema, response: NO_CONTENT },
    },
    async (request, reply) => {
      await changePassword(deps, userActor(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/users/me/mfa',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Start MFA enrolment (TOTP)',
        response: { 201: MfaEnrolmentSchema, 409: problem('MFA is already on; turn it off first to enrol again') },
      },
    },
    async (request, reply) => reply.status(201).send(await startMfaEnrolment(deps, userActor(request), undefined)),
  );

  app.post(
    '/api/v1/users/me/mfa/activation',
    {
      config: { access, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Turn MFA on with a first code; returns recovery codes once',
        body: MfaActivationRequestSchema,
        response: { 201: RecoveryCodesSchema, 409: problem('No enrolment started: start one first') },
      },
    },
    async (request, reply) => reply.status(201).send(await activateMfa(deps, userActor(request), request.body)),
  );

  app.post(
    '/api/v1/users/me/mfa/deactivation',
    {
      config: { access, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Turn MFA off (needs the password)',
        body: MfaDisableRequestSchema,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await deactivateMfa(deps, userActor(request), request.body);
      return reply.status(204).send(null);
    },
  );
};

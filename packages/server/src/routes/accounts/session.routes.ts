import {
  DomainError,
  LoginRequestSchema,
  MfaVerificationRequestSchema,
  SessionSchema,
  SwitchOrganisationRequestSchema,
} from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { secureCookiesOf } from '../../config.ts';
import { SESSION_COOKIE, userActor } from '../../plugins/access-control.ts';
import { issueCsrfCookie } from '../../plugins/csrf.ts';
import { getSessionView, SESSION_HOURS } from '../../services/accounts/session-rules.ts';
import { signIn } from '../../services/accounts/sign-in.ts';
import { SignInThrottled } from '../../services/accounts/sign-in-throttle.ts';
import { signOut } from '../../services/accounts/sign-out.ts';
import { switchOrganisation } from '../../services/accounts/switch-organisation.ts';
import { verifyMfa } from '../../services/accounts/verify-mfa.ts';
import { sha256Token } from '../../services/accounts/secrets.ts';
import { NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const LOCKED = problem('Too many failed attempts: the account is locked for a while');

const tags = ['Sessions'];

export const sessionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  const secure = secureCookiesOf(deps.config);

  // A blocked sign-in source is told when to try again (sign-in-throttle.ts); onError runs before the
  // error handler writes the problem+json.
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof SignInThrottled) reply.header('Retry-After', String(error.retryAfterSeconds));
  });

  app.post(
    '/api/v1/sessions',
    {
      config: {
        access: 'public',
        // A first, in-memory brake per address and account; the lasting throttle is sign-in-throttle.ts.
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          keyGenerator: (r) => `login:${r.ip}:${String((r.body as { email?: unknown })?.email ?? '')}`,
        },
      },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: LoginRequestSchema,
        response: { 201: SessionSchema, 423: LOCKED },
      },
    },
    async (request, reply) => {
      const { token, view } = await signIn(deps, request.body, request.ip);
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: SESSION_HOURS * 3600,
      });
      // CSRF tokens are bound to the session: the one from before sign-in no longer passes.
      issueCsrfCookie(reply, deps.config, token);
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/v1/sessions/current',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The signed-in session', response: { 200: SessionSchema } },
    },
    async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) throw new DomainError('unauthenticated', 'Sign in first');
      return getSessionView(db, sha256Token(token));
    },
  );

  app.post(
    '/api/v1/sessions/current/mfa',
    {
      config: { access: 'mfa-pending', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Complete sign-in with a TOTP or recovery code',
        body: MfaVerificationRequestSchema,
        response: { 200: SessionSchema, 409: problem('This session has already passed MFA'), 423: LOCKED },
      },
    },
    async (request) => verifyMfa(deps, request.mfaPendingSessionId!, request.body, request.ip),
  );

  app.put(
    '/api/v1/sessions/current/organisation',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Switch the active organisation',
        body: SwitchOrganisationRequestSchema,
        response: { 200: SessionSchema },
      },
    },
    async (request) => switchOrganisation(deps, userActor(request), request.body),
  );

  app.delete(
    '/api/v1/sessions/current',
    { config: { access: 'user' }, schema: { tags, summary: 'Sign out', response: NO_CONTENT } },
    async (request, reply) => {
      await signOut(deps, userActor(request), undefined);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      issueCsrfCookie(reply, deps.config, undefined);
      return reply.status(204).send(null);
    },
  );
};

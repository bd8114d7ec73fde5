import { SsoConfigSchema, SsoConfigUpdateSchema } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TextSchema } from '@weerbaar/core/platform';
import { secureCookiesOf } from '../../config.ts';
import { orgContext, SESSION_COOKIE } from '../../plugins/access-control.ts';
import { SsoRefused } from '../../services/accounts/join-via-sso.ts';
import { SESSION_HOURS } from '../../services/accounts/session-rules.ts';
import { updateSsoConfig } from '../../services/accounts/save-sso-config.ts';
import { getSsoConfig } from '../../services/accounts/sso-config-queries.ts';
import { completeSsoSignIn, SSO_STATE_MINUTES, startSsoSignIn } from '../../services/accounts/sso-sign-in.ts';
import type { RouteDeps } from '../route-deps.ts';

const tags = ['Sessions'];
/** Holds the sealed state of one sign-in through the provider, for the callback only. */
export const SSO_STATE_COOKIE = 'wb_sso';
const SSO_COOKIE_PATH = '/api/v1/sso';
const REDIRECT = z.null().describe('Redirect (Location header)');

/** A browser following links gets the sign-in page with the reason; an API client gets problem+json. */
function wantsPage(accept: string | undefined): boolean {
  return (accept ?? '').includes('text/html');
}

export const ssoRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, config } = deps;
  const secure = secureCookiesOf(config);

  app.get(
    '/api/v1/sso-config',
    {
      config: { access: 'sso:manage' },
      schema: {
        tags: ['Organisations'],
        summary: "Sign-in through the organisation's own identity provider (OpenID Connect); the secret is never shown",
        response: { 200: SsoConfigSchema },
      },
    },
    async (request) => getSsoConfig(db, config, orgContext(request)),
  );

  app.put(
    '/api/v1/sso-config',
    {
      config: { access: 'sso:manage' },
      schema: {
        tags: ['Organisations'],
        summary: "Set up sign-in through the organisation's identity provider (owner only)",
        body: SsoConfigUpdateSchema,
        response: { 200: SsoConfigSchema },
      },
    },
    async (request) => updateSsoConfig(deps, orgContext(request), request.body),
  );

  app.get(
    '/api/v1/sso/:org/start',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          "Start signing in through the organisation's identity provider (organisation id, or e-mail address or domain)",
        params: z.object({ org: TextSchema.min(1).max(254) }),
        response: { 302: REDIRECT },
      },
    },
    async (request, reply) => {
      try {
        const { redirectTo, sealedState } = await startSsoSignIn(deps, request.params.org);
        reply.setCookie(SSO_STATE_COOKIE, sealedState, {
          path: SSO_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level GET from another site.
          sameSite: 'lax',
          secure,
          maxAge: SSO_STATE_MINUTES * 60,
        });
        return reply.redirect(redirectTo, 302);
      } catch (error) {
        if (error instanceof SsoRefused && wantsPage(request.headers.accept)) {
          return reply.redirect(`/login?sso=${error.refusal}`, 303);
        }
        throw error;
      }
    },
  );

  app.get(
    '/api/v1/sso/callback',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Where the identity provider sends the browser back; opens the session',
        querystring: z.object({
          code: TextSchema.max(4096).optional(),
          state: TextSchema.max(512).optional(),
          iss: TextSchema.max(500).optional(),
          error: TextSchema.max(200).optional(),
          // error_description and session_state (OAuth names, not camelCase) pass through in the raw query.
        }),
        response: { 303: REDIRECT },
      },
    },
    async (request, reply) => {
      const sealedState = request.cookies[SSO_STATE_COOKIE];
      // One attempt per start: the state is spent whatever the outcome.
      reply.clearCookie(SSO_STATE_COOKIE, { path: SSO_COOKIE_PATH });
      try {
        const rawQuery = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
        const { token, view } = await completeSsoSignIn(deps, { sealedState, query: request.query, rawQuery });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge: SESSION_HOURS * 3600,
        });
        return reply.redirect(view.mfaPending ? '/login/mfa' : '/', 303);
      } catch (error) {
        if (error instanceof SsoRefused && wantsPage(request.headers.accept)) {
          return reply.redirect(`/login?sso=${error.refusal}`, 303);
        }
        throw error;
      }
    },
  );
};

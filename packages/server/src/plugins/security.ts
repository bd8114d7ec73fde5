import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { DomainError } from '@weerbaar/core/platform';
import type { FastifyInstance } from 'fastify';
import { bearerTokenOf, SESSION_COOKIE } from './access-control.ts';
import { csrfCookieValid, issueCsrfCookie, type CsrfConfig } from './csrf.ts';
import { securityHeadersOf } from './security-headers.ts';

// A `.` or `..` path segment, however encoded (`/%2e%2e/`). Clients remove dot segments before they send
// (RFC 3986 §5.2.4), so one that arrives is a traversal attempt: refused as malformed input (400), the same
// for the API and the web app's files, instead of reaching the router or the file server.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

export interface SecurityOptions {
  secureCookies: boolean;
  rateLimitPerMinute: number;
  config: CsrfConfig;
}

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  await app.register(cookie);
  const securityHeaders = securityHeadersOf({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only makes sense (and only is honoured) over https.
    strictTransportSecurity: opts.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(securityHeaders);
  });
  app.addHook('onRequest', async (request) => {
    if (DOT_SEGMENT.test(request.url.split('?')[0]!)) {
      throw new DomainError('validation_failed', 'The path has a . or .. segment', [
        { name: 'path', reason: 'must not contain . or .. segments (also not encoded, as %2e)' },
      ]);
    }
  });
  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler',
    // Machines are limited per (authenticated) token, everyone else per address. This runs after
    // access control, so a made-up bearer header cannot buy a fresh bucket.
    keyGenerator: (request) =>
      request.actor?.type === 'api-token' ? `t:${request.actor.tokenId}` : `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new DomainError('rate_limited', `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`),
  });

  // Issue the CSRF cookie to every API caller without a valid one for its session (none yet, made up, or
  // issued before the session changed). Sign-in and sign-out issue it for the new session themselves.
  // Machines with a bearer token need none: CSRF checks apply to cookie sessions only.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || bearerTokenOf(request)) return;
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (!csrfCookieValid(request, opts.config, sessionToken)) issueCsrfCookie(reply, opts.config, sessionToken);
  });
}

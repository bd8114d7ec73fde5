import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { deriveKey, type SecretBoxConfig } from '../adapters/secret-box.ts';
import { secureCookiesOf, type Config } from '../config.ts';

// CSRF tokens the server can verify (signed double-submit, OWASP): `<nonce>.<HMAC(key, session ‖ nonce)>`,
// the key derived from the installation's secret key. A made-up cookie with the same header fails the MAC,
// and a token issued to one session (say, the attacker's own) fails for any other session, so a cookie
// planted by a sibling subdomain or a man in the middle of plain http cannot be paired with a victim's
// session. The SPA still reads the token from the cookie, so no extra round trip is needed.

export const CSRF_HEADER = 'x-csrf-token';

export type CsrfConfig = SecretBoxConfig & Pick<Config, 'publicUrl'>;

/**
 * Over https the cookie is `__Host-wb_csrf`: Secure, Path=/ and no Domain, so no other (sub)domain can
 * set or overwrite it. Browsers refuse that prefix without Secure, so plain http (development and tests
 * on loopback) keeps the plain name `wb_csrf`. The SPA reads either (web/src/api/client.ts).
 */
export function csrfCookieName(config: Pick<Config, 'publicUrl'>): string {
  return secureCookiesOf(config) ? '__Host-wb_csrf' : 'wb_csrf';
}

function mac(config: SecretBoxConfig, sessionToken: string | undefined, nonce: string): string {
  // The session cookie's value binds the token; '' before sign-in (the sign-in form itself).
  return createHmac('sha256', deriveKey(config, 'csrf'))
    .update(`${sessionToken ?? ''}.${nonce}`)
    .digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Compare byte lengths (not string lengths): timingSafeEqual throws on unequal buffers.
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A token for the session whose cookie value is `sessionToken` (undefined: no session). */
export function csrfToken(config: SecretBoxConfig, sessionToken: string | undefined): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${mac(config, sessionToken, nonce)}`;
}

/** The token was issued by this installation for this very session. */
export function csrfTokenValid(config: SecretBoxConfig, token: string | undefined, sessionToken: string | undefined) {
  const [nonce, signature, ...rest] = (token ?? '').split('.');
  if (!nonce || !signature || rest.length > 0) return false;
  return sameText(signature, mac(config, sessionToken, nonce));
}

/** Sets the CSRF cookie for the session the response leaves the browser with. */
export function issueCsrfCookie(reply: FastifyReply, config: CsrfConfig, sessionToken: string | undefined): void {
  reply.setCookie(csrfCookieName(config), csrfToken(config, sessionToken), {
    path: '/',
    sameSite: 'strict',
    secure: secureCookiesOf(config),
    httpOnly: false, // the SPA reads it to echo it in X-CSRF-Token
  });
}

/** The cookie is this installation's token for the request's session. */
export function csrfCookieValid(request: FastifyRequest, config: CsrfConfig, sessionToken: string | undefined) {
  return csrfTokenValid(config, request.cookies[csrfCookieName(config)], sessionToken);
}

/** An unsafe request proves it comes from our own pages: the header echoes the cookie, and both verify. */
export function csrfRequestValid(request: FastifyRequest, config: CsrfConfig, sessionToken: string | undefined) {
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[csrfCookieName(config)];
  return (
    typeof header === 'string' &&
    cookie !== undefined &&
    sameText(header, cookie) &&
    csrfTokenValid(config, header, sessionToken)
  );
}

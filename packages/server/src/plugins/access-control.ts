import {
  DomainError,
  hasPermission,
  isHumanOnly,
  mfaEnrolmentRequired,
  PERMISSIONS,
  type Permission,
  type Role,
} from '@weerbaar/core/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { csrfRequestValid, type CsrfConfig } from './csrf.ts';
import { touchApiToken } from '../repositories/api-token.repository.ts';
import { findLiveSessionActor, updateSession } from '../repositories/session.repository.ts';
import { API_TOKEN_PREFIX } from '../services/accounts/api-token-queries.ts';
import { sha256Token } from '../services/accounts/secrets.ts';
import type { Actor, OrgActor } from '../kernel/actor.ts';
import { policyActorOf } from '../kernel/authorize.ts';
import { findActiveApiToken } from './api-token-lookup.ts';

/**
 * Every route declares who may call it in `config.access`; registering a route without one fails,
 * so no route is ever open by accident:
 * - 'public'       anyone
 * - 'mfa-pending'  a session that passed the password but not yet the second factor
 * - 'user'         a fully signed-in person (not an API token); no organisation needed
 * - a Permission   an actor (person or token) in its active organisation whose role allows it; a person
 *                  whose membership needs MFA (core/platform/mfa.ts, NIS2 art. 21(2)(j)) must have enrolled
 *                  first — 'user' routes (session, profile with MFA enrolment, sign-out, switching the
 *                  organisation) stay open so they can. API tokens are machines: the rule does not apply.
 */
export type Access = 'public' | 'mfa-pending' | 'user' | Permission;

/**
 * How a route's caller proves who it is. Default: a session cookie (with CSRF on unsafe methods) or
 * `Authorization: Bearer <API token>`. 'token': an API token only — Bearer, or HTTP Basic with the token as
 * the password and any user name (TAXII 2.1 §1.6.9 leaves the scheme open); cookies are ignored, so there is
 * no CSRF to check. Such routes are authenticated in onRequest, before their body is parsed, so a caller
 * without credentials gets 401 before any 406 or 415 (TAXII's order).
 */
export type Credentials = 'token';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * A public route that reads no cookie and changes no state (e.g. a stateless calculation):
     * nothing for a forged cross-site request to abuse, so machines may call it without the CSRF cookie.
     */
    stateless?: boolean;
    credentials?: Credentials;
  }
  interface FastifyInstance {
    /** Every API and TAXII route with its declared access; the authorisation-matrix test walks it. */
    routeCatalogue: { method: string; url: string; access: Access; credentials?: Credentials }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    mfaPendingSessionId: string | null;
    /** The signed-in person must enrol a second factor before acting in the active organisation. */
    mfaEnrolmentRequired: boolean;
  }
}

export const SESSION_COOKIE = 'wb_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_EVERY_MS = 60_000;

function isAccess(value: unknown): value is Access {
  return (
    value === 'public' ||
    value === 'mfa-pending' ||
    value === 'user' ||
    (typeof value === 'string' && value in PERMISSIONS)
  );
}

/** The actor of an API token (Bearer, or the password of HTTP Basic on TAXII); unauthenticated if unknown. */
export async function actorFromBearer(db: Db, token: string): Promise<Actor> {
  const row = token.startsWith(API_TOKEN_PREFIX) ? await findActiveApiToken(db, sha256Token(token)) : undefined;
  if (!row) throw new DomainError('unauthenticated', 'The API token is unknown or revoked');
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_EVERY_MS) {
    await touchApiToken(db, row.org_id, row.id);
  }
  return {
    type: 'api-token',
    tokenId: row.id,
    label: `token:${row.name}`,
    orgId: row.org_id,
    role: row.role as Role,
    orgKind: row.org_kind,
    senderOrgId: row.sender_org_id,
  };
}

async function resolveSession(db: Db, request: FastifyRequest): Promise<void> {
  const sessionId = request.cookies[SESSION_COOKIE] ? sha256Token(request.cookies[SESSION_COOKIE]) : undefined;
  const session = sessionId ? await findLiveSessionActor(db, sessionId) : undefined;
  if (!session || !sessionId) return;
  if (session.mfa_pending) {
    request.mfaPendingSessionId = sessionId;
    return;
  }
  const inOrg = session.org_id !== null && session.role !== null && session.org_kind !== null;
  request.actor = {
    type: 'user',
    userId: session.user_id,
    label: session.email,
    sessionId,
    orgId: inOrg ? session.org_id : null,
    role: inOrg ? (session.role as Role) : null,
    orgKind: inOrg ? session.org_kind : null,
  };
  request.mfaEnrolmentRequired = mfaEnrolmentRequired(
    inOrg
      ? { role: session.role as Role, orgKind: session.org_kind!, requireMfaForAll: session.require_mfa_for_all! }
      : null,
    { mfaEnabled: session.mfa_enabled, mfaViaProvider: session.mfa_via_provider, mfaExempt: session.mfa_exempt },
  );
  if (Date.now() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await updateSession(db, sessionId, { last_seen_at: new Date() });
  }
}

/** The API token of an `Authorization: Bearer <token>` header; undefined for any other header or none. */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  return request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** The API token of a token-only route: Bearer, or the password of HTTP Basic (any user name). */
export function apiTokenOf(request: FastifyRequest): string | undefined {
  const bearer = bearerTokenOf(request);
  if (bearer) return bearer;
  const basic = request.headers.authorization?.match(/^Basic\s+([A-Za-z0-9+/=]+)$/i)?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1 ? decoded.slice(colon + 1) : undefined;
}

/** The organisation context of an org-scoped route; access control guarantees it exists. */
export function orgContext(request: FastifyRequest): OrgActor {
  const actor = request.actor;
  if (!actor?.orgId || !actor.role || !actor.orgKind)
    throw new DomainError('forbidden', 'Choose an organisation first');
  return { actor, orgId: actor.orgId, role: actor.role, orgKind: actor.orgKind };
}

export function userActor(request: FastifyRequest): Actor & { type: 'user' } {
  const actor = request.actor;
  if (actor?.type !== 'user') throw new DomainError('unauthenticated', 'Sign in first');
  return actor;
}

export function registerAccessControl(app: FastifyInstance, db: Db, config: CsrfConfig): void {
  const catalogue: FastifyInstance['routeCatalogue'] = [];
  app.decorate('routeCatalogue', catalogue);
  app.decorateRequest('actor', null);
  app.decorateRequest('mfaPendingSessionId', null);
  app.decorateRequest('mfaEnrolmentRequired', false);

  app.addHook('onRoute', (route) => {
    const covered =
      route.url.startsWith('/api/') ||
      route.url.startsWith('/taxii2') ||
      route.url === '/healthz' ||
      route.url === '/readyz';
    if (!covered) return; // static files
    const access = (route.config as { access?: unknown } | undefined)?.access;
    if (!isAccess(access)) {
      throw new Error(
        `Route ${route.method} ${route.url} must declare config.access (public, mfa-pending, user or a permission)`,
      );
    }
    const credentials = (route.config as { credentials?: Credentials } | undefined)?.credentials;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        catalogue.push({ method, url: route.url, access, ...(credentials ? { credentials } : {}) });
    }
  });

  // Token-only routes (TAXII): in onRequest, before the body is parsed (see Credentials).
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.credentials === 'token') await checkAccess(request);
  });
  // preValidation, not preHandler: who you are is decided before your input is judged, so an
  // anonymous caller learns nothing about a route's schema from its 400s.
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config.credentials !== 'token') await checkAccess(request);
  });

  async function checkAccess(request: FastifyRequest): Promise<void> {
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // 404 handler and static files
    const tokenOnly = request.routeOptions.config.credentials === 'token';
    const authorization = request.headers.authorization;
    const bearer = tokenOnly ? apiTokenOf(request) : bearerTokenOf(request);
    if (tokenOnly && !bearer && access !== 'public') {
      throw new DomainError('unauthenticated', 'Use HTTP Basic with an API token as the password, or Bearer');
    }
    // Cookie-authenticated (and anonymous) unsafe requests must prove they come from our own pages:
    // a token signed for this session, echoed from the cookie only same-site script can read (csrf.ts).
    const csrfApplies = !tokenOnly && !(access === 'public' && request.routeOptions.config.stateless === true);
    if (
      csrfApplies &&
      !bearer &&
      !SAFE_METHODS.has(request.method) &&
      !csrfRequestValid(request, config, request.cookies[SESSION_COOKIE])
    ) {
      throw new DomainError('csrf_invalid', 'Missing or wrong X-CSRF-Token header; reload the page');
    }
    if (access === 'public') return; // public routes need no identity: no lookups
    if (authorization && !bearer) throw new DomainError('unauthenticated', 'Use Authorization: Bearer <API token>');
    if (bearer) request.actor = await actorFromBearer(db, bearer);
    else await resolveSession(db, request);
    if (access === 'mfa-pending') {
      if (!request.mfaPendingSessionId) throw new DomainError('unauthenticated', 'Sign in with your password first');
      return;
    }
    const actor = request.actor;
    if (!actor) {
      throw new DomainError(
        request.mfaPendingSessionId ? 'mfa_required' : 'unauthenticated',
        request.mfaPendingSessionId ? 'Enter your MFA code first' : 'Sign in first',
      );
    }
    if (access === 'user') {
      if (actor.type !== 'user') throw new DomainError('forbidden', 'API tokens cannot use this route');
      return;
    }
    if (!actor.orgId || !actor.role || !actor.orgKind)
      throw new DomainError('forbidden', 'Choose an organisation first');
    if (actor.type === 'user' && request.mfaEnrolmentRequired) {
      throw new DomainError(
        'mfa_enrolment_required',
        'Set up multi-factor authentication in your profile before you use this organisation',
      );
    }
    if (isHumanOnly(access) && actor.type !== 'user') {
      throw new DomainError('forbidden', 'API tokens cannot manage members or tokens; sign in as a person');
    }
    // The same rule the object policies build on (core/src/platform/policies.ts).
    if (!hasPermission(policyActorOf(actor), access)) {
      throw new DomainError(
        'forbidden',
        `Your role (${actor.role}) in this ${actor.orgKind} organisation does not allow this`,
      );
    }
  }
}

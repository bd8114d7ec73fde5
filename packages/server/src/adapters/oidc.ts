import * as oidc from 'openid-client';
import { webhookPolicyOf, type AuthorityPolicyConfig } from './authority-policy.ts';
import { guardedFetch } from './guarded-http.ts';

// The OpenID Connect relying party (openid-client v6): authorization code flow with PKCE (S256), state
// and nonce. The issuer is chosen by an organisation owner, so every request to it goes through
// guardedFetch under the organisation-tools address policy (WEERBAAR_WEBHOOK_PRIVATE_NETWORKS): a
// provider URL cannot be used to reach internal hosts. Plain http is accepted only where that policy
// accepts it (this machine), for a provider started in a test or in development.

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
}

export interface OidcStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const TIMEOUT_MS = 10_000;
const DISCOVERY_TTL_MS = 10 * 60_000;
const discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

function fetchUnderPolicy(policy: ReturnType<typeof webhookPolicyOf>): oidc.CustomFetch {
  return async (url, options) => {
    const headers: Record<string, string> = {};
    new Headers(options.headers).forEach((value, name) => (headers[name] = value));
    const body = options.body === undefined || options.body === null ? undefined : String(options.body);
    return guardedFetch(
      url,
      { method: options.method === 'POST' ? 'POST' : 'GET', headers, body, timeoutMs: TIMEOUT_MS },
      policy,
    );
  };
}

async function discover(settings: OidcClientSettings, config: AuthorityPolicyConfig): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const customFetch = fetchUnderPolicy(webhookPolicyOf(config));
  const insecure = issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
  const result = await oidc.discovery(
    issuer,
    settings.clientId,
    undefined,
    settings.clientSecret === null ? oidc.None() : oidc.ClientSecretBasic(settings.clientSecret),
    { [oidc.customFetch]: customFetch, execute: insecure, timeout: TIMEOUT_MS / 1000 },
  );
  result[oidc.customFetch] = customFetch;
  return result;
}

/** The provider's metadata, kept for ten minutes per issuer, client and secret. */
async function configurationOf(
  settings: OidcClientSettings,
  config: AuthorityPolicyConfig,
  now: number,
): Promise<oidc.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
  const hit = discovered.get(key);
  if (hit && now - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const fresh = discover(settings, config);
  discovered.set(key, { at: now, config: fresh });
  fresh.catch(() => discovered.delete(key));
  return fresh;
}

/** The address to send the browser to, with the values the callback must find again. */
export async function startAuthorization(
  settings: OidcClientSettings,
  config: AuthorityPolicyConfig,
  redirectUri: string,
  loginHint: string | undefined,
): Promise<OidcStart> {
  const configuration = await configurationOf(settings, config, Date.now());
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  };
  if (loginHint) parameters.login_hint = loginHint;
  return { url: oidc.buildAuthorizationUrl(configuration, parameters).href, state, nonce, codeVerifier };
}

/** What the verified ID token says about the person. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
  amr: string[];
  acr: string | undefined;
}

/**
 * Redeems the code (with the PKCE verifier) and verifies the ID token: signature, issuer, audience,
 * expiry, nonce; the state is compared first. Throws on any mismatch or provider error.
 */
export async function finishAuthorization(
  settings: OidcClientSettings,
  config: AuthorityPolicyConfig,
  callbackUrl: URL,
  checks: OidcChecks,
): Promise<OidcIdentity> {
  const configuration = await configurationOf(settings, config, Date.now());
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: text(claims.email)?.toLowerCase(),
    // Entra ID sends no email_verified; its optional claim xms_edov ("e-mail domain owner verified")
    // says the same. An address neither claim vouches for is never trusted (the nOAuth account takeover).
    emailVerified: claims.email_verified === true || claims.xms_edov === true,
    name: text(claims.name),
    amr: Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [],
    acr: text(claims.acr),
  };
}

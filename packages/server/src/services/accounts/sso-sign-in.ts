import { MFA_AMR_VALUES, type Role } from '@weerbaar/core/platform';
import { z } from 'zod';
import type { SsoConfigRow } from '../../db/schema.ts';
import { listMembershipsOfUser } from '../../repositories/membership.repository.ts';
import { findEnabledSsoConfigsByDomain, findSsoConfig } from '../../repositories/sso-config.repository.ts';
import type { Deps } from '../../kernel/deps.ts';
import { finishAuthorization, startAuthorization, type OidcClientSettings } from '../../adapters/oidc.ts';
import { openSecret, sealSecret } from '../../adapters/secret-box.ts';
import { joinViaSso, SsoRefused } from './join-via-sso.ts';
import { openSession } from './open-session.ts';
import { SSO_CLIENT_SECRET_PURPOSE } from './save-sso-config.ts';
import { newSecret } from './secrets.ts';
import { sessionActor, SIGN_IN_ACTOR, type CreatedSession } from './session-rules.ts';
import { ssoRedirectUri } from './sso.presenter.ts';

// Sign-in through the organisation's own OpenID Connect provider. The start sends the browser to the
// provider and leaves the values the callback must find again (state, nonce, PKCE verifier, which
// organisation) in a short-lived cookie sealed with the installation key: only the browser that
// started may finish, and a changed state or nonce is refused.

const SSO_STATE_PURPOSE = 'sso.sign-in-state';
export const SSO_STATE_MINUTES = 10;

const PendingSchema = z.object({
  orgId: z.uuid(),
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  expiresAt: z.number(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function clientOf(deps: Deps, row: SsoConfigRow): OidcClientSettings {
  return {
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret_ciphertext
      ? openSecret(deps.config, row.client_secret_ciphertext, SSO_CLIENT_SECRET_PURPOSE)
      : null,
  };
}

/**
 * Which organisation: its id, or an e-mail domain (or address) that exactly one organisation's switched-on
 * sign-in accepts. A domain two organisations list is refused rather than guessed.
 */
async function findOrganisationConfig(deps: Deps, which: string): Promise<SsoConfigRow> {
  const key = which.trim().toLowerCase();
  let row: SsoConfigRow | undefined;
  if (UUID.test(key)) row = await findSsoConfig(deps.db, key);
  else {
    const domain = key.includes('@') ? key.slice(key.lastIndexOf('@') + 1) : key;
    const rows = await findEnabledSsoConfigsByDomain(deps.db, domain);
    row = rows.length === 1 ? rows[0] : undefined;
  }
  if (!row) throw new SsoRefused('unknown-organisation', 'not_found', 'No organisation signs in this way');
  if (!row.enabled)
    throw new SsoRefused(
      'sso-disabled',
      'forbidden',
      'This organisation has not switched on sign-in through its provider',
    );
  return row;
}

/** GET /sso/{org}/start: where to send the browser, and the sealed state for its cookie. */
export async function startSsoSignIn(deps: Deps, which: string): Promise<{ redirectTo: string; sealedState: string }> {
  const row = await findOrganisationConfig(deps, which);
  const loginHint = which.includes('@') ? which.trim() : undefined;
  let start;
  try {
    start = await startAuthorization(clientOf(deps, row), deps.config, ssoRedirectUri(deps.config), loginHint);
  } catch (error) {
    deps.log.warn({ err: error, orgId: row.org_id }, 'sso: provider could not be reached');
    throw new SsoRefused('provider-error', 'forbidden', "The organisation's identity provider could not be reached");
  }
  const pending = {
    orgId: row.org_id,
    state: start.state,
    nonce: start.nonce,
    codeVerifier: start.codeVerifier,
    expiresAt: deps.clock.now().getTime() + SSO_STATE_MINUTES * 60_000,
  };
  return { redirectTo: start.url, sealedState: sealSecret(deps.config, JSON.stringify(pending), SSO_STATE_PURPOSE) };
}

/** Whether the provider asserted a second factor that this organisation trusts (RFC 8176 amr, or its acr). */
export function providerAssertsMfa(row: SsoConfigRow, identity: { amr: string[]; acr: string | undefined }): boolean {
  if (!row.trust_provider_mfa) return false;
  if (identity.amr.some((v) => (MFA_AMR_VALUES as readonly string[]).includes(v))) return true;
  return identity.acr !== undefined && row.mfa_acr_values.includes(identity.acr);
}

function readPending(deps: Deps, sealed: string | undefined, state: string | undefined): z.infer<typeof PendingSchema> {
  const mismatch = () =>
    new SsoRefused('state-mismatch', 'token_invalid', 'This sign-in was not started here or has expired; start again');
  if (!sealed || !state) throw mismatch();
  let pending;
  try {
    pending = PendingSchema.parse(JSON.parse(openSecret(deps.config, sealed, SSO_STATE_PURPOSE)));
  } catch {
    throw mismatch();
  }
  if (pending.state !== state || pending.expiresAt < deps.clock.now().getTime()) throw mismatch();
  return pending;
}

/**
 * GET /sso/callback: checks the state against the sealed cookie, redeems the code and verifies the ID
 * token (nonce, signature, audience), then signs in the person the provider vouched for, when their
 * verified e-mail domain is one the organisation allows.
 */
export async function completeSsoSignIn(
  deps: Deps,
  input: { sealedState: string | undefined; query: Record<string, string | undefined>; rawQuery: string },
): Promise<CreatedSession> {
  const pending = readPending(deps, input.sealedState, input.query.state);
  const row = await findSsoConfig(deps.db, pending.orgId);
  if (!row?.enabled)
    throw new SsoRefused(
      'sso-disabled',
      'forbidden',
      'This organisation has not switched on sign-in through its provider',
    );
  let identity;
  try {
    const callbackUrl = new URL(`${ssoRedirectUri(deps.config)}?${input.rawQuery}`);
    identity = await finishAuthorization(clientOf(deps, row), deps.config, callbackUrl, pending);
  } catch (error) {
    deps.log.warn({ err: error, orgId: row.org_id }, 'sso: provider answer refused');
    throw new SsoRefused('provider-error', 'forbidden', 'The identity provider did not confirm who you are');
  }
  if (!identity.email)
    throw new SsoRefused('email-missing', 'forbidden', 'The identity provider did not give an e-mail address');
  // An unverified address could be anyone's: it never opens an account.
  if (!identity.emailVerified) {
    throw new SsoRefused('email-unverified', 'forbidden', 'The identity provider has not verified this e-mail address');
  }
  const domain = identity.email.slice(identity.email.lastIndexOf('@') + 1);
  if (!row.allowed_domains.includes(domain)) {
    throw new SsoRefused(
      'domain-not-allowed',
      'forbidden',
      'Accounts with this e-mail domain may not sign in to this organisation',
    );
  }
  const user = await joinViaSso(deps, SIGN_IN_ACTOR, {
    orgId: row.org_id,
    joinRole: row.join_role as Role,
    email: identity.email,
    name: identity.name,
    issuer: identity.issuer,
  });
  const { token, hash } = newSecret('');
  const memberships = await listMembershipsOfUser(deps.db, user.id);
  const view = await openSession(deps, sessionActor(user, hash), {
    user,
    sessionId: hash,
    memberships,
    sso: { orgId: row.org_id, issuer: identity.issuer, mfaAsserted: providerAssertsMfa(row, identity) },
  });
  return { token, view };
}

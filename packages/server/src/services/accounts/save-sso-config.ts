import { DomainError, rolesForKind, type SsoConfig, type SsoConfigUpdate } from '@weerbaar/core/platform';
import { findSsoConfig, upsertSsoConfig } from '../../repositories/sso-config.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { webhookPolicyOf } from '../../adapters/authority-policy.ts';
import { refusedAuthorityUrl } from '../../adapters/guarded-http.ts';
import { sealSecret } from '../../adapters/secret-box.ts';
import { presentSsoConfig } from './sso.presenter.ts';

/** The sealed client secret's purpose (bound into its encryption, secret-box.ts). */
export const SSO_CLIENT_SECRET_PURPOSE = 'sso-config.client-secret';

/** Stores the settings (issuer already checked). Not exported: only `updateSsoConfig` calls it. */
const saveSsoConfig = defineUseCase({
  actions: ['sso.configured'],
  async run({ trx, now, config, record }, ctx: OrgActor, input: SsoConfigUpdate): Promise<SsoConfig> {
    authorize(ctx, 'manage', { type: 'sso-config', orgId: ctx.orgId }, 'Sign-in settings');
    if (!rolesForKind(ctx.orgKind).includes(input.joinRole)) {
      throw new DomainError('validation_failed', 'This role does not exist in this kind of organisation', [
        {
          name: 'body.joinRole',
          reason: `is not a role of a${ctx.orgKind === 'entity' ? 'n entity' : 'n authority'}`,
          code: 'invalid_option',
        },
      ]);
    }
    const before = await findSsoConfig(trx, ctx.orgId);
    // A stored secret is never sent to a provider it was not given for.
    if (
      !input.clientSecret &&
      before?.client_secret_ciphertext &&
      new URL(before.issuer).origin !== new URL(input.issuer).origin
    ) {
      throw new DomainError('validation_failed', 'Enter the client secret again for a new provider', [
        { name: 'body.clientSecret', reason: 'is required when the issuer changes to another server' },
      ]);
    }
    const row = await upsertSsoConfig(trx, {
      org_id: ctx.orgId,
      enabled: input.enabled,
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret_ciphertext: input.clientSecret
        ? sealSecret(config, input.clientSecret, SSO_CLIENT_SECRET_PURPOSE)
        : (before?.client_secret_ciphertext ?? null),
      allowed_domains: [...new Set(input.allowedDomains)],
      join_role: input.joinRole,
      trust_provider_mfa: input.trustProviderMfa,
      mfa_acr_values: [...new Set(input.mfaAcrValues)],
      updated_at: now,
    });
    const after = presentSsoConfig(row, config);
    await record(
      'sso.configured',
      {
        subjectType: 'sso-config',
        subjectId: ctx.orgId,
        before: before ? presentSsoConfig(before, config) : undefined,
        after,
        details: { clientSecretChanged: Boolean(input.clientSecret) },
      },
      {},
    );
    return after;
  },
});

/**
 * PUT /sso-config: the issuer address is checked first, outside the transaction (it may wait on DNS), under
 * the address policy for the organisation's own tools; every request to the provider is checked again.
 */
export async function updateSsoConfig(deps: Deps, ctx: OrgActor, input: SsoConfigUpdate): Promise<SsoConfig> {
  const url = new URL(input.issuer);
  const reason = await refusedAuthorityUrl(url, webhookPolicyOf(deps.config));
  if (reason) {
    throw new DomainError('validation_failed', 'This provider address may not be used', [
      { name: 'body.issuer', reason },
    ]);
  }
  // The path stays as typed: the provider's metadata must name exactly this issuer (OpenID Connect
  // Discovery 1.0 §4.3), and some (Entra ID v1) end it with a slash.
  const issuer = `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
  return saveSsoConfig(deps, ctx, { ...input, issuer });
}

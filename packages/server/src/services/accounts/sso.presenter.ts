import type { SsoConfig } from '@weerbaar/core/platform';
import type { Config } from '../../config.ts';
import type { SsoConfigRow } from '../../db/schema.ts';

/** Where every provider sends people back: register this address at the provider. */
export function ssoRedirectUri(config: Pick<Config, 'publicUrl'>): string {
  return `${config.publicUrl.replace(/\/+$/, '')}/api/v1/sso/callback`;
}

/** The organisation's SSO settings; an empty, switched-off one until the owner saves it. The secret never leaves. */
export function presentSsoConfig(row: SsoConfigRow | undefined, config: Pick<Config, 'publicUrl'>): SsoConfig {
  return {
    enabled: row?.enabled ?? false,
    issuer: row?.issuer ?? '',
    clientId: row?.client_id ?? '',
    clientSecretSet: Boolean(row?.client_secret_ciphertext),
    allowedDomains: row?.allowed_domains ?? [],
    joinRole: (row?.join_role as SsoConfig['joinRole'] | undefined) ?? 'auditor',
    trustProviderMfa: row?.trust_provider_mfa ?? false,
    mfaAcrValues: row?.mfa_acr_values ?? [],
    redirectUri: ssoRedirectUri(config),
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}

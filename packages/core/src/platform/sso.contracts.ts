import { z } from 'zod';
import { TextSchema } from './input.contracts.ts';
import { RoleSchema } from './roles.ts';
import { pattern } from './validation-codes.ts';

// Sign-in with the organisation's own identity provider over OpenID Connect (Entra ID, Keycloak, the
// eHerkenning brokers that speak OIDC). Configured per organisation by its owner.

/** amr values (RFC 8176 §2) that show the provider itself checked more than one factor. */
export const MFA_AMR_VALUES = ['mfa', 'otp', 'hwk', 'sc'] as const;

// A domain as it appears after the @ of an e-mail address, lower case.
const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    pattern(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'domain'),
    'must be a domain such as example.nl',
  );

/** Roles a person may get by signing in: never owner (ownership is given by a person), never the machine role. */
export const SsoJoinRoleSchema = RoleSchema.exclude(['owner', 'submitter']);

export const SsoConfigSchema = z.object({
  enabled: z.boolean(),
  issuer: z.string(),
  clientId: z.string(),
  /** Whether a client secret is stored; the secret itself is never shown. */
  clientSecretSet: z.boolean(),
  allowedDomains: z.array(z.string()),
  joinRole: SsoJoinRoleSchema,
  trustProviderMfa: z.boolean(),
  mfaAcrValues: z.array(z.string()),
  /** Where the provider must send people back (register it at the provider). */
  redirectUri: z.string(),
  updatedAt: z.iso.datetime().nullable(),
});
export type SsoConfig = z.infer<typeof SsoConfigSchema>;

export const SsoConfigUpdateSchema = z
  .object({
    enabled: z.boolean(),
    issuer: z.url({ protocol: /^https?$/ }).max(500),
    clientId: TextSchema.trim().min(1).max(200),
    /** Leave out to keep the stored secret. */
    clientSecret: TextSchema.min(1).max(500).optional(),
    allowedDomains: z.array(DomainSchema).min(1).max(20),
    joinRole: SsoJoinRoleSchema,
    trustProviderMfa: z.boolean(),
    mfaAcrValues: z.array(TextSchema.trim().min(1).max(200)).max(10).default([]),
  })
  .strict();
export type SsoConfigUpdate = z.infer<typeof SsoConfigUpdateSchema>;

/** Why a sign-in via the provider was refused; the sign-in page shows it in the user's language. */
export const SSO_REFUSALS = [
  'unknown-organisation',
  'sso-disabled',
  'state-mismatch',
  'provider-error',
  'email-missing',
  'email-unverified',
  'domain-not-allowed',
  'account-elsewhere',
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

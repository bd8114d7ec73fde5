import { z } from 'zod';
import { TextSchema } from './input.contracts.ts';
import { OrgKindSchema, RoleSchema } from './roles.ts';
import { pattern, rule } from './validation-codes.ts';

export const EmailSchema = z.string().trim().toLowerCase().email('must be a valid e-mail address').max(254);
// NCSC guidance favours long passphrases over composition rules; 12 is the floor, 128 keeps argon2 bounded.
export const PasswordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(128, 'must be at most 128 characters');
export const TotpCodeSchema = z
  .string()
  .trim()
  .regex(pattern(/^\d{6}$/, 'six_digits'), 'must be 6 digits');
export const LocaleSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

export const LoginRequestSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(128) });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Either a 6-digit TOTP code or one of the recovery codes issued at enrolment. */
export const MfaVerificationRequestSchema = z
  .object({ code: TotpCodeSchema.optional(), recoveryCode: z.string().trim().min(8).max(32).optional() })
  .refine((v) => (v.code === undefined) !== (v.recoveryCode === undefined), {
    ...rule('code_or_recovery_code', 'give exactly one of code or recoveryCode'),
    path: ['code'],
  });
export type MfaVerificationRequest = z.infer<typeof MfaVerificationRequestSchema>;

export const MembershipSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  orgKind: OrgKindSchema,
  role: RoleSchema,
});
export type Membership = z.infer<typeof MembershipSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: LocaleSchema,
  mfaEnabled: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  memberships: z.array(MembershipSchema),
  activeOrgId: z.uuid().nullable(),
  /** true until the second factor is verified; the session then only reaches the MFA route. */
  mfaPending: z.boolean(),
  /**
   * The active membership needs a second factor (NIS2 art. 21(2)(j); core/platform/mfa.ts) and the person
   * has none: until enrolled, only the profile (MFA enrolment), the session and sign-out answer.
   */
  mfaEnrolmentRequired: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SwitchOrganisationRequestSchema = z.object({ orgId: z.uuid() });

export const MfaEnrolmentSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const MfaActivationRequestSchema = z.object({ code: TotpCodeSchema });
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const MfaDisableRequestSchema = z.object({ password: z.string().min(1).max(128) });

export const ProfileUpdateSchema = z
  .object({ name: TextSchema.trim().min(1).max(200).optional(), locale: LocaleSchema.optional() })
  .strict();
export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
});

export const PasswordResetRequestSchema = z.object({ email: EmailSchema });
export const PasswordResetConfirmationSchema = z.object({
  token: z.string().min(20).max(200),
  newPassword: PasswordSchema,
});

import { z } from 'zod';
import { TextSchema } from './input.contracts.ts';
import { EmailSchema, PasswordSchema } from './auth.contracts.ts';
import { OrgKindSchema, RoleSchema } from './roles.ts';
import { pattern } from './validation-codes.ts';

// KvK numbers are exactly 8 digits (Handelsregisterwet 2007, art. 12 / Handelsregisterbesluit).
export const KVK_NUMBER_PATTERN = /^\d{8}$/;
export const KvkNumberSchema = z.string().regex(pattern(KVK_NUMBER_PATTERN, 'kvk'), 'must be 8 digits');

export const OrganisationSchema = z.object({
  id: z.uuid(),
  kind: OrgKindSchema,
  name: z.string(),
  kvkNumber: z.string().nullable(),
  sector: z.string().nullable(),
  /** Every member must use a second factor (owners, admins and the authority always must). */
  requireMfaForAll: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationUpdateSchema = z
  .object({
    name: TextSchema.trim().min(1).max(200).optional(),
    kvkNumber: KvkNumberSchema.nullable().optional(),
    sector: TextSchema.trim().max(100).nullable().optional(),
    requireMfaForAll: z.boolean().optional(),
  })
  .strict();
export type OrganisationUpdate = z.infer<typeof OrganisationUpdateSchema>;

export const MemberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  mfaEnabled: z.boolean(),
  joinedAt: z.iso.datetime(),
});
export type Member = z.infer<typeof MemberSchema>;
export const MemberUpdateSchema = z.object({ role: RoleSchema }).strict();

export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: RoleSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationCreateSchema = z.object({ email: EmailSchema, role: RoleSchema }).strict();
export const InvitationAcceptanceSchema = z
  .object({
    token: z.string().min(20).max(200),
    name: TextSchema.trim().min(1).max(200),
    /** Needed only when the e-mail address has no account yet. */
    password: PasswordSchema.optional(),
  })
  .strict();

export const ApiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: RoleSchema,
  /** The first characters, so people can tell tokens apart; the secret itself is only stored hashed. */
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  /**
   * Authority side: the sender (the entity's organisation id in its own installation) this token
   * delivers submissions for. Set at creation or bound by the token's first delivery.
   */
  senderOrgId: z.uuid().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const ApiTokenCreateSchema = z
  .object({
    name: TextSchema.trim().min(1).max(100),
    role: RoleSchema,
    /** Only for roles that deliver submissions: bind the token to one sender now, not at its first delivery. */
    senderOrgId: z.uuid().optional(),
  })
  .strict();
/** Returned once, at creation: the only time the secret leaves the server. */
export const CreatedApiTokenSchema = ApiTokenSchema.extend({ token: z.string() });

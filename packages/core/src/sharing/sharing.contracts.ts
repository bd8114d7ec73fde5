// Contracts of the sharing area (issue 14 items 1-2): communities and their members, shared STIX objects
// with their TLP 2.0 label, bundle import with a result per object, sharing an incident's observables.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { rule } from '../platform/validation-codes.ts';
import { OrgKindSchema } from '../platform/roles.ts';
import { TlpLabelSchema } from './tlp.ts';

/** all-entities: every entity the authority serves; sector: an ISAC; authority-only; ad-hoc: a working group. */
export const COMMUNITY_KINDS = ['all-entities', 'sector', 'authority-only', 'ad-hoc'] as const;
export const CommunityKindSchema = z.enum(COMMUNITY_KINDS);
export type CommunityKind = z.infer<typeof CommunityKindSchema>;

export const CommunityCreateSchema = z.strictObject({
  name: TextSchema.trim().min(1).max(200),
  kind: CommunityKindSchema,
  sector: TextSchema.trim().min(1).max(100).optional(),
  description: TextSchema.max(2000).optional(),
});
export type CommunityCreate = z.infer<typeof CommunityCreateSchema>;

export const CommunitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: CommunityKindSchema,
  sector: z.string().nullable(),
  description: z.string().nullable(),
  ownerOrgId: z.uuid(),
  ownerOrgName: z.string(),
  /** The acting organisation owns it (manages its members). */
  owned: z.boolean(),
  memberCount: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type Community = z.infer<typeof CommunitySchema>;

export const CommunityMemberSchema = z.object({
  orgId: z.uuid(),
  orgName: z.string(),
  orgKind: OrgKindSchema,
  addedAt: z.iso.datetime(),
});
export type CommunityMember = z.infer<typeof CommunityMemberSchema>;

export const CommunityMemberAddSchema = z.strictObject({ orgId: z.uuid() });
export const CommunityMemberParams = z.object({ id: z.uuid(), orgId: z.uuid() });

/** An organisation a community owner can add (the installation's organisations, by name). */
export const OrganisationChoiceSchema = z.object({ id: z.uuid(), name: z.string(), kind: OrgKindSchema });

/** One shared object as the list shows it: what it is, its label, whose it is; the object itself on request. */
export const SharedObjectSchema = z.object({
  communityId: z.uuid(),
  communityName: z.string(),
  id: z.string(),
  type: z.string(),
  /** name, or the pattern of an indicator, or the first words of a note. */
  title: z.string(),
  tlp: TlpLabelSchema,
  modified: z.string(),
  dateAdded: z.iso.datetime(),
  ownerOrgName: z.string(),
  /** Shared by the acting organisation. */
  own: z.boolean(),
});
export type SharedObject = z.infer<typeof SharedObjectSchema>;

export const SharedObjectQuerySchema = z.object({
  communityId: z.uuid().optional(),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,249}$/)
    .optional(),
  tlp: TlpLabelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type SharedObjectQuery = z.infer<typeof SharedObjectQuerySchema>;

/** Importing a STIX 2.1 bundle into a community; `tlp` labels the objects that carry no TLP marking. */
export const BundleImportSchema = z.strictObject({
  bundle: z.record(z.string(), z.unknown()),
  tlp: TlpLabelSchema.optional(),
});
export type BundleImport = z.infer<typeof BundleImportSchema>;

export const OBJECT_IMPORT_OUTCOMES = ['added', 'unchanged', 'refused'] as const;
export const ObjectImportResultSchema = z.object({
  index: z.number().int(),
  id: z.string().nullable(),
  type: z.string().nullable(),
  version: z.string().nullable(),
  outcome: z.enum(OBJECT_IMPORT_OUTCOMES),
  /** Why an object was refused (schema errors, wrong community, an object of another organisation). */
  reason: z.string().nullable(),
});
export type ObjectImportResult = z.infer<typeof ObjectImportResultSchema>;

export const BundleImportResultSchema = z.object({
  added: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  results: z.array(ObjectImportResultSchema),
});
export type BundleImportResult = z.infer<typeof BundleImportResultSchema>;

/** Sharing the observables of one incident as STIX indicators: which community, which label, whom (RED). */
const ShareObservablesFields = z.strictObject({
  communityId: z.uuid(),
  tlp: TlpLabelSchema,
  /** Named people for RED; named organisations for AMBER and AMBER+STRICT (none: the community). */
  recipientUserIds: z.array(z.uuid()).max(100).optional(),
  recipientOrgIds: z.array(z.uuid()).max(100).optional(),
});
// TLP:RED is for named people only (platform/tlp-visibility.ts): shared without them it would reach no one.
const namesRedPeople = (v: { tlp: string; recipientUserIds?: string[] | undefined }) =>
  v.tlp !== 'RED' || (v.recipientUserIds?.length ?? 0) > 0;
const RED_NEEDS_PEOPLE = { path: ['recipientUserIds'], ...rule('required', 'TLP:RED needs named people') };
export const ShareObservablesSchema = ShareObservablesFields.refine(namesRedPeople, RED_NEEDS_PEOPLE);
export type ShareObservables = z.infer<typeof ShareObservablesSchema>;
/** The use case's input: the same, for one incident. */
export const ShareIncidentObservablesSchema = ShareObservablesFields.extend({ incidentId: z.uuid() }).refine(
  namesRedPeople,
  RED_NEEDS_PEOPLE,
);

/** A person of a community's organisations, whom a TLP:RED object can name (no e-mail address). */
export const CommunityPersonSchema = z.object({ userId: z.uuid(), name: z.string(), orgName: z.string() });
export type CommunityPerson = z.infer<typeof CommunityPersonSchema>;

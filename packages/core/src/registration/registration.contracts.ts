// The registration record an entity submits to the national register (NIS2 Art. 3(4); Cbw art. 44(1)) and,
// for the digital-infrastructure types of Art. 27(1), to the ENISA registry (NIS2 Art. 27(2); Cbw art. 47(3)).
// The fields are the union the reference (§1.7) suggests, plus the classification from the scope assessment.
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { KVK_NUMBER_PATTERN } from '../platform/organisation.contracts.ts';
import { ClassificationSchema } from '../scope/scope-result.schema.ts';
import { ENTITY_TYPE_IDS } from '../scope/entity-type-ids.ts';
import { isDutchPostcode, isPhoneNumber } from './contact-formats.ts';
import { parseCidr } from './ip-range.ts';
import { ADDRESS_TYPES, CONTACT_ROLES, MEMBER_STATE_CODES, PROVINCE_IDS } from './registration-vocabulary.ts';
import { pattern, rule } from '../platform/validation-codes.ts';

const text = (max: number) => TextSchema.trim().min(1, 'is required').max(max);

// KvkNumberSchema's pattern, after trimming what a form may add (a pipe would hide the pattern in OpenAPI).
export const RegistrationKvkSchema = z
  .string()
  .trim()
  .regex(pattern(KVK_NUMBER_PATTERN, 'kvk'), 'must be 8 digits (KvK-nummer)');

export const RegistrationAddressSchema = z
  .object({
    type: z.enum(ADDRESS_TYPES),
    street: text(200),
    houseNumber: z
      .string()
      .trim()
      .regex(pattern(/^[1-9]\d{0,5}$/, 'house_number'), 'must be a house number (digits)'),
    houseNumberAddition: TextSchema.trim().max(10).optional(),
    postcode: TextSchema.trim().min(1, 'is required').max(12),
    city: text(100),
    country: z.enum(MEMBER_STATE_CODES).default('NL'),
    /** Required for addresses in the Netherlands; the registry filters on it. */
    province: z.enum(PROVINCE_IDS).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.country !== 'NL') return;
    if (!isDutchPostcode(a.postcode))
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        ...rule('postcode', 'must be a Dutch postcode like 1234 AB'),
      });
    if (!a.province)
      ctx.addIssue({
        code: 'custom',
        path: ['province'],
        ...rule('province_required', 'is required for an address in the Netherlands'),
      });
  });
export type RegistrationAddress = z.infer<typeof RegistrationAddressSchema>;

export const RegistrationContactSchema = z.object({
  role: z.enum(CONTACT_ROLES).default('general'),
  name: text(200),
  email: z.email('must be an e-mail address').max(254),
  phone: TextSchema.trim()
    .max(40)
    .refine(isPhoneNumber, rule('phone', 'must be a phone number: +31 20 123 4567, 020-1234567 or 06-12345678')),
});
export type RegistrationContact = z.infer<typeof RegistrationContactSchema>;

export const PublicIpRangeSchema = TextSchema.trim()
  .max(50)
  .superRefine((value, ctx) => {
    const parsed = parseCidr(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', ...rule(parsed.code, parsed.reason, parsed.params) });
  });

/** Participation in and withdrawal from information-sharing arrangements (NIS2 Art. 29(4); Cbw art. 44(1)(e)). */
export const InfoSharingArrangementSchema = z.object({
  name: text(200),
  joinedOn: DateInputSchema,
  leftOn: DateInputSchema.optional(),
});

export const RegistrationClassificationSchema = z.object({
  eu: ClassificationSchema.nullable(),
  nl: ClassificationSchema.nullable(),
});
export type RegistrationClassification = z.infer<typeof RegistrationClassificationSchema>;

export const RegistrationSchema = z
  .object({
    name: text(200),
    kvkNumber: RegistrationKvkSchema,
    addresses: z.array(RegistrationAddressSchema).min(1, 'at least one address').max(50),
    contacts: z.array(RegistrationContactSchema).min(1, 'at least one contact').max(20),
    /** NIS2 Annex I/II entity types (catalogue ids); sector and subsector follow from them. */
    entityTypes: z.array(z.enum(ENTITY_TYPE_IDS)).min(1, 'choose at least one type of entity').max(30),
    memberStates: z.array(z.enum(MEMBER_STATE_CODES)).min(1, 'choose at least one Member State').max(27),
    publicIpRanges: z.array(PublicIpRangeSchema).max(500).default([]),
    infoSharingArrangements: z.array(InfoSharingArrangementSchema).max(50).default([]),
    /** From the scope assessment (NIS2 Art. 3(1)-(2); Cbw arts. 8 and 12); null where not yet decided. */
    classification: RegistrationClassificationSchema.nullable().default(null),
  })
  .superRefine((r, ctx) => {
    if (!r.addresses.some((a) => a.type === 'main')) {
      ctx.addIssue({
        code: 'custom',
        path: ['addresses'],
        ...rule('main_address_required', 'one address must be the main establishment (type main)'),
      });
    }
    const seen = new Set<string>();
    r.publicIpRanges.forEach((range, i) => {
      const parsed = parseCidr(range);
      if (!parsed.ok) return;
      if (seen.has(parsed.canonical))
        ctx.addIssue({ code: 'custom', path: ['publicIpRanges', i], ...rule('duplicate', 'is listed twice') });
      seen.add(parsed.canonical);
    });
  });
export type Registration = z.infer<typeof RegistrationSchema>;
export type RegistrationInput = z.input<typeof RegistrationSchema>;

// Observables and indicators of compromise (indicatoren voor aantasting), which the incident
// notification includes "where available" (NIS2 Art. 23(4)(b); Cbw art. 27). Each type is validated
// and normalised so the same indicator is stored once and can be matched and shared (STIX 2.1).
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { rule } from '../platform/validation-codes.ts';

export const OBSERVABLE_TYPES = ['ipv4', 'ipv6', 'domain', 'url', 'md5', 'sha1', 'sha256', 'email'] as const;
export const ObservableTypeSchema = z.enum(OBSERVABLE_TYPES);
export type ObservableType = z.infer<typeof ObservableTypeSchema>;

const HEX_LENGTH: Record<'md5' | 'sha1' | 'sha256', number> = { md5: 32, sha1: 40, sha256: 64 };
// RFC 1035/1123 host names: labels of 1-63 letters, digits and hyphens, not starting or ending with a
// hyphen; a top-level label that is not all digits; 253 characters at most. IDN as punycode (xn--).
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
const email = z.email();
const url = z.url();

export type ObservableCheck =
  | { ok: true; value: string }
  | { ok: false; reason: string; code?: 'required' | 'too_long'; params?: { maximum: number } };

/** Validates a value for its type and returns the normalised form (lower case where case does not matter). */
export function normaliseObservable(type: ObservableType, raw: string): ObservableCheck {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, code: 'required', reason: 'must not be empty' };
  if (value.length > 2048)
    return { ok: false, code: 'too_long', params: { maximum: 2048 }, reason: 'must be at most 2048 characters' };
  switch (type) {
    case 'ipv4':
      return ipv4.safeParse(value).success
        ? { ok: true, value }
        : { ok: false, reason: 'is not an IPv4 address such as 192.0.2.10' };
    case 'ipv6':
      return ipv6.safeParse(value).success
        ? { ok: true, value: value.toLowerCase() }
        : { ok: false, reason: 'is not an IPv6 address such as 2001:db8::1' };
    case 'domain': {
      const lower = value.toLowerCase().replace(/\.$/, '');
      return DOMAIN.test(lower)
        ? { ok: true, value: lower }
        : { ok: false, reason: 'is not a domain name such as example.nl' };
    }
    case 'url': {
      // Any scheme with an authority (http, https, ftp, hxxp as defanged by analysts is not accepted).
      const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#\s]+)([^\s]*)$/.exec(value);
      if (!m || !url.safeParse(value).success)
        return { ok: false, reason: 'is not an absolute URL such as https://example.nl/path' };
      // Scheme and host are case-insensitive; the path is not, so it is kept as given.
      return { ok: true, value: `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${m[3]}` };
    }
    case 'md5':
    case 'sha1':
    case 'sha256': {
      const lower = value.toLowerCase();
      const length = HEX_LENGTH[type];
      return new RegExp(`^[0-9a-f]{${length}}$`).test(lower)
        ? { ok: true, value: lower }
        : { ok: false, reason: `is not a ${type.toUpperCase()} hash (${length} hexadecimal characters)` };
    }
    case 'email':
      return email.safeParse(value).success
        ? // The local part is case-sensitive in theory but not in practice; the domain never is.
          { ok: true, value: value.toLowerCase() }
        : { ok: false, reason: 'is not an e-mail address such as phish@example.nl' };
  }
}

const observableRule = (type: ObservableType, failed: Extract<ObservableCheck, { ok: false }>) =>
  rule(failed.code ?? 'observable_value', failed.reason, failed.params ?? { type });

/** An observable as submitted: the value is checked against its type and normalised. */
export const ObservableInputSchema = z
  .object({
    type: ObservableTypeSchema,
    value: TextSchema.max(2048),
    description: TextSchema.trim().max(1000).nullish(),
  })
  .strict()
  .transform((o, ctx) => {
    const checked = normaliseObservable(o.type, o.value);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', path: ['value'], ...observableRule(o.type, checked) });
      return z.NEVER;
    }
    return { type: o.type, value: checked.value, description: o.description ?? null };
  });
export type ObservableInput = z.input<typeof ObservableInputSchema>;

export const ObservableSchema = z.object({
  id: z.uuid(),
  type: ObservableTypeSchema,
  value: z.string(),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Observable = z.infer<typeof ObservableSchema>;

/** An indicator as it appears inside a report: no ids of the sender's database. */
export const ReportedIndicatorSchema = z
  .object({
    type: ObservableTypeSchema,
    value: TextSchema.max(2048),
    description: TextSchema.max(1000).nullable().optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const checked = normaliseObservable(o.type, o.value);
    if (!checked.ok) ctx.addIssue({ code: 'custom', path: ['value'], ...observableRule(o.type, checked) });
  });
export type ReportedIndicator = z.infer<typeof ReportedIndicatorSchema>;

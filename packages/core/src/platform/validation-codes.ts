// Stable machine codes for "this value is not accepted", shared by the server (each problem+json invalid
// param carries one, with its parameters) and the web (which translates the code, never the English reason).
// The English reason stays beside the code for people reading the API; screens show the code's translation.

/** Codes derived from zod's own issue kinds. */
export const ZOD_VALIDATION_CODES = [
  'required',
  'invalid_type',
  'not_integer',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_big',
  'not_multiple_of',
  'invalid_format',
  'invalid_option',
  'unknown_field',
  'invalid',
] as const;

/** Codes of the platform's own rules (refinements in core, checks in the server's use cases). */
export const RULE_VALIDATION_CODES = [
  'invalid_date',
  'date_range',
  'unstorable_text',
  'not_before',
  'not_in_future',
  'must_be_future',
  'not_above',
  'phone',
  'postcode',
  'house_number',
  'kvk',
  'province_required',
  'main_address_required',
  'cidr',
  'cidr_host_bits',
  'cidr_not_public',
  'duplicate',
  'six_digits',
  'code_or_recovery_code',
  'country_code',
  'domain',
  'http_url',
  'api_token_format',
  'sha256',
  'support_request_empty',
  'cross_border_missing',
  'cross_border_conflict',
  'not_yet_known_conflict',
  'progress_point_missing',
  'observable_value',
  'partner_share_required',
  'scope_mismatch',
  'member_state_choice',
  'taken',
  'wrong_password',
  'link_invalid',
  'status_transition',
  'unknown_reference',
  'not_applicable',
  'after_first_report',
  'address_refused',
  'file_missing',
  'file_empty',
  'not_for_kind',
  'self_reference',
  'dependants_first',
  // A service that continuity plans are about stays a service (issue 13).
  'plans_first',
  // Risk analysis (core/src/risk): a review more than four years ahead (CER Art. 12(1)).
  'review_too_late',
  'justification_required',
  // A matrix that no longer holds a level or dimension risks are scored on (change those risks first).
  'in_use',
  // Suppliers (core/src/suppliers): an asset that is no supplier's service or utility; an alternative that
  // is the very supplier it should replace.
  'not_supplied',
  'same_supplier',
  // Delivery (core/src/delivery/addressee.ts): a submission meant for another kind of authority.
  'wrong_recipient',
] as const;

export const VALIDATION_CODES = [...ZOD_VALIDATION_CODES, ...RULE_VALIDATION_CODES] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];
/** Parameters of a code: numbers (limits) and names (formats, other fields, networks); never the input itself. */
export type ValidationParams = Record<string, string | number>;

export const isValidationCode = (code: unknown): code is ValidationCode =>
  typeof code === 'string' && (VALIDATION_CODES as readonly string[]).includes(code);

/**
 * What a custom refinement passes to zod so its issue names its code:
 * `.refine(check, rule('not_before', 'must not be before startedAt', { other: 'startedAt' }))`, or spread
 * into `ctx.addIssue({ code: 'custom', path, ...rule(…) })`.
 */
export function rule(
  code: ValidationCode,
  message: string,
  params: ValidationParams = {},
): { message: string; params: { code: ValidationCode } & ValidationParams } {
  return { message, params: { ...params, code } };
}

// Regex checks keep their `pattern` in the OpenAPI document; the code travels by the pattern's text.
const PATTERN_CODES = new Map<string, ValidationCode>();

/** A pattern whose failures carry `code`: `.regex(pattern(/^\d{6}$/, 'six_digits'), 'must be 6 digits')`. */
export function pattern(re: RegExp, code: ValidationCode): RegExp {
  PATTERN_CODES.set(String(re), code);
  return re;
}

/** A zod issue as zod reports it, or as fastify-type-provider-zod passes it on (keyword + params). */
export interface IssueLike {
  code: string;
  message?: string;
  input?: unknown;
  origin?: string;
  expected?: string;
  format?: string;
  pattern?: string;
  minimum?: unknown;
  maximum?: unknown;
  divisor?: unknown;
  params?: Record<string, unknown>;
}

const num = (value: unknown): number => (typeof value === 'bigint' ? Number(value) : Number(value));
const COLLECTIONS = new Set(['array', 'set', 'file']);
const NUMBERS = new Set(['number', 'int', 'bigint', 'date']);

/** The code and parameters of one zod issue. */
export function validationOf(issue: IssueLike): { code: ValidationCode; params: ValidationParams } {
  switch (issue.code) {
    case 'custom': {
      const { code, ...rest } = issue.params ?? {};
      const params: ValidationParams = {};
      for (const [k, v] of Object.entries(rest)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      return { code: isValidationCode(code) ? code : 'invalid', params };
    }
    case 'invalid_type':
      if (/received undefined/.test(issue.message ?? '') || ('input' in issue && issue.input === undefined))
        return { code: 'required', params: {} };
      if (issue.expected === 'int') return { code: 'not_integer', params: {} };
      return { code: 'invalid_type', params: issue.expected ? { expected: issue.expected } : {} };
    case 'too_small': {
      const minimum = num(issue.minimum);
      if (NUMBERS.has(issue.origin ?? '')) return { code: 'too_small', params: { minimum } };
      if (COLLECTIONS.has(issue.origin ?? '')) return { code: 'too_few', params: { minimum } };
      // An empty text where one character is the floor is simply missing.
      return minimum <= 1 ? { code: 'required', params: {} } : { code: 'too_short', params: { minimum } };
    }
    case 'too_big': {
      const maximum = num(issue.maximum);
      if (NUMBERS.has(issue.origin ?? '')) return { code: 'too_big', params: { maximum } };
      return { code: COLLECTIONS.has(issue.origin ?? '') ? 'too_many' : 'too_long', params: { maximum } };
    }
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: num(issue.divisor) } };
    case 'invalid_format': {
      const named = issue.pattern !== undefined ? PATTERN_CODES.get(issue.pattern) : undefined;
      if (named) return { code: named, params: {} };
      return { code: 'invalid_format', params: { format: issue.format ?? 'regex' } };
    }
    case 'invalid_value':
    case 'invalid_enum_value':
      return { code: 'invalid_option', params: {} };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

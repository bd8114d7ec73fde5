import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContactPersonSchema, IncidentImpactSchema } from '../../src/incidents/index.ts';
import { DateInputSchema, EmailSchema, invalidParamsFromZod, TotpCodeSchema } from '../../src/platform/index.ts';
import { PublicIpRangeSchema, RegistrationContactSchema } from '../../src/registration/index.ts';

// Each zod issue becomes a stable code with parameters (validation-codes.ts): zod's own kinds by their kind and
// limits, the platform's rules by the code they declare, regex checks by their registered pattern.

const codesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  expect(parsed.success).toBe(false);
  return invalidParamsFromZod(parsed.error!).map(({ name, code, params }) => ({ name, code, params }));
};

describe('validation codes of zod issues', () => {
  it.each([
    ['a missing value', z.object({ a: z.string() }), {}, { name: 'a', code: 'required', params: {} }],
    ['an empty text', z.object({ a: z.string().min(1) }), { a: '' }, { name: 'a', code: 'required', params: {} }],
    ['a short text', z.string().min(12), 'kort', { name: '(input)', code: 'too_short', params: { minimum: 12 } }],
    ['a long text', z.string().max(3), 'lang', { name: '(input)', code: 'too_long', params: { maximum: 3 } }],
    ['too few items', z.array(z.string()).min(1), [], { name: '(input)', code: 'too_few', params: { minimum: 1 } }],
    ['a small number', z.number().min(0), -1, { name: '(input)', code: 'too_small', params: { minimum: 0 } }],
    ['a fraction', z.number().int(), 1.5, { name: '(input)', code: 'not_integer', params: {} }],
    ['a wrong type', z.number(), 'x', { name: '(input)', code: 'invalid_type', params: { expected: 'number' } }],
    ['an unknown option', z.enum(['a', 'b']), 'c', { name: '(input)', code: 'invalid_option', params: {} }],
    ['an unknown key', z.object({}).strict(), { x: 1 }, { name: '(input)', code: 'unknown_field', params: {} }],
    [
      'an e-mail address',
      EmailSchema,
      'geen',
      { name: '(input)', code: 'invalid_format', params: { format: 'email' } },
    ],
  ])('%s', (_label, schema, value, expected) => {
    expect(codesOf(schema, value)).toEqual([expected]);
  });
});

describe('validation codes of the platform’s rules', () => {
  it.each([
    ['a TOTP code', TotpCodeSchema, '12ab', { name: '(input)', code: 'six_digits', params: {} }],
    [
      'a date out of range',
      DateInputSchema,
      '1800-01-01',
      { name: '(input)', code: 'date_range', params: { min: '1900-01-01', max: '9999-12-31' } },
    ],
    [
      'a contact phone in a report',
      ContactPersonSchema,
      { name: 'Jan', email: 'jan@example.nl', phone: 'bel mij' },
      { name: 'phone', code: 'phone', params: {} },
    ],
    [
      'a registration phone',
      RegistrationContactSchema,
      { name: 'Jan', email: 'jan@example.nl', phone: 'bel mij' },
      { name: 'phone', code: 'phone', params: {} },
    ],
    [
      'a range with host bits',
      PublicIpRangeSchema,
      '192.0.2.1/24',
      { name: '(input)', code: 'cidr_host_bits', params: { network: '192.0.2.0/24' } },
    ],
    ['a private range', PublicIpRangeSchema, '10.0.0.0/8', { name: '(input)', code: 'cidr_not_public', params: {} }],
    [
      'more affected users than users',
      IncidentImpactSchema,
      { usersAffected: 10, totalUsers: 5 },
      { name: 'usersAffected', code: 'not_above', params: { other: 'totalUsers' } },
    ],
  ])('%s', (_label, schema, value, expected) => {
    expect(codesOf(schema as z.ZodType, value)).toContainEqual(expected);
  });

  it('a refinement without a declared code is plainly invalid, and its params never carry the input', () => {
    const schema = z.string().refine(() => false, { message: 'nope', params: { secret: { nested: true }, n: 3 } });
    expect(codesOf(schema, 'geheim')).toEqual([{ name: '(input)', code: 'invalid', params: { n: 3 } }]);
  });
});

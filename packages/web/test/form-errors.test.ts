import type { Problem } from '@weerbaar/core/platform';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../src/api/client.ts';
import {
  errorsFromProblem,
  errorsFromSchema,
  fieldFor,
  hasErrors,
  noErrors,
  problemMessage,
} from '../src/forms/form-errors.ts';
import { missingFields } from '../src/forms/form-values.ts';
import { t } from './support/i18n.ts';

const problem = (status: number, code: string, extra: Partial<Problem> = {}) =>
  new ApiError({ type: 'about:blank', title: 'Title', status, code, ...extra } as Problem);

type Param = NonNullable<Problem['invalidParams']>[number];
const param = (name: string, code: Param['code'], params: Param['params'] = {}, reason = 'English reason'): Param => ({
  name,
  reason,
  code,
  params,
});

describe('problemMessage', () => {
  it.each([
    ['not an ApiError', new Error('boom'), t('errors.unknown')],
    ['a 5xx never shows its text', problem(500, 'conflict', { detail: 'stack trace' }), t('errors.server')],
    ['a known code has its own sentence', problem(409, 'conflict'), t('errors.conflict')],
    ['a body too large has its own sentence', problem(413, 'too_large'), t('formErrors.too_large')],
    [
      'an unknown code never shows the English detail',
      problem(422, 'odd_code', { detail: 'Detail' }),
      t('errors.unknown'),
    ],
  ])('%s', (_name, error, expected) => {
    expect(problemMessage(error, t)).toBe(expected);
  });
});

describe('fieldFor', () => {
  const fields = ['detectedAt', 'content.contact.phone', 'content.supportRequest.guidance', 'impact.totalUsers'];
  it.each([
    ['body.detectedAt', 'detectedAt'],
    ['body.content.contact.phone', 'content.contact.phone'],
    ['query.detectedAt', 'detectedAt'],
    ['body.content.supportRequest', 'content.supportRequest.guidance'],
    ['body.impact.totalUsers.0', 'impact.totalUsers'],
    ['body.content.contact', 'content.contact.phone'],
    ['body.somethingElse', undefined],
    ['header.idempotency-key', undefined],
  ])('%s → %s', (path, field) => {
    expect(fieldFor(path, fields)).toBe(field);
  });
});

describe('errorsFromProblem', () => {
  const invalid = (params: Param[], code = 'validation_failed') => problem(400, code, { invalidParams: params });

  it('translates each param by its code, on its field, never with the English reason', () => {
    const error = invalid([
      param('body.email', 'invalid_format', { format: 'email' }, 'Invalid email address'),
      param('body.password', 'too_short', { minimum: 12 }, 'must be at least 12 characters'),
    ]);
    expect(errorsFromProblem(error, t, ['email', 'password'])).toEqual({
      fields: {
        email: t('formErrors.codes.invalid_format_email'),
        password: t('formErrors.codes.too_short', { count: 12 }),
      },
    });
  });

  it('names the other field of a rule by the label the form shows', () => {
    const error = invalid([param('body.detectedAt', 'not_before', { other: 'startedAt' })]);
    const fields = { detectedAt: { label: 'Ontdekt op' }, startedAt: { label: 'Begonnen op' } };
    const message = errorsFromProblem(error, t, fields).fields.detectedAt!;
    expect(message).toContain('Begonnen op');
    expect(message).not.toContain('startedAt');
  });

  it('finds the other field as a sibling of a nested field', () => {
    const error = invalid([param('body.impact.usersAffected', 'not_above', { other: 'totalUsers' })]);
    const fields = {
      'impact.usersAffected': { label: 'Getroffen' },
      'impact.totalUsers': { label: 'Alle gebruikers' },
    };
    expect(errorsFromProblem(error, t, fields).fields['impact.usersAffected']).toContain('Alle gebruikers');
  });

  it('without a label for the other field, says "the other field" rather than its name', () => {
    const error = invalid([param('body.detectedAt', 'not_before', { other: 'startedAt' })]);
    const message = errorsFromProblem(error, t, ['detectedAt']).fields.detectedAt!;
    expect(message).toContain(t('formErrors.otherField'));
    expect(message).not.toContain('startedAt');
  });

  it('an unknown code gets the general sentence, not the reason', () => {
    const error = invalid([{ ...param('body.name', 'invalid'), code: 'brand_new' as Param['code'] }]);
    expect(errorsFromProblem(error, t, ['name']).fields).toEqual({ name: t('formErrors.codes.invalid') });
  });

  it('keeps the first message of a field', () => {
    const error = invalid([param('body.name', 'required'), param('body.name', 'too_long', { maximum: 5 })]);
    expect(errorsFromProblem(error, t, ['name']).fields).toEqual({ name: t('formErrors.codes.required') });
  });

  it('a field the form does not show gets a general sentence, never its path', () => {
    const result = errorsFromProblem(invalid([param('query.page', 'required', {}, 'Required')]), t, ['name']);
    expect(result.fields).toEqual({});
    expect(result.form).toBe(`${t('errors.validation_failed')} ${t('formErrors.hiddenField')}`);
    expect(result.form).not.toContain('query.page');
  });

  it('a specific code says enough: nothing appended', () => {
    const result = errorsFromProblem(invalid([param('query.x', 'required')], 'conflict'), t, []);
    expect(result).toEqual({ fields: {}, form: t('errors.conflict') });
  });

  it('a failure without invalid params is a form message', () => {
    expect(errorsFromProblem(problem(401, 'invalid_credentials'), t, ['email'])).toEqual({
      fields: {},
      form: t('errors.invalid_credentials'),
    });
  });
});

describe('errorsFromSchema', () => {
  const Schema = z.object({ email: z.email(), name: z.string().min(1).max(5) });

  it.each([
    [{ email: 'a@b.nl', name: 'Ann' }, {}],
    [{ email: 'nope', name: 'Ann' }, { email: t('formErrors.codes.invalid_format_email') }],
    [{ email: 'a@b.nl', name: '' }, { name: t('formErrors.codes.required') }],
    [{ email: 'a@b.nl', name: 'Annabel' }, { name: t('formErrors.codes.too_long', { count: 5 }) }],
    [{ name: 'Ann' }, { email: t('formErrors.codes.required') }],
  ])('%j', (values, fields) => {
    expect(errorsFromSchema(Schema, values, t)).toEqual({ fields });
  });

  it('puts a nested issue on the nested field the form shows', () => {
    const Nested = z.object({ contact: z.object({ phone: z.string().min(6) }) });
    expect(errorsFromSchema(Nested, { contact: { phone: '1' } }, t, ['contact.phone']).fields).toEqual({
      'contact.phone': t('formErrors.codes.too_short', { count: 6 }),
    });
  });

  it('hasErrors', () => {
    expect(hasErrors(noErrors)).toBe(false);
    expect(hasErrors({ fields: {}, form: 'x' })).toBe(true);
    expect(hasErrors({ fields: { a: 'x' } })).toBe(true);
  });
});

describe("a form's own check of what it requires", () => {
  it('names each empty or absent field with the message, and nothing else', () => {
    expect(missingFields({ title: 'Storing', owner: '', dueAt: undefined }, 'Vul dit in.')).toEqual({
      owner: 'Vul dit in.',
      dueAt: 'Vul dit in.',
    });
    expect(missingFields({ title: 'Storing' }, 'Vul dit in.')).toEqual({});
  });
});

import type { Problem } from '@weerbaar/core/platform';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../src/api/client.ts';
import { errorsFromProblem, errorsFromSchema, hasErrors, noErrors, problemMessage } from '../src/forms/form-errors.ts';
import { t } from './support/i18n.ts';

const problem = (status: number, code: string, extra: Partial<Problem> = {}) =>
  new ApiError({ type: 'about:blank', title: 'Title', status, code, ...extra } as Problem);

describe('problemMessage', () => {
  it.each([
    ['not an ApiError', new Error('boom'), t('errors.unknown')],
    ['a 5xx never shows its text', problem(500, 'conflict', { detail: 'stack trace' }), t('errors.server')],
    ['a known code has its own sentence', problem(409, 'conflict'), t('errors.conflict')],
    ['an unknown code shows the detail', problem(422, 'odd_code', { detail: 'Detail text' }), 'Detail text'],
    ['or else the title', problem(422, 'odd_code'), 'Title'],
  ])('%s', (_name, error, expected) => {
    expect(problemMessage(error, t)).toBe(expected);
  });
});

describe('errorsFromProblem', () => {
  const invalid = (params: { name: string; reason: string }[], code = 'validation_failed') =>
    problem(400, code, { invalidParams: params });

  it('puts body.<field> reasons on the fields, in Dutch', () => {
    const error = invalid([
      { name: 'body.email', reason: 'Invalid email address' },
      { name: 'body.password', reason: 'must be at least 12 characters' },
    ]);
    expect(errorsFromProblem(error, t, ['email', 'password'])).toEqual({
      fields: { email: t('validation.email'), password: t('validation.minLength', { count: 12 }) },
    });
  });

  it('keeps the first reason of a field', () => {
    const error = invalid([
      { name: 'body.name', reason: 'Required' },
      { name: 'body.name', reason: 'must be at most 5 characters' },
    ]);
    expect(errorsFromProblem(error, t, ['name']).fields).toEqual({ name: t('validation.required') });
  });

  it('names reasons for fields the form does not show in the general message', () => {
    const result = errorsFromProblem(invalid([{ name: 'query.page', reason: 'Required' }]), t, ['name']);
    expect(result.fields).toEqual({});
    expect(result.form).toBe(`${t('errors.validation_failed')} query.page: ${t('validation.required')}`);
  });

  it('a specific code says enough: no raw reasons appended', () => {
    const result = errorsFromProblem(invalid([{ name: 'query.x', reason: 'Required' }], 'conflict'), t, []);
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
    [{ email: 'nope', name: 'Ann' }, { email: t('validation.email') }],
    [{ email: 'a@b.nl', name: '' }, { name: t('validation.required') }],
    [{ email: 'a@b.nl', name: 'Annabel' }, { name: t('validation.maxLength', { count: 5 }) }],
    [{ name: 'Ann' }, { email: t('validation.required') }],
  ])('%j', (values, fields) => {
    expect(errorsFromSchema(Schema, values, t)).toEqual({ fields });
  });

  it('hasErrors', () => {
    expect(hasErrors(noErrors)).toBe(false);
    expect(hasErrors({ fields: {}, form: 'x' })).toBe(true);
    expect(hasErrors({ fields: { a: 'x' } })).toBe(true);
  });
});

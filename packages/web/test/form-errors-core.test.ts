import { IncidentCreateSchema, NotificationContentSchema } from '@weerbaar/core/incidents';
import { invalidParamsFromZod, type Problem } from '@weerbaar/core/platform';
import { RegistrationSchema } from '@weerbaar/core/registration';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ApiError } from '../src/api/client.ts';
import { errorsFromProblem, errorsFromSchema, type FormErrors } from '../src/forms/form-errors.ts';
import { errorsFromApi, fieldFor } from '../src/routes/registration/registration-errors.ts';
import { t } from './support/i18n.ts';

// The problems a user meets, built as the server builds them (core's invalidParamsFromZod over core's own
// schemas): each message is Dutch, names the field by its label, and shows no path and no English reason.

const ENGLISH =
  /\b(must|required|invalid|expected|received|characters|digits|should|before|after|not a|too small|too big)\b/i;

function problemFrom(schema: z.ZodType, value: unknown, prefix = 'body'): ApiError {
  const parsed = schema.safeParse(value);
  expect(parsed.success).toBe(false);
  const invalidParams = invalidParamsFromZod(parsed.error!, prefix);
  const detail = invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; ');
  return new ApiError({
    type: 'https://weerbaar.nl/problems/validation_failed',
    title: 'Bad Request',
    status: 400,
    detail,
    code: 'validation_failed',
    invalidParams: invalidParams.map((p) => ({ ...p, code: p.code ?? 'invalid', params: p.params ?? {} })),
  } as Problem);
}

/** What the error summary shows: "label: message" per field, and the general message. */
function screenText(errors: FormErrors, labels: Record<string, { label: string }>): string {
  const lines = Object.entries(errors.fields).map(([name, message]) => `${labels[name]?.label ?? '?'}: ${message}`);
  return [errors.form ?? '', ...lines].join('\n');
}

function expectDutch(text: string): void {
  expect(text).not.toContain('body.');
  expect(text).not.toMatch(ENGLISH);
  expect(text).not.toContain('?:');
}

describe('server problems from core schemas, as the user reads them', () => {
  const incidentFields = {
    title: { label: t('incidents.form.titleLabel') },
    detectedAt: { label: t('incidents.form.detectedAt') },
    startedAt: { label: t('incidents.form.startedAt') },
    'impact.usersAffected': { label: t('incidents.form.usersAffected') },
    'impact.totalUsers': { label: t('incidents.form.totalUsers') },
  };

  it('a discovery before the start names both fields by their labels', () => {
    const error = problemFrom(IncidentCreateSchema, {
      title: 'Storing',
      category: 'ransomware',
      detectedAt: '2026-12-01T10:00:00Z',
      startedAt: '2026-12-01T11:00:00Z',
    });
    const errors = errorsFromProblem(error, t, incidentFields);
    expect(Object.keys(errors.fields)).toEqual(['detectedAt']);
    expect(errors.fields.detectedAt).toContain(t('incidents.form.startedAt'));
    expect(errors.form).toBeUndefined();
    expectDutch(screenText(errors, incidentFields));
  });

  it('more affected users than users in total names the total by its label', () => {
    const error = problemFrom(IncidentCreateSchema, {
      title: 'Storing',
      category: 'ransomware',
      detectedAt: '2026-12-01T10:00:00Z',
      impact: { usersAffected: 10, totalUsers: 5 },
    });
    const errors = errorsFromProblem(error, t, incidentFields);
    expect(errors.fields['impact.usersAffected']).toContain(t('incidents.form.totalUsers'));
    expectDutch(screenText(errors, incidentFields));
  });

  it('the report’s contact person: each nested field gets its own Dutch message', () => {
    const labels = {
      'content.contact.name': { label: t('incidents.report.fields.contact_name') },
      'content.contact.email': { label: t('incidents.report.fields.contact_email') },
      'content.contact.phone': { label: t('incidents.report.fields.contact_phone') },
    };
    const parsed = NotificationContentSchema.safeParse({ contact: { name: '', email: 'geen', phone: 'bel mij' } });
    const contactParams = invalidParamsFromZod(parsed.error!, 'body.content').filter((p) =>
      p.name.startsWith('body.content.contact.'),
    );
    expect(contactParams.map((p) => p.name).sort()).toEqual([
      'body.content.contact.email',
      'body.content.contact.name',
      'body.content.contact.phone',
    ]);
    const error = new ApiError({
      type: 'x',
      title: 'Bad Request',
      status: 400,
      detail: '',
      code: 'validation_failed',
      invalidParams: contactParams.map((p) => ({ ...p, code: p.code ?? 'invalid', params: p.params ?? {} })),
    } as Problem);
    const errors = errorsFromProblem(error, t, labels);
    expect(errors.fields).toEqual({
      'content.contact.name': t('formErrors.codes.required'),
      'content.contact.email': t('formErrors.codes.invalid_format_email'),
      'content.contact.phone': t('formErrors.codes.phone'),
    });
    expectDutch(screenText(errors, labels));
  });

  it('the same rules checked on the page give the same sentences', () => {
    const values = {
      title: 'Storing',
      category: 'ransomware',
      detectedAt: '2026-12-01T10:00:00Z',
      startedAt: '2026-12-02T10:00:00Z',
    };
    const errors = errorsFromSchema(IncidentCreateSchema, values, t, incidentFields);
    expect(errors.fields.detectedAt).toBe(
      errorsFromProblem(problemFrom(IncidentCreateSchema, values), t, incidentFields).fields.detectedAt,
    );
  });

  it('the registration: a contact’s phone and a postcode, each with the label the form shows', () => {
    const error = problemFrom(RegistrationSchema, {
      name: 'Ziekenhuis',
      kvkNumber: '12345678',
      entityTypes: ['health.healthcare-providers'],
      memberStates: ['NL'],
      addresses: [{ type: 'main', street: 'Straat', houseNumber: '1', postcode: '12', city: 'Utrecht', country: 'NL' }],
      contacts: [{ name: 'Jan', email: 'jan@example.nl', phone: 'bel mij' }],
      publicIpRanges: ['10.0.0.0/8'],
    });
    const errors = errorsFromApi(error, t);
    expect(errors.fields['contacts.0.phone']).toBe(t('formErrors.codes.phone'));
    expect(errors.fields['addresses.0.postcode']).toBe(t('formErrors.codes.postcode'));
    expect(errors.fields['publicIpRanges.0']).toBe(t('formErrors.codes.cidr_not_public'));
    const labels = Object.fromEntries(
      Object.keys(errors.fields).map((path) => [path, fieldFor(path, t, ['10.0.0.0/8'])]),
    );
    expectDutch(screenText(errors, labels));
  });
});

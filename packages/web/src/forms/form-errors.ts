import type { TFunction } from 'i18next';
import { isApiError } from '../api/client.ts';
import { translateIssue, translateValidation, type IssueLike, type LabelOf } from './messages.ts';

/** Field errors by form field name, plus an optional message about the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export const noErrors: FormErrors = { fields: {} };

export const hasErrors = (errors: FormErrors): boolean =>
  errors.form !== undefined || Object.keys(errors.fields).length > 0;

// Codes with their own sentence in errors.* or formErrors.*; see DOMAIN_ERROR_CODES in core.
const KNOWN_CODES = [
  'invalid_credentials',
  'invalid_code',
  'account_locked',
  'rate_limited',
  'forbidden',
  'not_found',
  'conflict',
  'token_invalid',
  'csrf_invalid',
  'unauthenticated',
  'mfa_required',
  'mfa_enrolment_required',
  'precondition_failed',
  'validation_failed',
  'network_error',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];
const isKnownCode = (code: string): code is KnownCode => (KNOWN_CODES as readonly string[]).includes(code);
const FORM_ERROR_CODES = ['too_large', 'unsupported_media_type'] as const;
const isFormErrorCode = (code: string): code is (typeof FORM_ERROR_CODES)[number] =>
  (FORM_ERROR_CODES as readonly string[]).includes(code);

/**
 * The sentence for a failed call, from the problem's stable code; never a stack, raw 5xx text or the
 * English `detail` meant for API clients.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  if (error.status >= 500) return t('errors.server');
  if (isKnownCode(error.code)) return t(`errors.${error.code}`);
  if (isFormErrorCode(error.code)) return t(`formErrors.${error.code}`);
  return t('errors.unknown');
}

/**
 * The fields of a form: their names (`detectedAt`, `content.contact.phone`), or names with the label the
 * form shows, so a message that mentions another field (`not_before` {other}) names it as the form does.
 */
export type FormFields = readonly string[] | Readonly<Record<string, { label: string }>>;

const namesOf = (fields: FormFields): readonly string[] =>
  Array.isArray(fields) ? (fields as readonly string[]) : Object.keys(fields);

/**
 * The form field an error path belongs to: `body.content.contact.phone` → `content.contact.phone`; a
 * path below a field (`supportRequest.guidance.x`) goes to that field, a group (`supportRequest`) to its
 * first field. Undefined when the form does not show it.
 */
export function fieldFor(path: string, fields: FormFields): string | undefined {
  const name = path.replace(/^(body|query)\./, '');
  const names = namesOf(fields);
  if (names.includes(name)) return name;
  const parent = names.filter((n) => name.startsWith(`${n}.`)).sort((a, b) => b.length - a.length)[0];
  return parent ?? names.find((n) => n.startsWith(`${name}.`));
}

/** How a message at `field` names another field: its sibling first (`impact.totalUsers`), then by name. */
function labelsFor(field: string | undefined, fields: FormFields): LabelOf {
  if (Array.isArray(fields)) return () => undefined;
  const labels = fields as Readonly<Record<string, { label: string }>>;
  return (other) => {
    const sibling = field?.includes('.') ? `${field.slice(0, field.lastIndexOf('.'))}.${other}` : undefined;
    return (sibling ? labels[sibling]?.label : undefined) ?? labels[other]?.label;
  };
}

/**
 * Maps a problem+json answer onto the form, by each invalid param's code: `body.email` → field `email`.
 * A param for a field the form does not show gets a general sentence: never its path or English reason.
 */
export function errorsFromProblem(error: unknown, t: TFunction, formFields: FormFields): FormErrors {
  const fields: Record<string, string> = {};
  let hidden = false;
  const params = isApiError(error) ? (error.problem.invalidParams ?? []) : [];
  for (const param of params) {
    const field = fieldFor(param.name, formFields);
    if (field === undefined) {
      hidden = true;
      continue;
    }
    fields[field] ??= translateValidation(param.code, param.params, t, labelsFor(field, formFields));
  }
  const base = problemMessage(error, t);
  if (Object.keys(fields).length > 0 && !hidden) return { fields };
  // A specific code (token_invalid, conflict…) already says what is wrong in plain words; only a
  // generic validation failure needs a word about fields the form does not show.
  const generic = !isApiError(error) || error.code === 'validation_failed';
  return { fields, form: generic && hidden ? `${base} ${t('formErrors.hiddenField')}` : base };
}

interface SafeParser {
  safeParse(data: unknown): {
    success: boolean;
    error?: { issues: readonly (IssueLike & { path: readonly PropertyKey[] })[] };
  };
}

/**
 * Client-side check with the same contract the server uses, so most mistakes never leave the page; its
 * issues are translated by the same codes as the server's answer.
 */
export function errorsFromSchema(
  schema: SafeParser,
  values: unknown,
  t: TFunction,
  formFields?: FormFields,
): FormErrors {
  const result = schema.safeParse(values);
  if (result.success) return noErrors;
  const fields: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.map(String).join('.');
    const field = formFields
      ? (fieldFor(path, formFields) ?? String(issue.path[0] ?? ''))
      : String(issue.path[0] ?? '');
    if (field && !fields[field]) fields[field] = translateIssue(issue, t, labelsFor(field, formFields ?? []));
  }
  return { fields };
}

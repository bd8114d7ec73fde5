import type { TFunction } from 'i18next';
import { isApiError } from '../api/client.ts';
import { translateIssue, translateReason, type IssueLike } from './messages.ts';

/** Field errors by form field name, plus an optional message about the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export const noErrors: FormErrors = { fields: {} };

export const hasErrors = (errors: FormErrors): boolean =>
  errors.form !== undefined || Object.keys(errors.fields).length > 0;

// Codes with their own sentence in errors.*; see DOMAIN_ERROR_CODES in core.
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
  'precondition_failed',
  'validation_failed',
  'network_error',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];
const isKnownCode = (code: string): code is KnownCode => (KNOWN_CODES as readonly string[]).includes(code);

/** The sentence for a failed call, from the problem's stable code; never a stack or raw 5xx text. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  if (error.status >= 500) return t('errors.server');
  if (isKnownCode(error.code)) return t(`errors.${error.code}`);
  return error.problem.detail || error.problem.title || t('errors.unknown');
}

/**
 * Maps a problem+json answer onto the form: `body.email` → field `email`. Reasons for fields the
 * form does not show (or for query parameters) go into the general message, so nothing is lost.
 */
export function errorsFromProblem(error: unknown, t: TFunction, fieldNames: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const leftOver: string[] = [];
  const params = isApiError(error) ? (error.problem.invalidParams ?? []) : [];
  for (const { name, reason } of params) {
    const field = name.replace(/^body\./, '');
    const message = translateReason(reason, t);
    if (fieldNames.includes(field) && !fields[field]) fields[field] = message;
    else leftOver.push(`${name}: ${message}`);
  }
  const base = problemMessage(error, t);
  if (Object.keys(fields).length > 0 && leftOver.length === 0) return { fields };
  // A specific code (token_invalid, conflict…) already says what is wrong in plain words; only a
  // generic validation failure needs the raw reasons for fields the form does not show.
  const generic = !isApiError(error) || error.code === 'validation_failed' || !isKnownCode(error.code);
  return { fields, form: generic && leftOver.length > 0 ? `${base} ${leftOver.join(' ')}` : base };
}

interface SafeParser {
  safeParse(data: unknown): { success: boolean; error?: { issues: readonly IssueLike[] } };
}

/** Client-side check with the same contract the server uses, so most mistakes never leave the page. */
export function errorsFromSchema(schema: SafeParser, values: unknown, t: TFunction): FormErrors {
  const result = schema.safeParse(values);
  if (result.success) return noErrors;
  const fields: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    if (field && !fields[field]) fields[field] = translateIssue(issue, t);
  }
  return { fields };
}

import type { TFunction } from 'i18next';

// The contracts in core and the server speak English ("must be at least 12 characters"). The UI is
// Dutch by default, so known reasons are mapped onto our own B1 texts; unknown ones are shown as sent.

export function translateReason(reason: string, t: TFunction): string {
  const lower = reason.toLowerCase();
  if (/e-?mail/.test(lower)) return t('validation.email');
  if (/6 digits/.test(lower)) return t('validation.sixDigits');
  const min = /at least (\d+)/.exec(lower) ?? />=\s*(\d+)/.exec(lower);
  if (min?.[1])
    return Number(min[1]) <= 1 ? t('validation.required') : t('validation.minLength', { count: Number(min[1]) });
  const max = /at most (\d+)/.exec(lower) ?? /<=\s*(\d+)/.exec(lower);
  if (max?.[1]) return t('validation.maxLength', { count: Number(max[1]) });
  if (/required|received undefined/.test(lower)) return t('validation.required');
  return `${t('validation.invalid')} (${reason})`;
}

/** A zod issue, reduced to what we read; keeps zod itself out of the web's imports. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
}

export function translateIssue(issue: IssueLike, t: TFunction): string {
  if (issue.code === 'too_small' && Number(issue.minimum) <= 1) return t('validation.required');
  if (issue.code === 'invalid_type') return t('validation.required');
  if (issue.code === 'invalid_format' && issue.format === 'email') return t('validation.email');
  if (issue.code === 'too_small' && !/must/.test(issue.message))
    return t('validation.minLength', { count: Number(issue.minimum) });
  if (issue.code === 'too_big' && !/must/.test(issue.message))
    return t('validation.maxLength', { count: Number(issue.maximum) });
  return translateReason(issue.message, t);
}

import {
  isValidationCode,
  validationOf,
  type IssueLike,
  type ValidationCode,
  type ValidationParams,
} from '@weerbaar/core/platform';
import type { TFunction } from 'i18next';

// The server and the contracts in core say what is wrong with a stable code and its parameters
// (core/src/platform/validation-codes.ts); the English reason beside it is for people reading the API.
// The screen translates the code, so a reason never reaches it. An unknown code gets a plain sentence.

export type { IssueLike };

/** Finds the label of another field the message refers to (`not_before` {other: 'startedAt'}). */
export type LabelOf = (name: string) => string | undefined;

// Formats with a sentence of their own; other formats get the general one.
const FORMATS = new Set(['email', 'url', 'date', 'datetime']);

/** The sentence for one validation code, in the user's language. */
export function translateValidation(
  code: string,
  params: ValidationParams | undefined,
  t: TFunction,
  labelOf: LabelOf = () => undefined,
): string {
  const p = params ?? {};
  if (!isValidationCode(code)) return t('formErrors.codes.invalid');
  const key = `formErrors.codes.${code satisfies ValidationCode}` as 'formErrors.codes.invalid';
  const count = p.minimum ?? p.maximum ?? p.divisor;
  const other = typeof p.other === 'string' ? (labelOf(p.other) ?? t('formErrors.otherField')) : undefined;
  const context = code === 'invalid_format' && FORMATS.has(String(p.format)) ? String(p.format) : undefined;
  return t(key, {
    ...(count !== undefined ? { count: Number(count) } : {}),
    ...(other !== undefined ? { other } : {}),
    ...(typeof p.network === 'string' ? { network: p.network } : {}),
    ...(context ? { context } : {}),
  });
}

/** A zod issue from a client-side check, translated the same way as the server's answer. */
export function translateIssue(issue: IssueLike, t: TFunction, labelOf?: LabelOf): string {
  const { code, params } = validationOf(issue);
  return translateValidation(code, params, t, labelOf);
}

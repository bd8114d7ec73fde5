import type { z } from 'zod';
import { validationOf, type ValidationCode, type ValidationParams } from './validation-codes.ts';

// Domain errors carry a stable code and never an HTTP status: the server maps codes to
// statuses in one table (server/src/plugins/error-handler.ts), so core stays transport-free.
export const DOMAIN_ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'mfa_required',
  'mfa_enrolment_required',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_credentials',
  'account_locked',
  'csrf_invalid',
  'rate_limited',
  'token_invalid',
  'precondition_failed',
  'too_large',
  'unsupported_media_type',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface InvalidParam {
  /** JSON path of the offending field, e.g. `body.email` or `query.pageSize`. */
  name: string;
  /** In English, for people reading the API; screens translate `code` instead. */
  reason: string;
  /** Stable machine code (validation-codes.ts); a param without one is answered as `invalid`. */
  code?: ValidationCode;
  params?: ValidationParams;
}

/**
 * Maps zod issues to invalid params, each named by its path under `prefix` (e.g. `body.impact`);
 * an issue on the value itself is named by the prefix, or `(input)` without one.
 */
export function invalidParamsFromZod(error: z.ZodError, prefix?: string): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.') || '(input)',
    reason: issue.message,
    ...validationOf(issue as Parameters<typeof validationOf>[0]),
  }));
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly invalidParams: InvalidParam[];

  constructor(code: DomainErrorCode, message: string, invalidParams: InvalidParam[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.invalidParams = invalidParams;
  }
}

export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} not found`);
export const forbidden = (why = 'Your role does not allow this action'): DomainError =>
  new DomainError('forbidden', why);
export const invalidField = (name: string, reason: string, code: ValidationCode = 'invalid'): DomainError =>
  new DomainError('validation_failed', `${name}: ${reason}`, [{ name, reason, code }]);

import { DomainError, type DomainErrorCode, type InvalidParam, type Problem } from '@weerbaar/core/platform';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

// The one table from domain error codes to HTTP statuses.
const STATUS_OF: Record<DomainErrorCode, number> = {
  validation_failed: 400,
  token_invalid: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  mfa_required: 401,
  mfa_enrolment_required: 403,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 409,
  too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  invalidParams?: InvalidParam[],
): FastifyReply {
  const problem: Problem = {
    type: `https://weerbaar.nl/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: `urn:request:${reply.request.id}`,
    code,
    ...(invalidParams && invalidParams.length > 0 ? { invalidParams } : {}),
  };
  return reply.status(status).type('application/problem+json').send(problem);
}

const CONTEXT_NAMES: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' };

function toProblem(error: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    return sendProblem(reply, STATUS_OF[error.code], error.code, error.message, error.invalidParams);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = CONTEXT_NAMES[(error as FastifyError).validationContext ?? 'body'] ?? 'body';
    const invalidParams = error.validation.map((v) => ({
      name: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      reason: v.message ?? 'is invalid',
    }));
    const detail = invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; ');
    return sendProblem(reply, 400, 'validation_failed', detail, invalidParams);
  }
  const pgCode = (error as { code?: unknown }).code;
  if (pgCode === '23505') return sendProblem(reply, 409, 'conflict', 'This already exists');
  if (pgCode === '22P02' || pgCode === '22007' || pgCode === '22008') {
    return sendProblem(reply, 400, 'validation_failed', 'A value has the wrong format');
  }
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, wrong media type, body too large): safe to explain.
    const code = status === 415 ? 'unsupported_media_type' : status === 413 ? 'too_large' : 'bad_request';
    return sendProblem(reply, status, code, error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, 500, 'internal_error', 'Something went wrong on our side; the request id helps us find it');
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => toProblem(error as FastifyError, request, reply));
}

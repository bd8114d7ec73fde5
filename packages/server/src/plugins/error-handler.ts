import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import {
  DomainError,
  validationOf,
  type DomainErrorCode,
  type InvalidParam,
  type Problem,
} from '@weerbaar/core/platform';
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

/** The HTTP status of a domain error code (for the routes that answer in their own error shape: TAXII). */
export function statusOfDomainError(code: DomainErrorCode): number {
  return STATUS_OF[code];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  423: 'Locked',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

// Codes for the client errors Fastify, its plugins and Node's HTTP parser raise themselves (bad JSON, wrong
// media type, body too large, headers too large): the code always says what the status says.
const CODE_OF_STATUS: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  431: 'headers_too_large',
};

function problemOf(
  status: number,
  code: string,
  detail: string,
  requestId: string,
  invalidParams?: InvalidParam[],
): Problem {
  return {
    type: `https://weerbaar.nl/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: `urn:request:${requestId}`,
    code,
    ...(invalidParams && invalidParams.length > 0
      ? // Every param carries a code the web can translate; one raised without a code is plainly `invalid`.
        { invalidParams: invalidParams.map((p) => ({ ...p, code: p.code ?? 'invalid', params: p.params ?? {} })) }
      : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  invalidParams?: InvalidParam[],
): FastifyReply {
  return reply
    .status(status)
    .type('application/problem+json')
    .send(problemOf(status, code, detail, reply.request.id, invalidParams));
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
      ...validationOf({ ...v.params, code: v.keyword, message: v.message }),
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
    return sendProblem(reply, status, CODE_OF_STATUS[status] ?? 'bad_request', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, 500, 'internal_error', 'Something went wrong on our side; the request id helps us find it');
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => toProblem(error as FastifyError, request, reply));
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any hook or route runs — a path that is not
 * valid percent-encoded UTF-8 (`/incidents/%FF`), a path parameter over its length limit.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const reason =
    error.code === 'FST_ERR_BAD_URL'
      ? 'is not valid percent-encoded UTF-8'
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'has a segment longer than 100 characters'
        : undefined;
  if (reason === undefined) {
    void toProblem(error, request, reply);
    return;
  }
  void sendProblem(reply, 400, 'validation_failed', `path: ${reason}`, [{ name: 'path', reason, code: 'invalid' }]);
}

/**
 * Node's `clientError`: a request its HTTP parser refuses (a header with a control character, a broken
 * request line, headers too large, too slow) never reaches Fastify. It still gets a problem, written to
 * the socket as Node would write its own plain answer, and the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'The request did not arrive in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request headers are too large']
        : [400, 'The request is not valid HTTP/1.1 (e.g. a control character in a header)'];
  const requestId = randomUUID();
  this.log.debug({ err: error, requestId }, 'refused by the HTTP parser');
  if (socket.writable) {
    const body = JSON.stringify(problemOf(status, CODE_OF_STATUS[status] ?? 'bad_request', detail, requestId));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

import type { FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/** Structured JSON logs; secrets in headers, bodies and query strings never reach the log. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: {
      // Query strings can carry one-time tokens (reset and invitation links): log the path only.
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: req.url.split('?')[0],
        remoteAddress: req.ip,
      }),
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
}

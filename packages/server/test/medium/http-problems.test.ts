import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// What is refused before any route runs — by Node's HTTP parser, by Fastify's router, by the path check —
// still leaves as problem+json with a status and code that agree. Over a real socket: app.inject skips
// Node's parser, and a client such as fetch would clean up the very paths under test.

const t = useTestDatabase();
let app: FastifyInstance;
let port: number;

/** Sends raw bytes and returns status, headers and body of the answer (the server closes after it). */
function rawRequest(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

const get = (target: string, extraHeaders = '') =>
  rawRequest(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extraHeaders}Connection: close\r\n\r\n`);

function expectProblem(res: { status: number; headers: Record<string, string>; body: string }, status: number) {
  expect(res.status, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const problem = JSON.parse(res.body);
  expect(problem).toMatchObject({ status, type: `https://weerbaar.nl/problems/${problem.code}` });
  return problem as { code: string; invalidParams?: { name: string; reason: string }[] };
}

beforeAll(async () => {
  // With a built web app, so paths outside /api reach the file server as in production.
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Weerbaar</title>');
  app = await buildApp({ db: t.db, config: { ...testConfig(), webDist }, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
});

afterAll(async () => {
  await app?.close();
});

describe('answers given before any route runs', () => {
  it('a header with a control character (refused by Node) gets a 400 problem, not Node’s own body', async () => {
    for (const value of ['key\u0001', 'key\u0000', 'a\u007fb']) {
      const res = await rawRequest(
        `POST /api/v1/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: ${value}\r\nContent-Length: 0\r\n\r\n`,
      );
      expect(expectProblem(res, 400).code, JSON.stringify(value)).toBe('bad_request');
    }
    const garbled = await rawRequest('GET /api/v1/incidents HTTP/9\r\nHost: 127.0.0.1\r\n\r\n');
    expect(expectProblem(garbled, 400).code).toBe('bad_request');
  });

  it('headers over Node’s size limit get a 431 problem', async () => {
    const res = await get('/api/v1/sessions/current', `X-Padding: ${'x'.repeat(20_000)}\r\n`);
    expect(expectProblem(res, 431).code).toBe('headers_too_large');
  });

  it('a path that is not valid percent-encoded UTF-8 gets a 400 naming the path', async () => {
    for (const target of ['/api/v1/incidents/%FF', '/api/v1/incidents/%ED%A0%80/tasks', '/api/v1/assets/%zz']) {
      expect(expectProblem(await get(target), 400), target).toMatchObject({
        code: 'validation_failed',
        invalidParams: [{ name: 'path', reason: 'is not valid percent-encoded UTF-8', code: 'invalid', params: {} }],
      });
    }
  });

  it('a . or .. segment, encoded or not, gets a 400 naming the path, for the API and the web app alike', async () => {
    for (const target of [
      '/%2e%2e/',
      '/%2E%2e/%2e%2e/etc/passwd',
      '/assets/%2e%2e/index.html',
      '/api/v1/%2e%2e/incidents',
      '/./',
    ]) {
      expect(expectProblem(await get(target), 400), target).toMatchObject({
        code: 'validation_failed',
        invalidParams: [{ name: 'path' }],
      });
    }
    // Dots inside a name are no segment of their own.
    const page = await get('/incidents/..draft', 'Accept: text/html\r\n');
    expect(page.status).toBe(200);
  });
});

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { testConfig } from '../support/test-client.ts';
import { useTestDatabase } from '../support/test-database.ts';

// A built SPA as packages/web/build/precompress.ts leaves it: plain files with .br and .gz beside them.
const INDEX = '<!doctype html><html lang="nl"><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("weerbaar");'.repeat(100);
const t = useTestDatabase();
let app: FastifyInstance;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-web-'));
  mkdirSync(path.join(dist, 'assets'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dist, name), text);
    writeFileSync(path.join(dist, `${name}.br`), brotliCompressSync(text));
    writeFileSync(path.join(dist, `${name}.gz`), gzipSync(text));
  };
  write('index.html', INDEX);
  write('assets/app-abc123.js', SCRIPT);
  app = await buildApp({ db: t.db, config: { ...testConfig(), webDist: dist }, logger: false });
});

describe('the web app is served compressed', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=0.5, br', 'br'],
  ])('a script for Accept-Encoding "%s" goes out as %s, cached for ever', async (accept, encoding) => {
    const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': accept } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
  });

  it('a client that accepts no encoding gets the plain file', async () => {
    const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(SCRIPT);
  });

  it('a deep link gets index.html compressed and never cached', async () => {
    const res = await app.inject({
      url: '/incidents/123',
      headers: { accept: 'text/html', 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

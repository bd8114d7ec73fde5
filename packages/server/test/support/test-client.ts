import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/database.ts';

export async function buildTestApp(db: Db, overrides: { rateLimitPerMinute?: number } = {}): Promise<FastifyInstance> {
  // Its own data dir: keys an installation creates on first use (e.g. secret.key) stay out of the repo.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'weerbaar-app-'));
  const config = { ...loadConfig({}), webDist: undefined, publicUrl: 'http://127.0.0.1:8080', dataDir };
  const app = await buildApp({
    db,
    config,
    logger: false,
    rateLimitPerMinute: overrides.rateLimitPerMinute ?? 100_000,
  });
  // Every test file builds apps; without this each run left its data dirs behind in the temp folder.
  // The app is already started, so it takes no onClose hook: close() itself is wrapped.
  const close = app.close.bind(app);
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  app.close = ((listener?: (error?: Error) => void) => {
    const closed = close().finally(removeDataDir);
    if (!listener) return closed;
    closed.then(() => listener(), listener);
    return app;
  }) as FastifyInstance['close'];
  testDataDirs.set(app, dataDir);
  return app;
}

const testDataDirs = new WeakMap<FastifyInstance, string>();

/** The temporary data dir of an app from buildTestApp (removed when the app closes). */
export function testDataDirOf(app: FastifyInstance): string | undefined {
  return testDataDirs.get(app);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser-like client over app.inject: keeps cookies and sends the CSRF header the SPA sends.
 * With a bearer token it behaves like a machine client instead.
 */
export class TestClient {
  private cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly bearer?: string,
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    if (!this.bearer && !this.cookies.has('wb_csrf'))
      await this.send({ method: 'GET', url: '/api/v1/sessions/current' });
    const h: Record<string, string> = { ...headers };
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    else {
      h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (method !== 'GET') h['x-csrf-token'] = this.cookies.get('wb_csrf') ?? '';
    }
    const options: InjectOptions = { method, url, headers: h };
    if (body !== undefined) options.payload = body as InjectOptions['payload'];
    return this.send(options);
  }

  private async send(options: InjectOptions): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ ...options, remoteAddress: this.remoteAddress });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  async logIn(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.post('/api/v1/sessions', { email, password });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

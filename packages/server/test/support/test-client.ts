import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Db } from '../../src/db/database.ts';
import { createDeps } from '../../src/modules.ts';
import type { Clock, Deps } from '../../src/kernel/deps.ts';

/**
 * The configuration of a test: http://127.0.0.1:8080 as PUBLIC_URL; the data dir (where secret.key goes)
 * is the per-run temp dir vitest.config.ts sets in WEERBAAR_DATA_DIR, never the repo's data/.
 */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return { ...loadConfig({ WEERBAAR_DATA_DIR: process.env.WEERBAAR_DATA_DIR, ...env }), webDist: undefined };
}

/** What use cases and jobs need, for tests that call them without HTTP. */
export function testDeps(db: Db, options: { env?: Record<string, string | undefined>; clock?: Clock } = {}): Deps {
  return createDeps({ db, config: testConfig(options.env), clock: options.clock });
}

/** A clock a test sets and moves. */
export function fixedClock(at: Date | string): Clock & { set(to: Date | string): void } {
  let now = new Date(at);
  return { now: () => new Date(now), set: (to) => void (now = new Date(to)) };
}

export async function buildTestApp(
  db: Db,
  options: { env?: Record<string, string | undefined>; rateLimitPerMinute?: number; clock?: Clock } = {},
): Promise<FastifyInstance> {
  return buildApp({
    db,
    config: testConfig(options.env),
    logger: false,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    clock: options.clock,
  });
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
    if (!this.bearer && this.csrfToken() === undefined)
      await this.send({ method: 'GET', url: '/api/v1/sessions/current' });
    const h: Record<string, string> = { ...headers };
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    else {
      h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (method !== 'GET') h['x-csrf-token'] = this.csrfToken() ?? '';
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

  /** The CSRF cookie the SPA would echo: `__Host-wb_csrf` over https, `wb_csrf` over http. */
  csrfToken(): string | undefined {
    return this.cookies.get('__Host-wb_csrf') ?? this.cookies.get('wb_csrf');
  }
}

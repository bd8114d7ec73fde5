import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { AuthorityPolicyError, authorityPolicyOf } from '../../src/services/delivery/authority-policy.ts';
import { guardedFetch, refusedAuthorityUrl, type Lookup } from '../../src/services/delivery/guarded-http.ts';

// A stand-in for DNS, so a test decides what a name resolves to — and can change it between the
// check on saving and the connection (DNS rebinding).
function fakeDns(...answers: string[][]): Lookup & { calls: number } {
  const lookup = ((_host, _options, callback) => {
    const answer = answers[Math.min(lookup.calls, answers.length - 1)]!;
    lookup.calls += 1;
    callback(
      null,
      answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  }) as Lookup & { calls: number };
  lookup.calls = 0;
  return lookup;
}

let server: Server;
let port: number;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    if (req.url === '/redirect') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// Loopback allowed (as in development), private and link-local not.
const policy = authorityPolicyOf(
  loadConfig({ PUBLIC_URL: 'https://weerbaar.example.nl', WEERBAAR_AUTHORITY_PRIVATE_NETWORKS: '127.0.0.0/8' }),
);

describe('guardedFetch', () => {
  it('connects to the address the policy checked', async () => {
    const dns = fakeDns(['127.0.0.1']);
    const res = await guardedFetch(
      `http://localhost:${port}/x`,
      { method: 'POST', body: '{}', timeoutMs: 2000, lookup: dns },
      policy,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ method: 'POST' });
    expect(dns.calls).toBe(1);
  });

  it('refuses a name that was public when saved and resolves to the metadata address when connecting', async () => {
    const dns = fakeDns(['193.177.0.10'], ['169.254.169.254']);
    const url = new URL('https://meldpunt.example.nl');
    expect(await refusedAuthorityUrl(url, policy, dns)).toBeUndefined();
    const before = requests;
    const attempt = guardedFetch(
      'https://meldpunt.example.nl/api/v1/submissions',
      { timeoutMs: 2000, lookup: dns },
      policy,
    );
    await expect(attempt).rejects.toBeInstanceOf(AuthorityPolicyError);
    await expect(attempt).rejects.toThrow('meldpunt.example.nl resolves to 169.254.169.254, a link-local address');
    expect(requests).toBe(before);
  });

  it('refuses when any of the addresses of a name is refused', async () => {
    const dns = fakeDns(['127.0.0.1', '10.0.0.9']);
    await expect(guardedFetch(`http://localhost:${port}/`, { timeoutMs: 2000, lookup: dns }, policy)).rejects.toThrow(
      /10\.0\.0\.9, a private address/,
    );
  });

  it('refuses literal addresses without a lookup', async () => {
    const dns = fakeDns(['127.0.0.1']);
    await expect(
      guardedFetch('https://[::ffff:a9fe:a9fe]/latest', { timeoutMs: 2000, lookup: dns }, policy),
    ).rejects.toThrow(/link-local/);
    await expect(guardedFetch('https://10.0.0.1/', { timeoutMs: 2000, lookup: dns }, policy)).rejects.toThrow(
      /private address/,
    );
    expect(dns.calls).toBe(0);
  });

  it('does not follow redirects', async () => {
    const res = await guardedFetch(`http://127.0.0.1:${port}/redirect`, { timeoutMs: 2000 }, policy);
    expect(res.status).toBe(302);
  });

  it('says on saving when a name resolves to a refused address, and accepts a name that does not resolve', async () => {
    expect(await refusedAuthorityUrl(new URL('https://intern.example.nl'), policy, fakeDns(['192.168.4.4']))).toMatch(
      /intern\.example\.nl resolves to 192\.168\.4\.4/,
    );
    const unresolvable: Lookup = (_h, _o, callback) =>
      callback(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }), []);
    expect(await refusedAuthorityUrl(new URL('https://nog-niet.example.nl'), policy, unresolvable)).toBeUndefined();
  });
});

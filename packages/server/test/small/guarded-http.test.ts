import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { AuthorityPolicyError, authorityPolicyOf } from '../../src/adapters/authority-policy.ts';
import { boundedLookup, guardedFetch, refusedAuthorityUrl, type Lookup } from '../../src/adapters/guarded-http.ts';

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

  it('refuses a name that was public when saved and resolves to a refused address when connecting', async () => {
    // Loopback refused here, so the connect-time check is all that stands between the request and the
    // local test server: the URL's port is that server's, and the rebound name points at it.
    const strict = authorityPolicyOf(loadConfig({ PUBLIC_URL: 'https://weerbaar.example.nl' }));
    const target = `http://localhost:${port}/api/v1/submissions`;
    const dns = fakeDns(['193.177.0.10'], ['127.0.0.1']);
    expect(await refusedAuthorityUrl(new URL(target), strict, dns)).toBeUndefined();
    const before = requests;
    const attempt = guardedFetch(target, { method: 'POST', body: '{}', timeoutMs: 2000, lookup: dns }, strict);
    await expect(attempt).rejects.toBeInstanceOf(AuthorityPolicyError);
    await expect(attempt).rejects.toThrow('localhost resolves to 127.0.0.1, a loopback address');
    expect(requests).toBe(before);
    // The same request under a policy that allows loopback does reach the server: the count above could move.
    const res = await guardedFetch(target, { method: 'POST', body: '{}', timeoutMs: 2000, lookup: dns }, policy);
    expect(res.status).toBe(200);
    expect(requests).toBe(before + 1);
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

// A tiny DNS server on loopback: answers A queries with `a` (none: NOERROR without answers) and AAAA
// with nothing, or stays silent, so the save-time resolver is exercised over real DNS packets.
async function dnsServer(a: string[] | 'silent'): Promise<{ server: string; queries: string[]; close: () => void }> {
  const socket: Socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (msg, peer) => {
    let offset = 12;
    const labels: string[] = [];
    while (msg[offset]! > 0) {
      labels.push(msg.subarray(offset + 1, offset + 1 + msg[offset]!).toString());
      offset += msg[offset]! + 1;
    }
    const type = msg.readUInt16BE(offset + 1);
    queries.push(`${type === 1 ? 'A' : type === 28 ? 'AAAA' : type} ${labels.join('.')}`);
    if (a === 'silent') return;
    const answers = type === 1 ? a : [];
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // the query id
    header.writeUInt16BE(0x8180, 2); // a response, recursion available, NOERROR
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const records = answers.map((address) =>
      Buffer.concat([
        Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]), // the question's name, A, IN, TTL 60
        Buffer.from(address.split('.').map(Number)),
      ]),
    );
    socket.send(Buffer.concat([header, msg.subarray(12, offset + 5), ...records]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { server: `127.0.0.1:${socket.address().port}`, queries, close: () => socket.close() };
}

describe('resolving on saving', () => {
  it('asks the name servers directly (c-ares, not the threadpool) and checks what they answer', async () => {
    const dns = await dnsServer(['10.0.0.8']);
    try {
      expect(await refusedAuthorityUrl(new URL('https://intern.example.nl'), policy, boundedLookup([dns.server]))).toBe(
        'intern.example.nl resolves to 10.0.0.8, a private address (allow it with WEERBAAR_AUTHORITY_PRIVATE_NETWORKS)',
      );
      expect(dns.queries.sort()).toEqual(['A intern.example.nl', 'AAAA intern.example.nl']);
    } finally {
      dns.close();
    }
  });

  it('gives up after about two seconds and then accepts the name as "does not resolve yet"', async () => {
    const dns = await dnsServer('silent');
    try {
      const started = Date.now();
      expect(
        await refusedAuthorityUrl(new URL('https://traag.example.nl'), policy, boundedLookup([dns.server])),
      ).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(3500);
      expect(dns.queries.length).toBeGreaterThan(0);
    } finally {
      dns.close();
    }
  });

  it('answers localhost names itself (c-ares does not read /etc/hosts)', async () => {
    const strict = authorityPolicyOf(loadConfig({ PUBLIC_URL: 'https://weerbaar.example.nl' }));
    const dns = await dnsServer([]);
    try {
      expect(await refusedAuthorityUrl(new URL('http://localhost:9'), strict, boundedLookup([dns.server]))).toMatch(
        /^localhost resolves to 127\.0\.0\.1, a loopback address/,
      );
      expect(dns.queries).toEqual([]);
    } finally {
      dns.close();
    }
  });
});

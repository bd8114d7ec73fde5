import { lookup as dnsLookup, promises as dnsPromises, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { AuthorityPolicyError, refusedAddress, refusedUrl, type AuthorityPolicy } from './authority-policy.ts';

// HTTP to the authority with the address policy enforced where the socket connects: the policy
// checks the very addresses the connection uses (the lookup hook), so a name that resolved to a
// public address when the target was saved and to an internal one now is still refused. Redirects
// are not followed (a redirect would be a way around the policy) and answers are size-capped.

export type Lookup = (
  hostname: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export interface GuardedRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Name resolution; the system resolver unless a test stands in for DNS. */
  lookup?: Lookup;
}

const MAX_ANSWER_BYTES = 1024 * 1024;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const systemLookup: Lookup = (hostname, options, callback) => dnsLookup(hostname, options, callback);
const SAVE_DNS_TIMEOUT_MS = 2000;

/**
 * The lookup for the check on saving: DNS queries through c-ares with a time limit, not getaddrinfo.
 * getaddrinfo holds a libuv threadpool thread (shared with argon2 password hashing and fs) for the
 * resolver's whole timeout, so an admin saving a name in a slow DNS zone could stall sign-ins. An answer
 * that times out or does not exist means "does not resolve yet" (the connect-time check counts).
 * c-ares does not read /etc/hosts, so localhost names, always loopback (RFC 6761 §6.3), are answered here.
 * `servers` (host:port) stands in for the system's name servers in tests.
 */
export function boundedLookup(servers?: readonly string[]): Lookup {
  return (hostname, _options, callback) => {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    if (name === 'localhost' || name.endsWith('.localhost')) {
      return callback(null, [
        { address: '127.0.0.1', family: 4 },
        { address: '::1', family: 6 },
      ]);
    }
    const resolver = new dnsPromises.Resolver({ timeout: SAVE_DNS_TIMEOUT_MS, tries: 1 });
    if (servers) resolver.setServers(servers);
    void Promise.allSettled([resolver.resolve4(name), resolver.resolve6(name)]).then(([v4, v6]) => {
      const addresses = [
        ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 })) : []),
        ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 })) : []),
      ];
      if (addresses.length > 0) return callback(null, addresses);
      const failure = [v4, v6].find((r): r is PromiseRejectedResult => r.status === 'rejected');
      callback((failure?.reason as NodeJS.ErrnoException | undefined) ?? new Error(`no address for ${name}`), []);
    });
  };
}

function resolveAll(hostname: string, lookup: Lookup): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    lookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

/** A name that resolves to both a public and an internal address is refused as a whole. */
function firstRefusal(url: URL, addresses: readonly LookupAddress[], policy: AuthorityPolicy): string | undefined {
  for (const { address } of addresses) {
    const reason = refusedAddress(url, address, policy);
    if (reason) return reason;
  }
  return undefined;
}

/**
 * Why saving this authority URL is refused, or undefined. Resolves the name (boundedLookup) for an early,
 * clear answer; a name that does not resolve (yet) is accepted, because the check that counts runs at
 * connect time.
 */
export async function refusedAuthorityUrl(
  url: URL,
  policy: AuthorityPolicy,
  lookup: Lookup = boundedLookup(),
): Promise<string | undefined> {
  const byUrl = refusedUrl(url, policy);
  if (byUrl) return byUrl;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return refusedAddress(url, host, policy);
  const addresses = await resolveAll(host, lookup).catch(() => []);
  return firstRefusal(url, addresses, policy);
}

/** The resolver the socket uses: it hands over only addresses the policy allows for this URL. */
function guardedLookup(url: URL, policy: AuthorityPolicy, lookup: Lookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { all: true }, (error, all) => {
      const family = options.family === 4 || options.family === 6 ? options.family : undefined;
      const addresses = family ? all?.filter((a) => a.family === family) : all;
      const reason = error ? undefined : firstRefusal(url, addresses, policy);
      const failure = error ?? (reason ? new AuthorityPolicyError(reason) : undefined);
      if (!failure && addresses.length === 0) {
        const notFound: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
        notFound.code = 'ENOTFOUND';
        return (callback as (e: Error) => void)(notFound);
      }
      if (failure) return (callback as (e: Error) => void)(failure);
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** Like fetch(url, init), but under the authority policy; throws AuthorityPolicyError when refused. */
export async function guardedFetch(target: string, init: GuardedRequest, policy: AuthorityPolicy): Promise<Response> {
  const url = new URL(target);
  const byUrl = refusedUrl(url, policy);
  if (byUrl) throw new AuthorityPolicyError(byUrl);
  // A literal address is connected to without a lookup, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = refusedAddress(url, host, policy);
    if (reason) throw new AuthorityPolicyError(reason);
  }
  const signal = AbortSignal.timeout(init.timeoutMs);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Response>((resolve, reject) => {
    const fail = (error: Error) => reject(signal.aborted ? signal.reason : error);
    const req = client.request(
      url,
      {
        method: init.method ?? 'GET',
        headers:
          init.body === undefined ? init.headers : { ...init.headers, 'content-length': Buffer.byteLength(init.body) },
        lookup: guardedLookup(url, policy, init.lookup ?? systemLookup),
        // A fresh connection per request: every connection passes the lookup hook.
        agent: false,
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) res.destroy(new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on('error', fail);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status > 599) return fail(new Error(`unexpected HTTP status ${status}`));
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
          }
          resolve(new Response(NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), { status, headers }));
        });
      },
    );
    req.on('error', fail);
    req.end(init.body);
  });
}

import { BlockList, isIP } from 'node:net';
import { loadConfig, type Config } from '../../config.ts';

// Which authority addresses this installation may connect to. An entity admin chooses the authority
// URL, so without a policy the server could be pointed at internal hosts (SSRF). The rules:
// - WEERBAAR_AUTHORITY_HOSTS (optional allow-list of host[:port]) limits the hosts;
// - addresses that are never an authority (link-local incl. cloud metadata, unspecified, multicast,
//   reserved) are always refused;
// - loopback and private ranges are refused unless WEERBAAR_AUTHORITY_PRIVATE_NETWORKS allows them.
// This installation's own PUBLIC_URL (the demo's "same installation" target) is trusted: the
// operator chose it. Addresses are checked where the connection is made (guarded-http.ts), so a
// name that resolves differently later (DNS rebinding) gains nothing; the check on saving is for
// a clear answer early.

export interface AuthorityPolicy {
  /** Lower-case host or host:port entries; null: any host. */
  readonly allowedHosts: readonly string[] | null;
  /** Loopback and private addresses that are allowed anyway. */
  readonly privateAllowed: BlockList;
  readonly publicOrigin: string;
}

export type AuthorityPolicyConfig = Pick<Config, 'authorityHosts' | 'authorityPrivateNetworks' | 'publicUrl'>;

/** Thrown when the policy forbids a connection; its message says why and which setting allows it. */
export class AuthorityPolicyError extends Error {
  override name = 'AuthorityPolicyError';
}

type Range = readonly [address: string, prefix: number];

function blockList(ranges: readonly Range[]): BlockList {
  const list = new BlockList();
  for (const [address, prefix] of ranges) list.addSubnet(address, prefix, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return list;
}

// Never an authority, whatever is configured (IANA special-purpose registries, RFC 6890).
const NEVER: readonly { label: string; list: BlockList }[] = [
  {
    label: 'an unspecified address',
    list: blockList([
      ['0.0.0.0', 8],
      ['::', 128],
    ]),
  },
  {
    label: 'a link-local address',
    list: blockList([
      ['169.254.0.0', 16],
      ['fe80::', 10],
    ]),
  },
  {
    label: 'a multicast address',
    list: blockList([
      ['224.0.0.0', 4],
      ['ff00::', 8],
    ]),
  },
  { label: 'a reserved address', list: blockList([['240.0.0.0', 4]]) },
  // Metadata services outside the link-local range (AWS IPv6, Alibaba Cloud).
  {
    label: 'a cloud metadata address',
    list: blockList([
      ['fd00:ec2::254', 128],
      ['100.100.100.200', 32],
    ]),
  },
];

// Internal networks: refused unless WEERBAAR_AUTHORITY_PRIVATE_NETWORKS allows them.
const INTERNAL: readonly { label: string; list: BlockList }[] = [
  {
    label: 'a loopback address',
    list: blockList([
      ['127.0.0.0', 8],
      ['::1', 128],
    ]),
  },
  {
    label: 'a private address',
    list: blockList([
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
      ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
      ['192.0.0.0', 24], // IETF protocol assignments
      ['198.18.0.0', 15], // benchmarking (RFC 2544)
      ['fc00::', 7], // unique local (RFC 4193)
      ['fec0::', 10], // site-local (deprecated, RFC 3879)
    ]),
  },
];

/** The eight 16-bit groups of an IPv6 address (with '::' and a dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const NAT64 = blockList([['64:ff9b::', 96]]);
const SIX_TO_FOUR = blockList([['2002::', 16]]);

/** IPv6 forms that carry an IPv4 address (NAT64, 6to4) reach that IPv4 host, so it is checked too. */
function embeddedIpv4(address: string): string | undefined {
  if (isIP(address) !== 6) return undefined;
  const g = ipv6Groups(address);
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (NAT64.check(address, 'ipv6')) return quad(g[6]!, g[7]!);
  if (SIX_TO_FOUR.check(address, 'ipv6')) return quad(g[1]!, g[2]!);
  return undefined;
}

function inRanges(address: string, ranges: readonly { label: string; list: BlockList }[]): string | undefined {
  const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return ranges.find((r) => r.list.check(address, type))?.label;
}

export function authorityPolicyOf(config: AuthorityPolicyConfig): AuthorityPolicy {
  const privateAllowed = new BlockList();
  for (const cidr of config.authorityPrivateNetworks) {
    const [address, prefix] = cidr.split('/') as [string, string | undefined];
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    privateAllowed.addSubnet(address, Number(prefix ?? (type === 'ipv6' ? 128 : 32)), type);
  }
  return {
    allowedHosts: config.authorityHosts?.map((h) => h.toLowerCase()) ?? null,
    privateAllowed,
    publicOrigin: new URL(config.publicUrl).origin,
  };
}

/** The policy as configured in the environment, read at connect time (the job runner has no Config). */
export function currentAuthorityPolicy(): AuthorityPolicy {
  return authorityPolicyOf(loadConfig(process.env));
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEFAULT_PORT: Record<string, string> = { 'https:': '443', 'http:': '80' };

function isOwnInstallation(url: URL, policy: AuthorityPolicy): boolean {
  return url.origin === policy.publicOrigin;
}

/** Why this URL may not be used as an authority URL (scheme, allow-list), or undefined when it may. */
export function refusedUrl(url: URL, policy: AuthorityPolicy): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https URL';
  if (isOwnInstallation(url, policy)) return undefined;
  // The token travels in the clear over http, so plain http only to this machine or this installation.
  if (url.protocol === 'http:' && !LOOPBACK_NAMES.has(url.hostname)) {
    return 'must use https (http only for this installation or localhost)';
  }
  if (policy.allowedHosts) {
    const host = url.hostname.toLowerCase();
    const port = url.port || DEFAULT_PORT[url.protocol]!;
    if (!policy.allowedHosts.includes(host) && !policy.allowedHosts.includes(`${host}:${port}`)) {
      return `${url.host} is not an allowed authority host (WEERBAAR_AUTHORITY_HOSTS)`;
    }
  }
  return undefined;
}

/** Why the server may not connect to this resolved address for this URL, or undefined when it may. */
export function refusedAddress(url: URL, address: string, policy: AuthorityPolicy): string | undefined {
  const shown = url.hostname.replace(/^\[|\]$/g, '') === address ? address : `${url.hostname} resolves to ${address}`;
  const candidates = [address, embeddedIpv4(address)].filter((a): a is string => a !== undefined);
  for (const candidate of candidates) {
    const never = inRanges(candidate, NEVER);
    if (never) return `${shown}, ${never}, which is never an authority`;
  }
  if (isOwnInstallation(url, policy)) return undefined;
  for (const candidate of candidates) {
    const internal = inRanges(candidate, INTERNAL);
    const type = isIP(candidate) === 6 ? 'ipv6' : 'ipv4';
    if (internal && !policy.privateAllowed.check(candidate, type)) {
      return `${shown}, ${internal} (allow it with WEERBAAR_AUTHORITY_PRIVATE_NETWORKS)`;
    }
  }
  return undefined;
}

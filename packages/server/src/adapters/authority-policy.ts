import { BlockList, isIP } from 'node:net';
import type { Config } from '../config.ts';

// Which authority addresses this installation may connect to. An entity admin chooses the authority
// URL, so without a policy the server could be pointed at internal hosts (SSRF). The rules:
// - WEERBAAR_AUTHORITY_HOSTS (optional allow-list of host[:port]) limits the hosts;
// - addresses that are never an authority (link-local incl. cloud metadata, unspecified, multicast,
//   reserved) are always refused;
// - loopback and private ranges are refused unless WEERBAAR_AUTHORITY_PRIVATE_NETWORKS allows them
//   (reminder webhooks: WEERBAAR_WEBHOOK_PRIVATE_NETWORKS, so opening one never opens the other).
// This installation's own PUBLIC_URL (the demo's "same installation" target) is trusted: the
// operator chose it. Addresses are checked where the connection is made (guarded-http.ts), so a
// name that resolves differently later (DNS rebinding) gains nothing; the check on saving is for
// a clear answer early.

export interface AuthorityPolicy {
  /** Lower-case host or host:port entries; null: any host. */
  readonly allowedHosts: readonly string[] | null;
  /** Loopback and private addresses that are allowed anyway. */
  readonly privateAllowed: BlockList;
  /** The setting that allows them, named in the refusal. */
  readonly privateSetting: 'WEERBAAR_AUTHORITY_PRIVATE_NETWORKS' | 'WEERBAAR_WEBHOOK_PRIVATE_NETWORKS';
  readonly publicOrigin: string;
}

export type AuthorityPolicyConfig = Pick<
  Config,
  'authorityHosts' | 'authorityPrivateNetworks' | 'webhookPrivateNetworks' | 'publicUrl'
>;

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

interface RangeSet {
  label: string;
  list: BlockList;
  /** Addresses inside the list that this entry leaves to the other rules. */
  except?: BlockList;
}

// Never an authority, whatever is configured (IANA special-purpose registries, RFC 6890).
const NEVER: readonly RangeSet[] = [
  {
    label: 'an unspecified address',
    list: blockList([
      ['0.0.0.0', 8],
      ['::', 128],
    ]),
  },
  // ::a.b.c.d reaches the IPv4 host on some stacks; deprecated (RFC 4291 §2.5.5.1), so never legitimate.
  // node:net BlockList matches only the ::ffff: form against IPv4 ranges, so this one is refused whole.
  // :: and ::1 are in this range too and keep their own rules (unspecified above, loopback below).
  {
    label: 'an IPv4-compatible IPv6 address',
    list: blockList([['::', 96]]),
    except: blockList([
      ['::', 128],
      ['::1', 128],
    ]),
  },
  // Local-use NAT64 (RFC 8215) reaches IPv4 hosts through a prefix of the operator's choosing inside
  // this /48, so the embedded IPv4 address cannot be told reliably: refused whole.
  { label: 'a local-use NAT64 address', list: blockList([['64:ff9b:1::', 48]]) },
  // Teredo (RFC 4380) tunnels to an IPv4 server and client carried (obfuscated) inside the address.
  { label: 'a Teredo address', list: blockList([['2001::', 32]]) },
  { label: 'a documentation address', list: blockList([['2001:db8::', 32]]) }, // RFC 3849
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

// Internal networks: refused unless the policy's private networks setting allows them.
const INTERNAL: readonly RangeSet[] = [
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

function inRanges(address: string, ranges: readonly RangeSet[]): string | undefined {
  const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return ranges.find((r) => r.list.check(address, type) && !r.except?.check(address, type))?.label;
}

function cidrList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, prefix] = cidr.split('/') as [string, string | undefined];
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    list.addSubnet(address, Number(prefix ?? (type === 'ipv6' ? 128 : 32)), type);
  }
  return list;
}

export function authorityPolicyOf(config: AuthorityPolicyConfig): AuthorityPolicy {
  return {
    allowedHosts: config.authorityHosts?.map((h) => h.toLowerCase()) ?? null,
    privateAllowed: cidrList(config.authorityPrivateNetworks),
    privateSetting: 'WEERBAAR_AUTHORITY_PRIVATE_NETWORKS',
    publicOrigin: new URL(config.publicUrl).origin,
  };
}

/**
 * Reminder webhooks go to the organisation's own tools: no authority host allow-list, but the same
 * address rules, with their own private networks setting.
 */
export function webhookPolicyOf(config: AuthorityPolicyConfig): AuthorityPolicy {
  return {
    allowedHosts: null,
    privateAllowed: cidrList(config.webhookPrivateNetworks),
    privateSetting: 'WEERBAAR_WEBHOOK_PRIVATE_NETWORKS',
    publicOrigin: new URL(config.publicUrl).origin,
  };
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
      return `${shown}, ${internal} (allow it with ${policy.privateSetting})`;
    }
  }
  return undefined;
}

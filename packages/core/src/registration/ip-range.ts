// CIDR blocks of the entity's public IP ranges (NIS2 Art. 3(4)(b) and Art. 27(2)(f); Cbw arts. 44(1) and
// 47(3)). Parsed by hand (no I/O, runs in the browser): IPv4 dotted quads and IPv6 with '::' compression.

export interface CidrBlock {
  version: 4 | 6;
  /** The network address as an unsigned integer. */
  network: bigint;
  prefix: number;
}

export type CidrParseResult =
  | { ok: true; block: CidrBlock; canonical: string }
  | { ok: false; reason: string; code: 'cidr' | 'cidr_host_bits' | 'cidr_not_public'; params?: { network: string } };

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // No leading zeros: '010' is octal in some parsers and decimal in others.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:]+$/.test(text) || text.includes(':::')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    value = (value << 16n) | BigInt(`0x${g}`);
  }
  return value;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
}

/** RFC 5952 text form: lower case, longest run of zero groups (length ≥ 2) as '::'. */
function formatIpv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt((7 - i) * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function bitsOf(version: 4 | 6): number {
  return version === 4 ? 32 : 128;
}

// Ranges that are never public on the internet, so cannot be the entity's public IP ranges.
// RFC 6890 special-purpose registries; the documentation ranges (RFC 5737, RFC 3849) stay allowed for examples.
const NOT_PUBLIC: { text: string; why: string }[] = [
  { text: '0.0.0.0/8', why: '"this network" (RFC 6890)' },
  { text: '10.0.0.0/8', why: 'private (RFC 1918)' },
  { text: '100.64.0.0/10', why: 'carrier-grade NAT (RFC 6598)' },
  { text: '127.0.0.0/8', why: 'loopback' },
  { text: '169.254.0.0/16', why: 'link-local' },
  { text: '172.16.0.0/12', why: 'private (RFC 1918)' },
  { text: '192.168.0.0/16', why: 'private (RFC 1918)' },
  { text: '224.0.0.0/4', why: 'multicast' },
  { text: '240.0.0.0/4', why: 'reserved' },
  { text: '::/127', why: 'unspecified or loopback' },
  { text: 'fc00::/7', why: 'unique local (RFC 4193)' },
  { text: 'fe80::/10', why: 'link-local' },
  { text: 'ff00::/8', why: 'multicast' },
];

function lastAddress(b: CidrBlock): bigint {
  const hostBits = BigInt(bitsOf(b.version) - b.prefix);
  return b.network | ((1n << hostBits) - 1n);
}

function overlaps(a: CidrBlock, b: CidrBlock): boolean {
  return a.version === b.version && a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

function parseBlock(text: string): CidrParseResult {
  const match = /^([^/\s]+)\/(\d{1,3})$/.exec(text.trim());
  if (!match) return { ok: false, code: 'cidr', reason: 'must be a CIDR block such as 192.0.2.0/24 or 2001:db8::/32' };
  const [, address, prefixText] = match as unknown as [string, string, string];
  const version: 4 | 6 = address.includes(':') ? 6 : 4;
  const value = version === 4 ? parseIpv4(address) : parseIpv6(address);
  if (value === null) return { ok: false, code: 'cidr', reason: `'${address}' is not a valid IPv${version} address` };
  const prefix = Number(prefixText);
  if (prefixText.length > 1 && prefixText.startsWith('0'))
    return { ok: false, code: 'cidr', reason: 'prefix length has a leading zero' };
  if (prefix > bitsOf(version))
    return { ok: false, code: 'cidr', reason: `prefix length must be 0-${bitsOf(version)} for IPv${version}` };
  const hostBits = BigInt(bitsOf(version) - prefix);
  const network = (value >> hostBits) << hostBits;
  const format = version === 4 ? formatIpv4 : formatIpv6;
  const canonical = `${format(network)}/${prefix}`;
  if (network !== value)
    return {
      ok: false,
      code: 'cidr_host_bits',
      params: { network: canonical },
      reason: `host bits are set; the network is ${canonical}`,
    };
  return { ok: true, block: { version, network, prefix }, canonical };
}

const RESERVED = NOT_PUBLIC.map((r) => ({ ...r, block: (parseBlock(r.text) as { block: CidrBlock }).block }));

/** Parses a public CIDR block; the reason says what is wrong in words a person can act on. */
export function parseCidr(text: string): CidrParseResult {
  const parsed = parseBlock(text);
  if (!parsed.ok) return parsed;
  const reserved = RESERVED.find((r) => overlaps(r.block, parsed.block));
  if (reserved)
    return {
      ok: false,
      code: 'cidr_not_public',
      reason: `overlaps ${reserved.text}, which is ${reserved.why} and not a public range`,
    };
  return parsed;
}

// Versions and version ranges of CSAF 2.0 advisories (§3.1.2.3.2 branches: product_version,
// product_version_range). A range is written in `vers` (the purl project's version-range specifier,
// `vers:<scheme>/<constraint>|…`, recommended by CSAF §3.1.2.3.2.1) or in `vls`, a free "version
// list string". Real advisories (the 344 CISA ICS advisories of 2024) mostly use `vers:all/…` and
// bare comparators such as `<=V3.2`, `>=R1.01.00|<R2.03.00` or `8.001|8.002`: those are parsed; text
// that names no version ("All versions with Fortinet NGFW") counts as every version. What cannot be
// read at all is reported as not certain, so an alert can say so rather than stay silent.

/** One comparable part of a version: a number or a run of letters. */
export type VersionToken = number | string;
type Token = VersionToken;

/** A version as comparable parts; matching tokenizes each version once and compares the parts. */
export function versionTokens(version: string): Token[] {
  // "V4.00", "R1.01.00" and "v2.74": a leading letter before a digit is a prefix, not part of the version.
  const v = version.trim().toLowerCase();
  const tokens: Token[] = [];
  let i = /^[vr]\d/.test(v) ? 1 : 0;
  // A hand-written scan: matching tokenizes every inventory version, and a regex iterator costs more.
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let n = 0;
      while (i < v.length && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) n = n * 10 + (v.charCodeAt(i++) - 48);
      tokens.push(n);
    } else if (c >= 97 && c <= 122) {
      const start = i;
      while (i < v.length && v.charCodeAt(i) >= 97 && v.charCodeAt(i) <= 122) i++;
      tokens.push(v.slice(start, i));
    } else i++;
  }
  return tokens;
}

/** Negative when a < b, 0 when equal, positive when a > b; numbers compare as numbers, "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  return compareTokens(versionTokens(a), versionTokens(b));
}

export function compareTokens(ta: readonly Token[], tb: readonly Token[]): number {
  const n = Math.max(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const x = ta[i] ?? 0;
    const y = tb[i] ?? 0;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // A number after the common part is a later release ("1.0.1" > "1.0b"); letters compare as text.
    if (typeof x === 'number') return 1;
    if (typeof y === 'number') return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

type Comparator = '<' | '<=' | '>' | '>=' | '=' | '!=';
interface Constraint {
  op: Comparator;
  version: string;
  tokens: Token[];
}

/** A parsed range: every version, a list of constraints (vers semantics), or text we could not read. */
export type VersionRange = { kind: 'all' } | { kind: 'constraints'; constraints: Constraint[] } | { kind: 'unknown' };

const CONSTRAINT = /^(<=|>=|!=|<|>|=)?\s*([vVrR]?\d[0-9A-Za-z._\-+]*)/;

/** Reads a `vers` or `vls` string; see the file comment for what counts as a version list. */
export function parseVersionRange(text: string): VersionRange {
  let body = text.trim();
  const vers = /^vers:[a-z0-9.\-+]+\/(.*)$/i.exec(body);
  if (vers) body = vers[1]!.trim();
  if (body === '*' || body === '') return { kind: 'all' };
  if (/^all\b/i.test(body) && !/[<>=]/.test(body)) return { kind: 'all' };
  // "all versions < 4.1", "versions prior to 2.0": keep the comparator part.
  body = body.replace(/^all versions?\s*/i, '').replace(/^(?:versions?\s+)?prior to\s+/i, '<');
  const constraints: Constraint[] = [];
  for (const part of body.split('|')) {
    const m = CONSTRAINT.exec(part.trim());
    if (!m) return { kind: 'unknown' };
    // "<V7.5_SP2_Update_15": underscores separate parts of one version (service pack, update).
    const version = m[2]!.replace(/[._\-+]+$/, '');
    constraints.push({ op: (m[1] as Comparator | undefined) ?? '=', version, tokens: versionTokens(version) });
  }
  // Sorted once here: the range constraints form intervals in version order.
  constraints.sort((a, b) => compareTokens(a.tokens, b.tokens));
  return constraints.length > 0 ? { kind: 'constraints', constraints } : { kind: 'unknown' };
}

function satisfies(version: readonly Token[], c: Constraint): boolean {
  const d = compareTokens(version, c.tokens);
  switch (c.op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    case '=':
      return d === 0;
    case '!=':
      return d !== 0;
  }
}

/**
 * Whether `version` lies in the range: the `vers` algorithm (github.com/package-url/purl-spec, VERSION-RANGE-SPEC):
 * an equal constraint matches itself, `!=` excludes, and the range constraints sorted by version form
 * intervals (a leading `<`/`<=`, a `>`/`>=` followed by a `<`/`<=`, a trailing `>`/`>=`).
 * Returns undefined when the range could not be read.
 */
export function inVersionRange(version: string | readonly Token[], range: VersionRange): boolean | undefined {
  if (range.kind === 'all') return true;
  if (range.kind === 'unknown') return undefined;
  const v = typeof version === 'string' ? versionTokens(version) : version;
  for (const c of range.constraints) {
    if (c.op === '!=' && compareTokens(v, c.tokens) === 0) return false;
    if (c.op === '=' && compareTokens(v, c.tokens) === 0) return true;
  }
  const ranged = range.constraints.filter((c) => c.op !== '=' && c.op !== '!=');
  for (let i = 0; i < ranged.length; i++) {
    const c = ranged[i]!;
    if (c.op === '<' || c.op === '<=') {
      if (i === 0 && satisfies(v, c)) return true;
      continue;
    }
    const next = ranged[i + 1];
    if (next && (next.op === '<' || next.op === '<=')) {
      if (satisfies(v, c) && satisfies(v, next)) return true;
    } else if (satisfies(v, c)) return true;
  }
  return false;
}

// Three-valued logic for criteria over facts that may be unknown. A criterion is `met`, `not_met`, or
// `unknown` with the missing facts that could still decide it. The combinators only report a fact as
// missing where it can change the result, and never decide a value that a missing fact could flip.

export type Tri<K extends string> = { kind: 'met' } | { kind: 'not_met' } | { kind: 'unknown'; missing: K[] };

export const MET = { kind: 'met' } as const;
export const NOT_MET = { kind: 'not_met' } as const;
const unknownOf = <K extends string>(missing: K[]): Tri<K> => ({ kind: 'unknown', missing: [...new Set(missing)] });

export const fromBoolean = <K extends string>(value: boolean): Tri<K> => (value ? MET : NOT_MET);

export function allOf<K extends string>(...parts: Tri<K>[]): Tri<K> {
  if (parts.some((p) => p.kind === 'not_met')) return NOT_MET;
  const missing = parts.flatMap((p) => (p.kind === 'unknown' ? p.missing : []));
  return missing.length > 0 ? unknownOf(missing) : MET;
}

export function anyOf<K extends string>(...parts: Tri<K>[]): Tri<K> {
  if (parts.some((p) => p.kind === 'met')) return MET;
  const missing = parts.flatMap((p) => (p.kind === 'unknown' ? p.missing : []));
  return missing.length > 0 ? unknownOf(missing) : NOT_MET;
}

export function negate<K extends string>(part: Tri<K>): Tri<K> {
  if (part.kind === 'unknown') return part;
  return part.kind === 'met' ? NOT_MET : MET;
}

type Facts<K extends string> = { readonly [P in K]?: unknown };

export function isTrue<K extends string>(facts: Facts<K>, key: K): Tri<K> {
  const value = facts[key];
  return typeof value === 'boolean' ? fromBoolean(value) : unknownOf([key]);
}

/** `facts[key] > threshold` ("more than"). */
export function exceeds<K extends string>(facts: Facts<K>, key: K, threshold: number): Tri<K> {
  const value = facts[key];
  return typeof value === 'number' ? fromBoolean(value > threshold) : unknownOf([key]);
}

/** `facts[key] < limit` ("fewer than"). */
export function below<K extends string>(facts: Facts<K>, key: K, limit: number): Tri<K> {
  const value = facts[key];
  return typeof value === 'number' ? fromBoolean(value < limit) : unknownOf([key]);
}

/** A share as an exact fraction, so thresholds like 5 % compare without floating-point error. */
export interface Share {
  numerator: number;
  denominator: number;
}

/**
 * "More than `share` of the total, or more than `cap`, whichever number is smaller":
 * part > min(share × total, cap). Decided without the total when part > cap or part = 0.
 */
export function exceedsShareOrCap<K extends string>(
  facts: Facts<K>,
  partKey: K,
  totalKey: K,
  share: Share,
  cap: number,
): Tri<K> {
  const part = facts[partKey];
  const total = facts[totalKey];
  if (typeof part !== 'number') return unknownOf(typeof total === 'number' ? [partKey] : [partKey, totalKey]);
  if (part > cap) return MET;
  if (part === 0) return NOT_MET;
  if (typeof total !== 'number') return unknownOf([totalKey]);
  return fromBoolean(part * share.denominator > total * share.numerator);
}

/** part ≤ share × total ("amounting to no more than"). Decided without the total when part = 0. */
export function atMostShare<K extends string>(facts: Facts<K>, partKey: K, totalKey: K, share: Share): Tri<K> {
  const part = facts[partKey];
  const total = facts[totalKey];
  if (typeof part !== 'number') return unknownOf(typeof total === 'number' ? [partKey] : [partKey, totalKey]);
  if (part === 0) return MET;
  if (typeof total !== 'number') return unknownOf([totalKey]);
  return fromBoolean(part * share.denominator <= total * share.numerator);
}

// Campaign detection (issue 15 item 2): the indicators of compromise in received reports (NIS2 Art.
// 23(4)(b); Cbw art. 27(1)(c): "indicatoren voor aantasting", where available) are compared across
// entities. Two reports name the same indicator only when their canonical forms are equal, so each value
// goes through the platform's one normalisation (incidents/observables.ts) and then through the forms
// that normalisation leaves apart: an IPv6 address in its RFC 5952 text form, and an IPv4-mapped IPv6
// address (::ffff:192.0.2.1, RFC 4291 §2.5.5.2) as the IPv4 address it is.
import { normaliseObservable, type ObservableType, OBSERVABLE_TYPES } from '../incidents/observables.ts';

export interface IndicatorKey {
  type: ObservableType;
  value: string;
}

/** The eight 16-bit groups of a valid IPv6 address (already checked by normaliseObservable). */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  // A dotted IPv4 tail (::ffff:192.0.2.1) is two groups.
  const dotted = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(2).map(Number) as [number, number, number, number];
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : missing < 1) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.some((g) => Number.isNaN(g) || g < 0 || g > 0xffff) ? null : groups;
}

/** RFC 5952 §4: lower case, no leading zeros, the longest run of two or more zero groups as "::" (the first on a tie). */
function ipv6Text(groups: number[]): string {
  let best = { at: -1, length: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { at: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.length < 2) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`;
}

/**
 * The canonical form of an indicator, or null when the value is not valid for its type (a sender on an older
 * version may have sent one; it is then not compared, never guessed).
 */
export function indicatorKey(type: ObservableType, raw: string): IndicatorKey | null {
  const checked = normaliseObservable(type, raw);
  if (!checked.ok) return null;
  if (type !== 'ipv6') return { type, value: checked.value };
  const groups = ipv6Groups(checked.value);
  if (!groups) return { type, value: checked.value };
  // ::ffff:0:0/96 holds an IPv4 address: the same host as that address written as IPv4.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi, lo] = [groups[6]!, groups[7]!];
    return { type: 'ipv4', value: [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.') };
  }
  return { type, value: ipv6Text(groups) };
}

const isObservableType = (t: unknown): t is ObservableType =>
  typeof t === 'string' && (OBSERVABLE_TYPES as readonly string[]).includes(t);

/**
 * The distinct canonical indicators a received report names: `content.indicatorsOfCompromise` of any stage
 * that has it (the notification, NIS2 Art. 23(4)(b), and the voluntary notification). The payload was
 * validated at intake; anything else in it is ignored. The report schemas name no products, so there are
 * none to compare yet.
 */
export function indicatorsOfReport(content: unknown): IndicatorKey[] {
  const list = (content as { indicatorsOfCompromise?: unknown } | null)?.indicatorsOfCompromise;
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, IndicatorKey>();
  for (const item of list as { type?: unknown; value?: unknown }[]) {
    if (!isObservableType(item?.type) || typeof item.value !== 'string') continue;
    const key = indicatorKey(item.type, item.value);
    if (key) seen.set(`${key.type}\u0000${key.value}`, key);
  }
  return [...seen.values()];
}

/** NIS2 Art. 23; issue 15 item 2: a campaign is an indicator that at least this many different entities reported. */
export const CAMPAIGN_MIN_ENTITIES = 2;

// Sign-in throttling by source (docs/OPERATIONS.md, "Sign-in throttling"). Wrong passwords and codes
// count per address and per address + account; past a free number of failures each further one blocks
// that source for twice as long as the last. The account itself is never locked: an attacker who knows
// someone's e-mail address slows down only himself, and the owner signs in from anywhere else. A block
// answers 429 with Retry-After, the same for known and unknown accounts (no account enumeration).
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { DomainError } from '@weerbaar/core/platform';
import type { DbOrTrx, Trx } from '../../db/database.ts';
import {
  blockSignInSource,
  clearSignInThrottle,
  countSignInFailure,
  findSignInBlock,
} from '../../repositories/sign-in-throttle.repository.ts';
import { deriveKey, type SecretBoxConfig } from '../../adapters/secret-box.ts';

interface ThrottleRule {
  /** Failures within the window before the first block. */
  free: number;
  firstBlockSeconds: number;
  maxBlockSeconds: number;
}

/**
 * One address and one account: a person who mistypes a few times is never blocked; a guesser gets 5
 * tries, then 30 s, 1 min, 2 min … up to 15 min per further failure — a few hundred guesses a day.
 */
export const ACCOUNT_RULE: ThrottleRule = { free: 5, firstBlockSeconds: 30, maxBlockSeconds: 15 * 60 };
/**
 * One address, any account (password spraying, credential stuffing): 30 failures, then 1 min doubling up
 * to an hour. An office behind one NAT address shares it, hence the larger allowance.
 */
export const ADDRESS_RULE: ThrottleRule = { free: 30, firstBlockSeconds: 60, maxBlockSeconds: 60 * 60 };
/** A count starts afresh after an hour without failures. */
export const THROTTLE_WINDOW_MS = 60 * 60_000;

export interface ThrottleKeys {
  address: string;
  account: string;
}

/**
 * The source of an attempt. IPv6 counts per /64: one subscriber gets a whole /64 and could otherwise take
 * a fresh address for every guess.
 */
export function sourceOf(ip: string): string {
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return mapped;
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, '0'))
    .join(':')}::/64`;
}

/**
 * The keys an attempt counts on. The account part is a keyed hash of the address typed, so the table names
 * no e-mail address and an unknown account is counted exactly like a known one.
 */
export function throttleKeys(config: SecretBoxConfig, ip: string, email: string): ThrottleKeys {
  const source = sourceOf(ip);
  const account = createHmac('sha256', deriveKey(config, 'sign-in-throttle'))
    .update(email.trim().toLowerCase())
    .digest('base64url');
  return { address: `address:${source}`, account: `account:${source}:${account}` };
}

export class SignInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `Too many failed sign-ins from this address; try again in ${retryAfterSeconds} s`);
  }
}

export function throttled(until: Date, now: Date): SignInThrottled {
  return new SignInThrottled(Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)));
}

/** Until when the address, or the address with this account, is blocked; undefined when it is not. */
export async function findThrottle(db: DbOrTrx, keys: ThrottleKeys, now: Date): Promise<Date | undefined> {
  return findSignInBlock(db, [keys.address, keys.account], now);
}

function blockAfter(rule: ThrottleRule, failures: number, now: Date): Date | null {
  if (failures <= rule.free) return null;
  // Capped exponent: 2^30 s is far past any cap, and larger exponents would overflow the date.
  const seconds = Math.min(rule.maxBlockSeconds, rule.firstBlockSeconds * 2 ** Math.min(failures - rule.free - 1, 30));
  return new Date(now.getTime() + seconds * 1000);
}

/**
 * Counts a failure on both keys: the count of this address with this account, and the block the failure
 * starts (the later of the two keys'), if any.
 */
export async function countThrottledFailure(
  trx: Trx,
  keys: ThrottleKeys,
  now: Date,
): Promise<{ failures: number; blockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  let blockedUntil: Date | null = null;
  let failures = 0;
  for (const [key, rule] of [
    [keys.account, ACCOUNT_RULE],
    [keys.address, ADDRESS_RULE],
  ] as const) {
    const count = await countSignInFailure(trx, key, now, windowStart);
    if (key === keys.account) failures = count;
    const until = blockAfter(rule, count, now);
    if (until) {
      await blockSignInSource(trx, key, until);
      if (!blockedUntil || until > blockedUntil) blockedUntil = until;
    }
  }
  return { failures, blockedUntil };
}

/**
 * A right password (and second factor) clears this address's count for the account. The address's own
 * count is left to run out: one valid account must not buy a sprayer a fresh allowance.
 */
export async function clearAccountThrottle(trx: Trx, keys: ThrottleKeys): Promise<void> {
  await clearSignInThrottle(trx, keys.account);
}

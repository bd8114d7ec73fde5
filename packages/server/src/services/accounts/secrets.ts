import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 (~22 ms here).
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Unknown users are checked against a dummy hash, so response time does not reveal who exists.
  const target = passwordHash ?? (await dummyHash());
  try {
    return (await verify(target, password)) && passwordHash !== null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** Random bearer secrets are high-entropy, so a fast hash (sha256) is the right one for storing them. */
export function sha256Token(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSecret(prefix: string, bytes = 32): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(bytes).toString('base64url')}`;
  return { token, hash: sha256Token(token) };
}

export function newRecoveryCodes(count = 10): string[] {
  // 10 hex characters in two groups: easy to type, 40 bits each, single use.
  return Array.from({ length: count }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase();
}

import { generateSecret, generateURI, verifySync } from 'otplib';

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: 'Weerbaar', label: email, secret });
}

/**
 * RFC 6238 with one step of clock drift either way. Returns the accepted time step, or null.
 * Steps at or before `lastStep` are refused so an observed code cannot be replayed.
 */
export function verifyTotp(secret: string, code: string, lastStep: number | null): number | null {
  const result = verifySync({
    secret,
    token: code,
    epochTolerance: 30,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  if (!result.valid) return null;
  // RFC 6238 time step of the matching code (TOTP results carry it; the union type also admits HOTP).
  return 'timeStep' in result ? result.timeStep : null;
}

import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { deriveKey, type SecretBoxConfig } from './secret-box.ts';

// The installation's Ed25519 audit key. Its seed is derived from the secret key (secret-box.ts), so like
// that key it is never in the database: a database superuser who rewrites the audit trail cannot sign the
// rewritten chain heads. The same secret key always gives the same key pair; keep it with the backups.

export interface InstallationKey {
  keyId: string;
  /** SPKI, PEM encoded. */
  publicKey: string;
  privateKey: KeyObject;
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): this prefix, then the seed.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
let cached: { seed: Buffer; key: InstallationKey } | undefined;

/** The first 16 hex characters of the sha256 of the public key (DER): how keys are named everywhere. */
export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

export function installationKey(config: SecretBoxConfig): InstallationKey {
  const seed = deriveKey(config, 'audit-anchor-ed25519');
  if (!cached?.seed.equals(seed)) {
    const privateKey = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    });
    const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
    cached = { seed, key: { keyId: keyIdOf(publicKey), publicKey, privateKey } };
  }
  return cached.key;
}

export function signEd25519(key: InstallationKey, message: Buffer): string {
  return sign(null, message, key.privateKey).toString('base64');
}

// Parsing a PEM key costs about as much as verifying with it; the authority's intake sees the same few
// sender keys over and over, so parsed keys are kept (a bounded cache: emptied when it grows past 1,000).
const parsedKeys = new Map<string, KeyObject>();

function publicKeyOf(pem: string): KeyObject {
  let key = parsedKeys.get(pem);
  if (!key) {
    if (parsedKeys.size >= 1000) parsedKeys.clear();
    parsedKeys.set(pem, (key = createPublicKey(pem)));
  }
  return key;
}

export function verifyEd25519(publicKeyPem: string, message: Buffer, signature: string): boolean {
  try {
    return verify(null, message, publicKeyOf(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

// Secrets the installation must use later (delivery API tokens, the receipt signing key) are stored
// encrypted with AES-256-GCM, so a database dump or backup alone does not reveal them.
// The key: WEERBAAR_SECRET_KEY (32 bytes, base64 or hex; config.secretKey) or <data dir>/secret.key, created on
// first use. Callers pass their Config, so the key is never read from the environment here.

/** What the secret box reads of the configuration. */
export type SecretBoxConfig = Pick<Config, 'secretKey' | 'dataDir'>;

const VERSION = 'v1';
let cached: { source: string; key: Buffer } | undefined;

function parseKey(text: string, source: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${source} must hold 32 bytes (base64 or 64 hex characters)`);
  return key;
}

/** Creates the key file atomically: a concurrent process either wins the link or reads the winner's file. */
function readOrCreateKeyFile(file: string): Buffer {
  try {
    return parseKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return parseKey(readFileSync(file, 'utf8'), file);
}

function secretKey(config: SecretBoxConfig): Buffer {
  const fromConfig = config.secretKey;
  // The configured key itself is the cache key, so a changed configuration never reuses the old key.
  const source = fromConfig ? `config:${fromConfig}` : path.join(config.dataDir, 'secret.key');
  if (cached?.source !== source) {
    cached = {
      source,
      key: fromConfig ? parseKey(fromConfig, 'WEERBAAR_SECRET_KEY') : readOrCreateKeyFile(source),
    };
  }
  return cached.key;
}

/**
 * A key for one purpose derived from the installation's secret key (HKDF-SHA256): what the CSRF tokens and
 * the audit checkpoints are signed with. Like the secret key it is never in the database, so a database
 * dump or a database superuser cannot forge what it signs. Another purpose gives an unrelated key.
 */
export function deriveKey(config: SecretBoxConfig, purpose: string, length = 32): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey(config), Buffer.alloc(0), `weerbaar:${purpose}`, length));
}

/** 'v1.<iv>.<tag>.<ciphertext>' in base64url; the purpose is bound as associated data. */
export function sealSecret(config: SecretBoxConfig, plaintext: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(config), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Throws when the secret key changed since sealing (e.g. a restore onto another machine). */
export function openSecret(config: SecretBoxConfig, sealed: string, purpose: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('sealed secret has an unknown format');
  const decipher = createDecipheriv('aes-256-gcm', secretKey(config), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(
      "stored secret cannot be decrypted with this installation's secret key (WEERBAAR_SECRET_KEY or data/secret.key); enter it again",
    );
  }
}

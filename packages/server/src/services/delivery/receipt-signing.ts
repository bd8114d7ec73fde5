import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { ReceiptClaims, ReceiptKey } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import {
  findActiveSigningKey,
  insertSigningKey,
  listSigningKeys,
  lockSigningKeyCreation,
} from '../../repositories/signing-key.repository.ts';
import { canonicalJson } from '../../kernel/audit-chain.ts';
import { openSecret, sealSecret } from '../../adapters/secret-box.ts';

// Receipts are signed with the installation's Ed25519 key, so an entity can prove later what the authority
// acknowledged and when, without trusting its own database.

const PURPOSE = 'signing-key';

export interface ActiveKey {
  keyId: string;
  privateKey: KeyObject;
}
// Nothing retires a key while the server runs, so the decrypted key is kept per database after its
// first lookup (no query on the intake's hot path). A key retired by hand takes effect at restart.
const loaded = new WeakMap<Db, ActiveKey>();

export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** The installation's signing key, created on first use (one per installation, whichever process comes first). */
async function activeKey(db: Db): Promise<ActiveKey> {
  let row = await findActiveSigningKey(db);
  if (!row) {
    row = await db.transaction().execute(async (trx) => {
      await lockSigningKeyCreation(trx);
      const existing = await findActiveSigningKey(trx);
      if (existing) return existing;
      const pair = generateKeyPairSync('ed25519');
      const publicKey = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      return insertSigningKey(trx, {
        id: keyIdOf(publicKey),
        public_key: publicKey,
        private_key_ciphertext: sealSecret(privateKey, PURPOSE),
      });
    });
  }
  return { keyId: row.id, privateKey: createPrivateKey(openSecret(row.private_key_ciphertext, PURPOSE)) };
}

export function receiptMessage(claims: ReceiptClaims): Buffer {
  const { submissionId, authorityReference, receivedAt, payloadDigest } = claims;
  return Buffer.from(canonicalJson({ submissionId, authorityReference, receivedAt, payloadDigest }));
}

/**
 * Load the key BEFORE opening the intake transaction: a lookup on another pool connection while
 * holding one is how a busy server deadlocks its own pool.
 */
export async function loadSigningKey(db: Db): Promise<ActiveKey> {
  let key = loaded.get(db);
  if (!key) loaded.set(db, (key = await activeKey(db)));
  return key;
}

export function signReceipt(key: ActiveKey, claims: ReceiptClaims): { keyId: string; signature: string } {
  return { keyId: key.keyId, signature: sign(null, receiptMessage(claims), key.privateKey).toString('base64') };
}

export function verifyReceiptSignature(publicKeyPem: string, claims: ReceiptClaims, signature: string): boolean {
  try {
    return verify(null, receiptMessage(claims), createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** The public keys for GET /api/v1/receipt-keys; creates the key pair if there is none yet. */
export async function listReceiptKeys(db: Db): Promise<ReceiptKey[]> {
  await loadSigningKey(db);
  return (await listSigningKeys(db)).map((k) => ({
    keyId: k.id,
    algorithm: 'Ed25519' as const,
    publicKey: k.public_key,
    createdAt: k.created_at.toISOString(),
  }));
}

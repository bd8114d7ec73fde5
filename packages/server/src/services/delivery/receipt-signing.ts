import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { ReceiptClaims, ReceiptKey } from '@weerbaar/core/delivery';
import type { Db } from '../../db/database.ts';
import { findActiveSigningKey, listSigningKeys } from '../../repositories/signing-key.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import { canonicalJson } from '../../kernel/audit-chain.ts';
import type { Deps } from '../../kernel/deps.ts';
import { createSigningKey, SIGNING_KEY_PURPOSE } from './create-signing-key.ts';
import { openSecret } from '../../adapters/secret-box.ts';
import { verifyEd25519 } from '../../adapters/installation-key.ts';

// Receipts are signed with the installation's Ed25519 key, so an entity can prove later what the authority
// acknowledged and when, without trusting its own database.

export interface ActiveKey {
  keyId: string;
  privateKey: KeyObject;
}
// Nothing retires a key while the server runs, so the decrypted key is kept per database after its
// first lookup (no query on the intake's hot path). A key retired by hand takes effect at restart.
const loaded = new WeakMap<Db, ActiveKey>();

/** Who needs the key: the creation, if it comes to that, is recorded on this chain (create-signing-key.ts). */
export interface SigningKeyUser {
  actor: Actor;
  orgId: string | null;
}

/** The installation's signing key, created on first use. */
async function activeKey(deps: Deps, user: SigningKeyUser): Promise<ActiveKey> {
  const row =
    (await findActiveSigningKey(deps.db)) ?? (await createSigningKey(deps, user.actor, { orgId: user.orgId }));
  return {
    keyId: row.id,
    privateKey: createPrivateKey(openSecret(deps.config, row.private_key_ciphertext, SIGNING_KEY_PURPOSE)),
  };
}

export function receiptMessage(claims: ReceiptClaims): Buffer {
  const { submissionId, authorityReference, receivedAt, payloadDigest } = claims;
  return Buffer.from(canonicalJson({ submissionId, authorityReference, receivedAt, payloadDigest }));
}

/**
 * Load the key BEFORE opening the intake transaction: a lookup on another pool connection while
 * holding one is how a busy server deadlocks its own pool.
 */
export async function loadSigningKey(deps: Deps, user: SigningKeyUser): Promise<ActiveKey> {
  let key = loaded.get(deps.db);
  if (!key) loaded.set(deps.db, (key = await activeKey(deps, user)));
  return key;
}

export function signReceipt(key: ActiveKey, claims: ReceiptClaims): { keyId: string; signature: string } {
  return { keyId: key.keyId, signature: sign(null, receiptMessage(claims), key.privateKey).toString('base64') };
}

export function verifyReceiptSignature(publicKeyPem: string, claims: ReceiptClaims, signature: string): boolean {
  return verifyEd25519(publicKeyPem, receiptMessage(claims), signature);
}

/**
 * The public keys for GET /api/v1/receipt-keys; creates the key pair if there is none yet. Nobody of an
 * authority acts in this public request, so such a creation is recorded on the platform chain.
 */
export async function listReceiptKeys(deps: Deps): Promise<ReceiptKey[]> {
  await loadSigningKey(deps, { actor: SYSTEM_ACTOR, orgId: null });
  return (await listSigningKeys(deps.db)).map((k) => ({
    keyId: k.id,
    algorithm: 'Ed25519' as const,
    publicKey: k.public_key,
    createdAt: k.created_at.toISOString(),
  }));
}

import type { AuditAnchor } from '@weerbaar/core/delivery';
import { installationKey, signEd25519, verifyEd25519 } from '../adapters/installation-key.ts';
import type { SecretBoxConfig } from '../adapters/secret-box.ts';
import { canonicalJson } from './audit-chain.ts';

// A chain head signed with the installation's key (adapters/installation-key.ts): what the nightly
// checkpoints store and what every delivery sends the authority. The same message format on both sides.

export interface ChainHead {
  seq: number;
  hash: string;
}

export function anchorMessage(orgId: string, head: ChainHead, signedAt: string): Buffer {
  return Buffer.from(
    canonicalJson({ type: 'weerbaar.audit-anchor.v1', orgId, seq: head.seq, hash: head.hash, signedAt }),
  );
}

export function signChainHead(config: SecretBoxConfig, orgId: string, head: ChainHead, at: Date): AuditAnchor {
  const key = installationKey(config);
  const signedAt = at.toISOString();
  return {
    seq: head.seq,
    hash: head.hash,
    signedAt,
    keyId: key.keyId,
    publicKey: key.publicKey,
    signature: signEd25519(key, anchorMessage(orgId, head, signedAt)),
  };
}

/** The anchor was signed, for this chain, by the holder of `publicKey`. */
export function anchorSignatureValid(
  orgId: string,
  anchor: Pick<AuditAnchor, 'seq' | 'hash' | 'signedAt' | 'signature'>,
  publicKey: string,
): boolean {
  return verifyEd25519(publicKey, anchorMessage(orgId, anchor, anchor.signedAt), anchor.signature);
}

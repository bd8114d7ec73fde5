import { generateKeyPairSync } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SigningKeysTable } from '../../db/schema-delivery.ts';
import {
  findActiveSigningKey,
  insertSigningKey,
  lockSigningKeyCreation,
} from '../../repositories/signing-key.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { sealSecret } from '../../adapters/secret-box.ts';
import { keyIdOf } from '../../adapters/installation-key.ts';

/** The sealed private key's purpose (bound into its encryption, secret-box.ts). */
export const SIGNING_KEY_PURPOSE = 'signing-key';

export type SigningKeyRow = Selectable<SigningKeysTable>;

/**
 * Creates the installation's receipt signing key pair unless one exists (one per installation, whichever
 * process comes first: serialised by an advisory lock). Recorded on the chain of the authority whose intake
 * needed it; `orgId: null` (the platform chain) when the public key list asked first and no authority acted.
 */
export const createSigningKey = defineUseCase({
  actions: ['signing-key.created'],
  async run({ trx, config, record, unchanged }, _ctx: Actor, input: { orgId: string | null }): Promise<SigningKeyRow> {
    await lockSigningKeyCreation(trx);
    const existing = await findActiveSigningKey(trx);
    if (existing) {
      unchanged();
      return existing;
    }
    const pair = generateKeyPairSync('ed25519');
    const publicKey = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const row = await insertSigningKey(trx, {
      id: keyIdOf(publicKey),
      public_key: publicKey,
      private_key_ciphertext: sealSecret(config, privateKey, SIGNING_KEY_PURPOSE),
    });
    await record(
      'signing-key.created',
      {
        orgId: input.orgId,
        subjectType: 'signing-key',
        subjectId: row.id,
        after: { keyId: row.id, algorithm: row.algorithm, publicKey },
      },
      {},
    );
    return row;
  },
});

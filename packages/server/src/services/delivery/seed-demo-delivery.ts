import { LEGAL_RECIPIENTS } from '@weerbaar/core/delivery';
import type { OrgKind } from '@weerbaar/core/platform';
import { findActiveApiTokensByHash, insertApiToken } from '../../repositories/api-token.repository.ts';
import { listDeliveryTargets, upsertDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import { API_TOKEN_PREFIX } from '../accounts/api-token-queries.ts';
import { newSecret, sha256Token } from '../accounts/secrets.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { API_TOKEN_PURPOSE } from './delivery-secrets.ts';
import { openSecret, sealSecret } from '../../adapters/secret-box.ts';

interface DemoConnection {
  authorityOrgId: string;
  entityOrgId: string;
  entityName: string;
  publicUrl: string;
}

/**
 * Connects one demo entity to the demo authority: a 'submitter' token of the authority bound to the entity
 * (on the authority's chain) and the entity's delivery target with it (on the entity's chain), in one
 * transaction. An entity that already has a delivery target is left alone, unless it is the demo's own and
 * the demo moved.
 */
export const connectDemoEntity = defineUseCase({
  actions: ['api-token.created', 'delivery-target.updated'],
  async run({ trx, config, record, unchanged }, _ctx: Actor, input: DemoConnection): Promise<void> {
    const existing = await listDeliveryTargets(trx, input.entityOrgId);
    if (existing.length > 0) {
      // The demo started again at another address (another port): its entities follow their own authority
      // there. A target someone pointed elsewhere carries another token and is left alone.
      const moved = [];
      for (const target of existing) {
        if (target.authority_url === input.publicUrl || !target.api_token_ciphertext) continue;
        const token = openSecret(config, target.api_token_ciphertext, API_TOKEN_PURPOSE);
        const [own] = await findActiveApiTokensByHash(trx, [sha256Token(token)]);
        if (own?.org_id !== input.authorityOrgId || own.sender_org_id !== input.entityOrgId) continue;
        await upsertDeliveryTarget(trx, input.entityOrgId, target.recipient, {
          authority_url: input.publicUrl,
          api_token_ciphertext: target.api_token_ciphertext,
        });
        moved.push(target.recipient);
      }
      if (moved.length === 0) return unchanged();
      await record(
        'delivery-target.updated',
        {
          orgId: input.entityOrgId,
          subjectType: 'delivery-target',
          subjectId: input.entityOrgId,
          details: { authorityUrl: input.publicUrl, recipients: moved, reason: 'demo address changed' },
        },
        {},
      );
      return;
    }
    const { token, hash } = newSecret(API_TOKEN_PREFIX);
    const row = await insertApiToken(trx, {
      org_id: input.authorityOrgId,
      name: `Aanlevering ${input.entityName}`,
      role: 'submitter',
      token_hash: hash,
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      created_by: null,
      sender_org_id: input.entityOrgId,
    });
    await record(
      'api-token.created',
      {
        orgId: input.authorityOrgId,
        subjectType: 'api-token',
        subjectId: row.id,
        details: { role: 'submitter', senderOrgId: input.entityOrgId, reason: 'demo seed' },
      },
      { role: 'submitter', senderOrgId: input.entityOrgId },
    );
    // The demo authority is the entity's CSIRT and its competent authority: one intake for both recipients
    // (each report is still delivered, and receipted, per recipient; docs/DELIVERY.md "Both recipients").
    for (const recipient of LEGAL_RECIPIENTS) {
      await upsertDeliveryTarget(trx, input.entityOrgId, recipient, {
        authority_url: input.publicUrl,
        api_token_ciphertext: sealSecret(config, token, API_TOKEN_PURPOSE),
      });
    }
    await record(
      'delivery-target.updated',
      {
        orgId: input.entityOrgId,
        subjectType: 'delivery-target',
        subjectId: input.entityOrgId,
        details: { authorityUrl: input.publicUrl, recipients: LEGAL_RECIPIENTS, reason: 'demo seed' },
      },
      {},
    );
  },
});

/**
 * Demo: every demo entity delivers to the demo authority of this same installation, over HTTP at the public
 * URL, with its own 'submitter' token — the same code path as delivering to another installation.
 * Idempotent: an entity that already has a delivery target keeps it; only when the demo runs at another
 * address than before do targets that still carry the demo authority's own token follow it.
 */
export async function seedDemoDelivery(
  deps: Deps,
  orgs: { kind: OrgKind; name: string }[],
  publicUrl: string,
): Promise<void> {
  const authorityDemo = orgs.find((o) => o.kind === 'authority');
  const authority = authorityDemo && (await findOrganisationByName(deps.db, authorityDemo.name));
  if (!authority) return;
  for (const demo of orgs.filter((o) => o.kind === 'entity')) {
    const entity = await findOrganisationByName(deps.db, demo.name);
    if (!entity) continue;
    await connectDemoEntity(deps, SYSTEM_ACTOR, {
      authorityOrgId: authority.id,
      entityOrgId: entity.id,
      entityName: demo.name,
      publicUrl,
    });
  }
}

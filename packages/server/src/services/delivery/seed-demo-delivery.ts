import { SUBMISSION_RECIPIENTS } from '@weerbaar/core/delivery';
import type { OrgKind } from '@weerbaar/core/platform';
import { insertApiToken } from '../../repositories/api-token.repository.ts';
import { findDeliveryTarget, upsertDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR, type Actor } from '../../kernel/actor.ts';
import { API_TOKEN_PREFIX } from '../accounts/api-token-queries.ts';
import { newSecret } from '../accounts/secrets.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { API_TOKEN_PURPOSE } from './delivery-secrets.ts';
import { sealSecret } from '../../adapters/secret-box.ts';

interface DemoConnection {
  authorityOrgId: string;
  entityOrgId: string;
  entityName: string;
  publicUrl: string;
}

/**
 * Connects one demo entity to the demo authority: a 'submitter' token of the authority bound to the entity
 * (on the authority's chain) and the entity's delivery target with it (on the entity's chain), in one
 * transaction. An entity that already has a delivery target is left alone.
 */
export const connectDemoEntity = defineUseCase({
  actions: ['api-token.created', 'delivery-target.updated'],
  async run({ trx, config, record, unchanged }, _ctx: Actor, input: DemoConnection): Promise<void> {
    if (await findDeliveryTarget(trx, input.entityOrgId)) return unchanged();
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
    for (const recipient of SUBMISSION_RECIPIENTS) {
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
        details: { authorityUrl: input.publicUrl, recipients: SUBMISSION_RECIPIENTS, reason: 'demo seed' },
      },
      {},
    );
  },
});

/**
 * Demo: every demo entity delivers to the demo authority of this same installation, over HTTP at the public
 * URL, with its own 'submitter' token — the same code path as delivering to another installation.
 * Idempotent: an entity that already has a delivery target is left alone.
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
    if (!entity || (await findDeliveryTarget(deps.db, entity.id))) continue;
    await connectDemoEntity(deps, SYSTEM_ACTOR, {
      authorityOrgId: authority.id,
      entityOrgId: entity.id,
      entityName: demo.name,
      publicUrl,
    });
  }
}

import type { OrgKind } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { insertApiToken } from '../../repositories/api-token.repository.ts';
import { findDeliveryTarget, upsertDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { findOrganisationByName } from '../../repositories/organisation.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { API_TOKEN_PREFIX } from '../accounts/api-token.service.ts';
import { newSecret } from '../accounts/secrets.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { API_TOKEN_PURPOSE } from './delivery-target.service.ts';
import { sealSecret } from '../../adapters/secret-box.ts';

/**
 * Demo: every demo entity delivers to the demo authority of this same installation, over HTTP at the public
 * URL, with its own 'submitter' token — the same code path as delivering to another installation.
 * Idempotent: an entity that already has a delivery target is left alone.
 */
export async function seedDemoDelivery(
  db: Db,
  orgs: { kind: OrgKind; name: string }[],
  publicUrl: string,
): Promise<void> {
  const authorityDemo = orgs.find((o) => o.kind === 'authority');
  const authority = authorityDemo && (await findOrganisationByName(db, authorityDemo.name));
  if (!authority) return;
  for (const demo of orgs.filter((o) => o.kind === 'entity')) {
    const entity = await findOrganisationByName(db, demo.name);
    if (!entity || (await findDeliveryTarget(db, entity.id))) continue;
    await db.transaction().execute(async (trx) => {
      const { token, hash } = newSecret(API_TOKEN_PREFIX);
      const row = await insertApiToken(trx, {
        org_id: authority.id,
        name: `Aanlevering ${demo.name}`,
        role: 'submitter',
        token_hash: hash,
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        created_by: null,
        sender_org_id: entity.id,
      });
      await recordAuditEvent(trx, SYSTEM_ACTOR, {
        orgId: authority.id,
        action: 'api-token.created',
        subjectType: 'api-token',
        subjectId: row.id,
        details: { role: 'submitter', senderOrgId: entity.id, reason: 'demo seed' },
      });
      await upsertDeliveryTarget(trx, entity.id, {
        authority_url: publicUrl,
        api_token_ciphertext: sealSecret(token, API_TOKEN_PURPOSE),
      });
      await recordAuditEvent(trx, SYSTEM_ACTOR, {
        orgId: entity.id,
        action: 'delivery-target.updated',
        subjectType: 'delivery-target',
        subjectId: entity.id,
        details: { authorityUrl: publicUrl, reason: 'demo seed' },
      });
    });
  }
}

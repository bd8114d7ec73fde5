import type { DeliveryTarget, DeliveryTargetUpdate } from '@weerbaar/core/delivery';
import { DomainError } from '@weerbaar/core/platform';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { DeliveryTargetRow } from '../../db/schema-delivery.ts';
import { findDeliveryTarget, upsertDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { rescheduleWaitingDeliveries } from '../../repositories/submission-outbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { authorityPolicyOf } from '../../adapters/authority-policy.ts';
import { refusedAuthorityUrl } from '../../adapters/guarded-http.ts';
import { sealSecret } from '../../adapters/secret-box.ts';

export const API_TOKEN_PURPOSE = 'delivery-target.api-token';

function present(row: DeliveryTargetRow | undefined): DeliveryTarget {
  return {
    authorityUrl: row?.authority_url ?? null,
    apiTokenSet: Boolean(row?.api_token_ciphertext),
    pinnedKeyId: row?.pinned_key_id ?? null,
    updatedAt: row?.updated_at.toISOString() ?? null,
  };
}

/** Scheme, allow-list and address policy (authority-policy.ts); deliveries check again at connect time. */
async function checkAuthorityUrl(url: URL, config: Config): Promise<void> {
  const reason = await refusedAuthorityUrl(url, authorityPolicyOf(config));
  if (!reason) return;
  throw new DomainError('validation_failed', 'This authority address may not be used', [
    { name: 'body.authorityUrl', reason },
  ]);
}

export async function getDeliveryTarget(db: Db, { orgId }: OrgActor): Promise<DeliveryTarget> {
  return present(await findDeliveryTarget(db, orgId));
}

export async function updateDeliveryTarget(
  db: Db,
  ctx: OrgActor,
  input: DeliveryTargetUpdate,
  config: Config,
): Promise<DeliveryTarget> {
  const url = new URL(input.authorityUrl);
  await checkAuthorityUrl(url, config);
  const authorityUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return db.transaction().execute(async (trx) => {
    const before = await findDeliveryTarget(trx, ctx.orgId);
    // A stored token is never sent to a server it was not given for.
    if (!input.apiToken && before?.api_token_ciphertext && new URL(before.authority_url).origin !== url.origin) {
      throw new DomainError('validation_failed', 'Enter the API token again for a new authority address', [
        { name: 'body.apiToken', reason: 'is required when the authority URL changes to another server' },
      ]);
    }
    const row = await upsertDeliveryTarget(trx, ctx.orgId, {
      authority_url: authorityUrl,
      api_token_ciphertext: input.apiToken
        ? sealSecret(input.apiToken, API_TOKEN_PURPOSE)
        : (before?.api_token_ciphertext ?? null),
    });
    await rescheduleWaitingDeliveries(trx, ctx.orgId);
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'delivery-target.updated',
      subjectType: 'delivery-target',
      subjectId: ctx.orgId,
      before: before ? present(before) : undefined,
      after: present(row),
      details: { authorityUrl, apiTokenChanged: Boolean(input.apiToken) },
    });
    return present(row);
  });
}

import type { DeliveryTarget, DeliveryTargetUpdate, SubmissionRecipient } from '@weerbaar/core/delivery';
import { DomainError } from '@weerbaar/core/platform';
import { findDeliveryTarget, upsertDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { rescheduleWaitingDeliveries } from '../../repositories/submission-outbox.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import type { Deps } from '../../kernel/deps.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { authorityPolicyOf } from '../../adapters/authority-policy.ts';
import { presentDeliveryTarget } from './delivery.presenter.ts';
import { API_TOKEN_PURPOSE } from './delivery-secrets.ts';
import { refusedAuthorityUrl } from '../../adapters/guarded-http.ts';
import { sealSecret } from '../../adapters/secret-box.ts';

/**
 * Stores the target of each recipient given (the URL already checked and normalised) and retries the waiting
 * deliveries now. Not exported: only `updateDeliveryTarget` may call it, after the address check and
 * normalisation.
 */
const saveDeliveryTarget = defineUseCase({
  actions: ['delivery-target.updated'],
  async run(
    { trx, now, config, record },
    ctx: OrgActor,
    { recipients, ...input }: DeliveryTargetUpdate & { recipients: readonly SubmissionRecipient[] },
  ): Promise<DeliveryTarget[]> {
    authorize(ctx, 'manage', { type: 'delivery-target', orgId: ctx.orgId }, 'Delivery target');
    const url = new URL(input.authorityUrl);
    const saved: DeliveryTarget[] = [];
    for (const recipient of recipients) {
      const before = await findDeliveryTarget(trx, ctx.orgId, recipient);
      // A stored token is never sent to a server it was not given for.
      if (!input.apiToken && before?.api_token_ciphertext && new URL(before.authority_url).origin !== url.origin) {
        throw new DomainError('validation_failed', 'Enter the API token again for a new authority address', [
          {
            name: 'body.apiToken',
            reason: 'is required when the authority URL changes to another server',
            code: 'required',
          },
        ]);
      }
      // Without a token of its own, a recipient's new target takes none: a token is entered for each intake.
      const row = await upsertDeliveryTarget(trx, ctx.orgId, recipient, {
        authority_url: input.authorityUrl,
        api_token_ciphertext: input.apiToken
          ? sealSecret(config, input.apiToken, API_TOKEN_PURPOSE)
          : (before?.api_token_ciphertext ?? null),
      });
      const target = presentDeliveryTarget(row);
      await record(
        'delivery-target.updated',
        {
          subjectType: 'delivery-target',
          subjectId: ctx.orgId,
          before: before ? presentDeliveryTarget(before) : undefined,
          after: target,
          details: { recipient, authorityUrl: input.authorityUrl, apiTokenChanged: Boolean(input.apiToken) },
        },
        {},
      );
      saved.push(target);
    }
    await rescheduleWaitingDeliveries(trx, ctx.orgId, now);
    return saved;
  },
});

/**
 * PUT /delivery-target (both recipients: one intake for the CSIRT and the competent authority) and
 * PUT /delivery-targets/{recipient} (one). The address policy is checked first, OUTSIDE the use case's
 * transaction, because it may wait up to 2 s on DNS (guarded-http.ts) and must not hold a connection
 * meanwhile; deliveries check again at connect time. Answers the target of the first recipient given.
 */
export async function updateDeliveryTarget(
  deps: Deps,
  ctx: OrgActor,
  input: DeliveryTargetUpdate,
  recipients: readonly SubmissionRecipient[],
): Promise<DeliveryTarget> {
  const url = new URL(input.authorityUrl);
  const reason = await refusedAuthorityUrl(url, authorityPolicyOf(deps.config));
  if (reason) {
    throw new DomainError('validation_failed', 'This authority address may not be used', [
      { name: 'body.authorityUrl', reason, code: 'address_refused' },
    ]);
  }
  const authorityUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const [first] = await saveDeliveryTarget(deps, ctx, { ...input, authorityUrl, recipients });
  return first!;
}

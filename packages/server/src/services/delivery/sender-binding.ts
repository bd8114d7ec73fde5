import { DomainError } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import type { Deps } from '../../kernel/deps.ts';
import { bindTokenSender } from './bind-token-sender.ts';

/**
 * An API token delivers for one sender only, so one entity's installation cannot file in another
 * entity's name or read the feedback on its reports. A token is bound when the authority creates it
 * (the way to rotate a sender's token), or else by its first delivery, but only to a sender no token
 * serves yet and none has delivered for (audited). People of the authority submit as themselves.
 */
export async function assertTokenDeliversFor(deps: Deps, ctx: OrgActor, senderOrgId: string): Promise<void> {
  const { actor } = ctx;
  if (actor.type !== 'api-token') return;
  // The binding commits on its own, before the submission is stored (docs/DELIVERY.md, Known limits).
  const bound = actor.senderOrgId ?? (await bindTokenSender(deps, ctx, { senderOrgId }));
  if (bound === null) {
    throw new DomainError('forbidden', 'Another API token already delivers for this sender', [
      {
        name: 'body.sender.orgId',
        reason: 'is served by another API token; the authority binds a new token to it (senderOrgId) when you rotate',
      },
    ]);
  }
  if (bound !== senderOrgId) {
    throw new DomainError('forbidden', 'This API token delivers for another sender', [
      { name: 'body.sender.orgId', reason: 'is not the sender this API token is bound to' },
    ]);
  }
}

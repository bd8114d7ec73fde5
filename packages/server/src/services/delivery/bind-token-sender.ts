import { bindApiTokenSender } from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/**
 * Binds the delivering API token to its first sender (trust on first use, sender-binding.ts), serialised per
 * sender so racing first deliveries bind one. Answers the sender the token is bound to afterwards, or null
 * when another token already serves this sender or someone already delivered for it.
 */
export const bindTokenSender = defineUseCase({
  actions: ['api-token.sender-bound'],
  async run({ trx, record, unchanged }, ctx: OrgActor, input: { senderOrgId: string }): Promise<string | null> {
    const { actor } = ctx;
    if (actor.type !== 'api-token') throw new Error('only an API token is bound to a sender');
    const binding = await bindApiTokenSender(trx, ctx.orgId, actor.tokenId, input.senderOrgId);
    if (binding.changed) {
      await record(
        'api-token.sender-bound',
        { subjectType: 'api-token', subjectId: actor.tokenId, after: { senderOrgId: input.senderOrgId } },
        {},
      );
    } else unchanged();
    return binding.bound;
  },
});

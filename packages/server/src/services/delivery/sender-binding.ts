import { DomainError } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { bindApiTokenSender } from '../../repositories/api-token.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';

/**
 * An API token delivers for one sender only, so one entity's installation cannot file in another
 * entity's name or read the feedback on its reports. A token is bound when the authority creates it
 * (the way to rotate a sender's token), or else by its first delivery, but only to a sender no token
 * serves yet and none has delivered for (audited). People of the authority submit as themselves.
 */
export async function assertTokenDeliversFor(db: Db, ctx: OrgActor, senderOrgId: string): Promise<void> {
  const { actor } = ctx;
  if (actor.type !== 'api-token') return;
  let bound = actor.senderOrgId;
  bound ??= await db.transaction().execute(async (trx) => {
    const binding = await bindApiTokenSender(trx, ctx.orgId, actor.tokenId, senderOrgId);
    if (binding.changed) {
      await recordAuditEvent(trx, actor, {
        orgId: ctx.orgId,
        action: 'api-token.sender-bound',
        subjectType: 'api-token',
        subjectId: actor.tokenId,
        after: { senderOrgId },
      });
    }
    return binding.bound;
  });
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

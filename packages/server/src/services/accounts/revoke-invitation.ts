import { notFound } from '@weerbaar/core/platform';
import { findInvitation, markInvitation } from '../../repositories/invitation.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

export const revokeInvitation = defineUseCase({
  actions: ['invitation.revoked'],
  async run({ trx, now, record }, ctx: OrgActor, { id }: { id: string }): Promise<void> {
    const row = await findInvitation(trx, ctx.orgId, id);
    if (!row || row.revoked_at) throw notFound('Invitation');
    authorize(ctx, 'manage', { type: 'organisation', orgId: row.org_id }, 'Invitation');
    await markInvitation(trx, ctx.orgId, id, { revoked_at: now });
    await record('invitation.revoked', { subjectType: 'invitation', subjectId: id }, {});
  },
});

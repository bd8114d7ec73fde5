import type { Crisis } from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { removeMemberOrg, removeRemoteMember } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/**
 * An organisation leaves the crisis: a member here no longer reads the room, and its people leave the crisis
 * team; a member on another installation receives no later sitrep (what it already pulled stays there). Who
 * may do this is who may add one ('manage' in the 'crisis-room' policy).
 */
export const removeCrisisMember = defineUseCase({
  actions: ['crisis.member-removed'],
  async run({ trx, now, record }, ctx: OrgActor, input: { crisisId: string; orgId: string }): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    const local = await removeMemberOrg(trx, crisis.org_id, crisis.id, input.orgId);
    const remote = !local && (await removeRemoteMember(trx, crisis.org_id, crisis.id, input.orgId));
    if (!local && !remote) throw notFound('Member organisation');
    await record(
      'crisis.member-removed',
      {
        subjectType: 'crisis',
        subjectId: crisis.id,
        before: remote ? { memberOrgId: input.orgId, remote: true } : { memberOrgId: input.orgId },
      },
      { crisisId: crisis.id, memberOrgId: input.orgId, remote },
    );
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

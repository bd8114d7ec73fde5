import type { Crisis } from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { removeMemberOrg } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/**
 * An organisation leaves the crisis room: its people no longer read it, and leave the crisis team. Who may
 * do this is who may add one ('manage' in the 'crisis-room' policy).
 */
export const removeCrisisMember = defineUseCase({
  actions: ['crisis.member-removed'],
  async run({ trx, now, record }, ctx: OrgActor, input: { crisisId: string; orgId: string }): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    if (!(await removeMemberOrg(trx, crisis.org_id, crisis.id, input.orgId))) throw notFound('Member organisation');
    await record(
      'crisis.member-removed',
      { subjectType: 'crisis', subjectId: crisis.id, before: { memberOrgId: input.orgId } },
      { crisisId: crisis.id, memberOrgId: input.orgId },
    );
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

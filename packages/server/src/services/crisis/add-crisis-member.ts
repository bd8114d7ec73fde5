import type { Crisis } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { addMemberOrgs, addRemoteMembers } from '../../repositories/crisis.repository.ts';
import { openRoomFor, sortMembers } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/**
 * Another organisation joins the crisis: on this installation it joins the room (its people read it, and those
 * who act may post; policies.ts); an entity of the register on another installation becomes a remote member
 * that receives each new sitrep over the pull channel (crisis-guards.ts sortMembers), never the room.
 */
export const addCrisisMember = defineUseCase({
  actions: ['crisis.member-added'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    input: { crisisId: string; orgId: string },
  ): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    if (input.orgId === crisis.org_id) throw invalidField('body.orgId', 'is the organisation that runs the crisis');
    const { local, remote } = await sortMembers(trx, crisis.org_id, [input.orgId], () => 'body.orgId');
    const by = ctx.actor.label;
    const added = [
      ...(await addMemberOrgs(trx, crisis.org_id, crisis.id, local, by, now)),
      ...(await addRemoteMembers(
        trx,
        remote.map((m) => ({ ...m, org_id: crisis.org_id, crisis_id: crisis.id, added_by: by, added_at: now })),
      )),
    ];
    if (added.length === 0) unchanged();
    else {
      const isRemote = remote.length > 0;
      await record(
        'crisis.member-added',
        {
          subjectType: 'crisis',
          subjectId: crisis.id,
          after: isRemote ? { memberOrgId: input.orgId, remote: true } : { memberOrgId: input.orgId },
        },
        { crisisId: crisis.id, memberOrgId: input.orgId, remote: isRemote },
      );
    }
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

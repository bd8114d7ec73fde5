import type { Crisis } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { addMemberOrgs } from '../../repositories/crisis.repository.ts';
import { assertMembersHere, openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/** Another organisation joins the crisis room: its people read it, and those who act may post (policies.ts). */
export const addCrisisMember = defineUseCase({
  actions: ['crisis.member-added'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    input: { crisisId: string; orgId: string },
  ): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    if (input.orgId === crisis.org_id) throw invalidField('body.orgId', 'is the organisation that runs the crisis');
    await assertMembersHere(trx, crisis.org_id, [input.orgId], () => 'body.orgId');
    const added = await addMemberOrgs(trx, crisis.org_id, crisis.id, [input.orgId], ctx.actor.label, now);
    if (added.length === 0) unchanged();
    else {
      await record(
        'crisis.member-added',
        { subjectType: 'crisis', subjectId: crisis.id, after: { memberOrgId: input.orgId } },
        { crisisId: crisis.id, memberOrgId: input.orgId },
      );
    }
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

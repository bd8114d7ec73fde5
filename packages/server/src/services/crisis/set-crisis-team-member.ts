import type { Crisis, CrisisTeamMemberSet } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { isPersonOfCrisisOrgs, upsertTeamMember } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/**
 * Puts a person in the crisis team with a role (coordinator, analyst, observer), or changes it. The person
 * belongs to the organisation that runs the crisis or to a member organisation.
 */
export const setCrisisTeamMember = defineUseCase({
  actions: ['crisis.team-member-set'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; member: CrisisTeamMemberSet },
  ): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    if (!(await isPersonOfCrisisOrgs(trx, crisis.org_id, crisis.id, input.member.userId))) {
      throw invalidField('body.userId', 'is not a person of this organisation or a member organisation');
    }
    await upsertTeamMember(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      user_id: input.member.userId,
      role: input.member.role,
      added_by: ctx.actor.label,
      added_at: now,
    });
    await record(
      'crisis.team-member-set',
      { subjectType: 'crisis', subjectId: crisis.id, after: input.member },
      { crisisId: crisis.id, userId: input.member.userId, role: input.member.role },
    );
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

import type { Crisis } from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteTeamMember } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/** Takes a person out of the crisis team (their platform role stays what it is). Policy as for setting a role. */
export const removeCrisisTeamMember = defineUseCase({
  actions: ['crisis.team-member-removed'],
  async run({ trx, now, record }, ctx: OrgActor, input: { crisisId: string; userId: string }): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    const role = await deleteTeamMember(trx, crisis.org_id, crisis.id, input.userId);
    if (role === undefined) throw notFound('Crisis team member');
    await record(
      'crisis.team-member-removed',
      { subjectType: 'crisis', subjectId: crisis.id, before: { userId: input.userId, role } },
      { crisisId: crisis.id, userId: input.userId, role },
    );
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

import type { Exercise, InvitationCreate } from '@weerbaar/core/continuity';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import { findPartnerName, insertInvitation } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockExerciseFor } from './exercise-guards.ts';
import { loadExercise } from './exercise-queries.ts';

/**
 * Invites a partner in the sector or the chain (an organisation this one shares a community with) to take part.
 * It sees the invitation in its own platform and answers there (answer-invitation.ts); recorded in the
 * organiser's chain here and in the invited organisation's chain when it answers.
 */
export const inviteOrganisation = defineUseCase({
  actions: ['exercise.invitation-sent'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { exerciseId, invitation }: { exerciseId: string; invitation: InvitationCreate },
  ): Promise<Exercise> {
    const exercise = await lockExerciseFor(trx, ctx, exerciseId, ['planned'], 'Inviting');
    if (invitation.orgId === ctx.orgId) throw invalidField('body.orgId', 'is the organiser itself');
    const name = await findPartnerName(trx, ctx.orgId, invitation.orgId);
    if (name === undefined) throw invalidField('body.orgId', 'is not an organisation you share a community with');
    const row = await insertInvitation(trx, {
      org_id: ctx.orgId,
      exercise_id: exerciseId,
      invited_org_id: invitation.orgId,
      role: invitation.role,
    });
    if (!row) throw new DomainError('conflict', 'This organisation is already invited');
    await record(
      'exercise.invitation-sent',
      {
        subjectType: 'exercise',
        subjectId: exerciseId,
        after: { invitationId: row.id, orgId: invitation.orgId, orgName: name, role: row.role },
      },
      { exerciseId, invitationId: row.id, invitedOrgId: invitation.orgId },
    );
    return loadExercise(trx, ctx.orgId, exercise);
  },
});

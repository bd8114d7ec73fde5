import type { Participation } from '@weerbaar/core/exercise-agenda';
import { invalidField, notFound } from '@weerbaar/core/platform';
import {
  findOwnExerciseTitle,
  linkParticipationExercise,
  lockParticipation,
} from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentParticipation } from './exercise-agenda.presenter.ts';
import { itemSubject, ownAgenda } from './exercise-agenda-queries.ts';

/**
 * The invited entity links one of its own continuity exercises (its internal part) to the agenda item, or
 * removes the link (null). The link is stored, never a copy: the exercise stays the entity's, and the
 * authority sees only that a link exists. Taking part is a person's act; changing its own exercises needs
 * the right to manage them (policies.ts exercise 'manage').
 */
export const linkAgendaExercise = defineUseCase({
  actions: ['exercise-agenda.exercise-linked'],
  async run(
    { trx, record, unchanged },
    ctx: OrgActor,
    { participationId, exerciseId }: { participationId: string; exerciseId: string | null },
  ): Promise<Participation> {
    const row = await lockParticipation(trx, ctx.orgId, participationId);
    if (!row) throw notFound('Agenda item');
    authorize(ctx, 'take-part', itemSubject(row.org_id, [ctx.orgId]), 'Agenda item');
    authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Exercise');
    let title: string | null = null;
    if (exerciseId !== null) {
      title = (await findOwnExerciseTitle(trx, ctx.orgId, exerciseId)) ?? null;
      if (title === null) throw invalidField('body.exerciseId', 'is not an exercise of this organisation');
    }
    if (row.linked_exercise_id === exerciseId) {
      unchanged();
      return presentParticipation(row);
    }
    await linkParticipationExercise(trx, row.org_id, row.id, exerciseId);
    const after = presentParticipation({ ...row, linked_exercise_id: exerciseId, linked_exercise_title: title });
    const data = { invitationId: row.id, exerciseId };
    await record(
      'exercise-agenda.exercise-linked',
      {
        subjectType: 'exercise-agenda-invitation',
        subjectId: row.id,
        before: { exerciseId: row.linked_exercise_id },
        after: { exerciseId },
      },
      data,
    );
    await record(
      'exercise-agenda.exercise-linked',
      {
        orgId: row.org_id,
        subjectType: 'exercise-agenda-item',
        subjectId: row.item_id,
        before: { linkedOwnExercise: row.linked_exercise_id !== null },
        after: { linkedOwnExercise: exerciseId !== null },
        details: { invitationId: row.id, invitedOrgId: ctx.orgId },
      },
      data,
    );
    return after;
  },
});

import type { ExerciseAction, ExerciseActionCreate } from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import { findFinding, insertExerciseAction } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockExerciseFor } from './exercise-guards.ts';
import { presentExerciseAction } from './exercise.presenter.ts';

/**
 * A finding becomes an improvement action with an owner: a task row of the one improvement-action
 * mechanism (incident_tasks, source exercise), so it shows where incident tasks show ("mijn taken").
 */
export const addExerciseAction = defineUseCase({
  actions: ['exercise.action-added'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { exerciseId, findingId, action }: { exerciseId: string; findingId: string; action: ExerciseActionCreate },
  ): Promise<ExerciseAction> {
    await lockExerciseFor(trx, ctx, exerciseId, ['held', 'evaluated'], 'Adding an improvement action');
    if (!(await findFinding(trx, ctx.orgId, exerciseId, findingId))) throw notFound('Finding');
    const after = presentExerciseAction(
      await insertExerciseAction(trx, {
        org_id: ctx.orgId,
        exercise_id: exerciseId,
        finding_id: findingId,
        title: action.title,
        assignee: action.assignee,
        due_at: action.dueAt ? new Date(action.dueAt) : null,
      }),
    );
    await record(
      'exercise.action-added',
      { subjectType: 'incident-task', subjectId: after.id, after, details: { exerciseId, findingId } },
      { exerciseId, findingId, actionId: after.id },
    );
    return after;
  },
});

import type { ExerciseAction } from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import { findExerciseAction, setExerciseActionDone } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockExerciseFor } from './exercise-guards.ts';
import { presentExerciseAction } from './exercise.presenter.ts';

/** Marks an exercise's improvement action done (or open again). */
export const changeExerciseAction = defineUseCase({
  actions: ['exercise.action-updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { exerciseId, actionId, done }: { exerciseId: string; actionId: string; done: boolean },
  ): Promise<ExerciseAction> {
    await lockExerciseFor(trx, ctx, exerciseId, ['held', 'evaluated'], 'Changing an improvement action');
    const before = await findExerciseAction(trx, ctx.orgId, exerciseId, actionId);
    if (!before) throw notFound('Improvement action');
    if ((before.done_at !== null) === done) {
      unchanged();
      return presentExerciseAction(before);
    }
    const after = presentExerciseAction(await setExerciseActionDone(trx, ctx.orgId, actionId, done ? now : null));
    await record(
      'exercise.action-updated',
      {
        subjectType: 'incident-task',
        subjectId: actionId,
        before: presentExerciseAction(before),
        after,
        details: { exerciseId },
      },
      { exerciseId, actionId, finished: done },
    );
    return after;
  },
});

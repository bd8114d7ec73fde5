import { EXERCISE_TRANSITIONS, EXERCISE_STATUSES, type Exercise, type ExerciseUpdate } from '@weerbaar/core/continuity';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import { updateExercise as updateExerciseRow } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockExerciseFor } from './exercise-guards.ts';
import { loadExercise } from './exercise-queries.ts';

/**
 * Moves an exercise along (planned → held → evaluated, or cancelled) and writes its evaluation. An
 * evaluation is only written once it was held; evaluated needs one.
 */
export const updateExercise = defineUseCase({
  actions: ['exercise.updated'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { exerciseId, changes }: { exerciseId: string; changes: ExerciseUpdate },
  ): Promise<Exercise> {
    const before = await lockExerciseFor(trx, ctx, exerciseId, EXERCISE_STATUSES, 'A change');
    const status = changes.status ?? before.status;
    if (status !== before.status && !EXERCISE_TRANSITIONS[before.status].includes(status)) {
      throw new DomainError('conflict', `An exercise that is ${before.status} cannot become ${status}`);
    }
    const evaluation = changes.evaluation !== undefined ? changes.evaluation || null : before.evaluation;
    if (changes.evaluation !== undefined && status !== 'held' && status !== 'evaluated') {
      throw invalidField('body.evaluation', 'can only be written once the exercise was held');
    }
    if (status === 'evaluated' && !evaluation)
      throw invalidField('body.evaluation', 'is needed to close the evaluation');
    const row = await updateExerciseRow(trx, ctx.orgId, exerciseId, { status, evaluation, updated_at: now });
    const after = await loadExercise(trx, ctx.orgId, row);
    await record(
      'exercise.updated',
      {
        subjectType: 'exercise',
        subjectId: exerciseId,
        before: { status: before.status, evaluation: before.evaluation },
        after: { status: row.status, evaluation: row.evaluation },
      },
      { exerciseId, status: row.status },
    );
    return after;
  },
});

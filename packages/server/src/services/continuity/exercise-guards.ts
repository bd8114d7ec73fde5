import type { ExerciseStatus } from '@weerbaar/core/continuity';
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { Trx } from '../../db/database.ts';
import type { ExerciseRow } from '../../db/schema-continuity-people-exercises.ts';
import { lockExercise } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { ownExercises } from './exercise-queries.ts';

/** The organiser's exercise, locked for this change; refused unless its status is one of `allowed`. */
export async function lockExerciseFor(
  trx: Trx,
  ctx: OrgActor,
  exerciseId: string,
  allowed: readonly ExerciseStatus[],
  what: string,
): Promise<ExerciseRow> {
  authorize(ctx, 'manage', ownExercises(ctx.orgId), 'Exercise');
  const row = await lockExercise(trx, ctx.orgId, exerciseId);
  if (!row) throw notFound('Exercise');
  if (!allowed.includes(row.status)) {
    throw new DomainError('conflict', `${what} is not possible while the exercise is ${row.status}`);
  }
  return row;
}

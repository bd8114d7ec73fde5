import type { Exercise, ExerciseCreate } from '@weerbaar/core/continuity';
import { invalidField } from '@weerbaar/core/platform';
import {
  findPlans,
  findScenarioTitle,
  insertExercise,
  insertExercisePlans,
} from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { scheduleExerciseReminders } from './continuity-reminders.job.ts';
import { loadExercise, ownExercises } from './exercise-queries.ts';

/**
 * Plans an exercise of continuity and crisis plans on a scenario from the risk analysis (NIS2 Art.
 * 21(2)(c); CER Art. 13(1)(c)-(d); the strategy's "regularly exercised").
 */
export const planExercise = defineUseCase({
  actions: ['exercise.planned'],
  async run({ trx, now, record }, ctx: OrgActor, input: ExerciseCreate): Promise<Exercise> {
    authorize(ctx, 'manage', ownExercises(ctx.orgId), 'Exercise');
    if ((await findScenarioTitle(trx, ctx.orgId, input.scenarioId)) === undefined) {
      throw invalidField('body.scenarioId', 'is not a scenario of this organisation');
    }
    if (input.endsAt && input.endsAt < input.startsAt) throw invalidField('body.endsAt', 'lies before startsAt');
    const planIds = [...new Set(input.planIds)];
    const found = new Set((await findPlans(trx, ctx.orgId, planIds)).map((p) => p.id));
    const missing = planIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw invalidField(`body.planIds.${missing}`, 'is not a plan of this organisation');
    const row = await insertExercise(trx, {
      org_id: ctx.orgId,
      title: input.title,
      kind: input.kind,
      scenario_id: input.scenarioId,
      starts_at: new Date(input.startsAt),
      ends_at: input.endsAt ? new Date(input.endsAt) : null,
      objectives: JSON.stringify(input.objectives),
      participants: JSON.stringify(input.participants),
    });
    await insertExercisePlans(trx, ctx.orgId, row.id, planIds);
    await scheduleExerciseReminders(trx, { orgId: ctx.orgId, exerciseId: row.id, startsAt: row.starts_at }, now);
    const exercise = await loadExercise(trx, ctx.orgId, row);
    await record(
      'exercise.planned',
      { subjectType: 'exercise', subjectId: row.id, after: exercise },
      { exerciseId: row.id },
    );
    return exercise;
  },
});

import type { Finding, FindingCreate } from '@weerbaar/core/continuity';
import { insertFinding } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockExerciseFor } from './exercise-guards.ts';

/** A finding of the evaluation: what did not work as the plan says. Improvement actions follow from it. */
export const addExerciseFinding = defineUseCase({
  actions: ['exercise.finding-added'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { exerciseId, finding }: { exerciseId: string; finding: FindingCreate },
  ): Promise<Finding> {
    await lockExerciseFor(trx, ctx, exerciseId, ['held', 'evaluated'], 'Recording a finding');
    const row = await insertFinding(trx, { org_id: ctx.orgId, exercise_id: exerciseId, text: finding.text });
    const after: Finding = { id: row.id, text: row.text, createdAt: row.created_at.toISOString(), actions: [] };
    await record(
      'exercise.finding-added',
      { subjectType: 'exercise', subjectId: exerciseId, after },
      { exerciseId, findingId: row.id },
    );
    return after;
  },
});

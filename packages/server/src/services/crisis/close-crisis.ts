import { CrisisCloseSchema, baseLevel, type Crisis, type CrisisClose } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  insertCrisisTask,
  insertLesson,
  insertLevelChange,
  updateCrisis,
} from '../../repositories/crisis.repository.ts';
import { effectiveSettings, openRoomFor } from './crisis-guards.ts';
import { parseInput } from './crisis-input.ts';
import { loadCrisis } from './crisis-queries.ts';

/**
 * Ends the crisis: back to the base level, the evaluation on the record, and each lesson with an owner an
 * improvement action of the one task mechanism (the list "Mijn taken" reads, as for exercise findings).
 */
export const closeCrisis = defineUseCase({
  actions: ['crisis.closed', 'crisis.lesson-added'],
  async run({ trx, now, record }, ctx: OrgActor, input: { crisisId: string; close: CrisisClose }): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    const close = parseInput(CrisisCloseSchema, input.close);
    const base = baseLevel((await effectiveSettings(trx, crisis.org_id)).levels).key;
    await updateCrisis(trx, crisis.org_id, crisis.id, {
      status: 'closed',
      level: base,
      closed_at: now,
      closed_by: ctx.actor.label,
      evaluation: close.evaluation,
      updated_at: now,
    });
    await insertLevelChange(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      kind: 'closed',
      from_level: crisis.level,
      to_level: base,
      reason: close.reason,
      changed_by: ctx.actor.label,
      changed_at: now,
    });
    await record(
      'crisis.closed',
      {
        subjectType: 'crisis',
        subjectId: crisis.id,
        before: { level: crisis.level, status: crisis.status },
        after: { level: base, status: 'closed', reason: close.reason, evaluation: close.evaluation },
      },
      { crisisId: crisis.id, lessonCount: close.lessons.length },
    );
    for (const l of close.lessons) {
      const task =
        l.owner === null
          ? null
          : await insertCrisisTask(trx, {
              org_id: crisis.org_id,
              crisis_id: crisis.id,
              title: l.lesson,
              kind: 'improvement',
              assignee: l.owner,
              due_at: l.dueAt === null ? null : new Date(l.dueAt),
              created_at: now,
            });
      const lesson = await insertLesson(trx, {
        org_id: crisis.org_id,
        crisis_id: crisis.id,
        lesson: l.lesson,
        task_id: task?.id ?? null,
        recorded_by: ctx.actor.label,
        recorded_at: now,
      });
      await record(
        'crisis.lesson-added',
        { subjectType: 'crisis', subjectId: crisis.id, after: { lesson: l.lesson, owner: l.owner } },
        { crisisId: crisis.id, lessonId: lesson.id, taskId: task?.id ?? null },
      );
    }
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

import type { LogEntry, LogEntryCreate } from '@weerbaar/core/continuity';
import { insertLogEntry } from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { lockExerciseFor } from './exercise-guards.ts';

/** The run log: an inject prepared or given, a decision taken, an observation, with the time it happened. */
export const addExerciseLogEntry = defineUseCase({
  actions: ['exercise.log-entry-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { exerciseId, entry }: { exerciseId: string; entry: LogEntryCreate },
  ): Promise<LogEntry> {
    await lockExerciseFor(trx, ctx, exerciseId, ['planned', 'held'], 'Writing the run log');
    const row = await insertLogEntry(trx, {
      org_id: ctx.orgId,
      exercise_id: exerciseId,
      occurred_at: entry.occurredAt ? new Date(entry.occurredAt) : now,
      kind: entry.kind,
      text: entry.text,
      recorded_by: ctx.actor.label,
    });
    const after: LogEntry = {
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      kind: row.kind,
      text: row.text,
      recordedBy: row.recorded_by,
    };
    await record(
      'exercise.log-entry-added',
      { subjectType: 'exercise', subjectId: exerciseId, after },
      { exerciseId, entryId: row.id },
    );
    return after;
  },
});

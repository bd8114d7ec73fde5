import type { IncidentTask, IncidentTaskUpdateSchema } from '@weerbaar/core/incidents';
import { notFound } from '@weerbaar/core/platform';
import type { z } from 'zod';
import { findTask, updateTask } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentTask } from './incident-activity.presenter.ts';
import { lockIncidentFor } from './incident-guards.ts';

export const changeIncidentTask = defineUseCase({
  actions: ['incident.task-updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    {
      incidentId,
      taskId,
      changes: input,
    }: { incidentId: string; taskId: string; changes: z.output<typeof IncidentTaskUpdateSchema> },
  ): Promise<IncidentTask> {
    await lockIncidentFor(trx, ctx, incidentId);
    const before = await findTask(trx, ctx.orgId, incidentId, taskId);
    if (!before) throw notFound('Task');
    const finished = input.done === true && !before.done_at;
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
      ...(input.dueAt !== undefined ? { due_at: input.dueAt === null ? null : new Date(input.dueAt) } : {}),
      ...(input.done === true ? { done_at: before.done_at ?? now } : input.done === false ? { done_at: null } : {}),
    };
    // An empty change (`{}`) is a repeat of what is stored: nothing to write or record.
    if (Object.keys(changes).length === 0) {
      unchanged();
      return presentTask(before);
    }
    const task = presentTask(await updateTask(trx, ctx.orgId, taskId, changes));
    await record(
      'incident.task-updated',
      {
        subjectType: 'incident-task',
        subjectId: taskId,
        before: presentTask(before),
        after: task,
        details: { incidentId },
      },
      { incidentId, title: task.title, finished },
    );
    return task;
  },
});

// Response tasks during handling, and improvement actions that come out of the lessons learned.
import type { IncidentTask, IncidentTaskCreateSchema } from '@weerbaar/core/incidents';
import type { z } from 'zod';
import { insertTask } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentTask } from './incident-activity.presenter.ts';
import { lockIncidentFor } from './incident-guards.ts';

export const addIncidentTask = defineUseCase({
  actions: ['incident.task-added'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { incidentId, task: input }: { incidentId: string; task: z.output<typeof IncidentTaskCreateSchema> },
  ): Promise<IncidentTask> {
    await lockIncidentFor(trx, ctx, incidentId);
    const task = presentTask(
      await insertTask(trx, {
        org_id: ctx.orgId,
        incident_id: incidentId,
        title: input.title,
        kind: input.kind,
        assignee: input.assignee ?? null,
        due_at: input.dueAt ? new Date(input.dueAt) : null,
      }),
    );
    await record(
      'incident.task-added',
      { subjectType: 'incident-task', subjectId: task.id, after: task, details: { incidentId } },
      { incidentId, taskKind: task.kind, title: task.title },
    );
    return task;
  },
});

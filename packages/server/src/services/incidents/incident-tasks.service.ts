// Response tasks during handling, and improvement actions that come out of the lessons learned.
import type { IncidentTask, IncidentTaskCreateSchema, IncidentTaskUpdateSchema } from '@weerbaar/core/incidents';
import { notFound } from '@weerbaar/core/platform';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { IncidentTaskRow } from '../../db/schema-incidents.ts';
import { findTask, insertTask, listTasks, updateTask } from '../../repositories/incident-activity.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { requireIncident } from './incident-guards.ts';
import { addTimelineEntry } from './incident-timeline.ts';

export function presentTask(r: IncidentTaskRow): IncidentTask {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    assignee: r.assignee,
    dueAt: r.due_at?.toISOString() ?? null,
    doneAt: r.done_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listIncidentTasks(db: Db, { orgId }: OrgActor, incidentId: string): Promise<IncidentTask[]> {
  await requireIncident(db, orgId, incidentId);
  return (await listTasks(db, orgId, incidentId)).map(presentTask);
}

export async function addIncidentTask(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  input: z.output<typeof IncidentTaskCreateSchema>,
): Promise<IncidentTask> {
  return db.transaction().execute(async (trx) => {
    await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
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
    await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'task_added',
      summary: `${task.kind === 'improvement' ? 'Verbeteractie' : 'Taak'}: ${task.title}`,
      actorLabel: ctx.actor.label,
    });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.task-added',
      subjectType: 'incident-task',
      subjectId: task.id,
      after: task,
      details: { incidentId },
    });
    return task;
  });
}

export async function changeIncidentTask(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  taskId: string,
  input: z.output<typeof IncidentTaskUpdateSchema>,
  now = new Date(),
): Promise<IncidentTask> {
  return db.transaction().execute(async (trx) => {
    await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    const before = await findTask(trx, ctx.orgId, incidentId, taskId);
    if (!before) throw notFound('Task');
    const finishing = input.done === true && !before.done_at;
    const task = presentTask(
      await updateTask(trx, ctx.orgId, taskId, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.assignee !== undefined ? { assignee: input.assignee } : {}),
        ...(input.dueAt !== undefined ? { due_at: input.dueAt === null ? null : new Date(input.dueAt) } : {}),
        ...(input.done === true ? { done_at: before.done_at ?? now } : input.done === false ? { done_at: null } : {}),
      }),
    );
    if (finishing)
      await addTimelineEntry(trx, ctx.orgId, incidentId, {
        kind: 'task_done',
        summary: `Afgerond: ${task.title}`,
        actorLabel: ctx.actor.label,
        occurredAt: now,
      });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.task-updated',
      subjectType: 'incident-task',
      subjectId: taskId,
      before: presentTask(before),
      after: task,
      details: { incidentId },
    });
    return task;
  });
}

// What the incident register shows: every read checks the incident's policy (core policies.ts) first.
import type {
  Incident,
  IncidentAttachment,
  IncidentQuery,
  IncidentSummary,
  IncidentTask,
  Observable,
  RecipientCommunication,
  SignificanceDecision,
  TimelineEntry,
} from '@weerbaar/core/incidents';
import type { OverviewTask } from '@weerbaar/core/overview';
import { notFound } from '@weerbaar/core/platform';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { IncidentRow } from '../../db/schema-incidents.ts';
import {
  findAttachment,
  listAttachments,
  readAttachmentChunk,
} from '../../repositories/incident-attachment.repository.ts';
import {
  listObservables,
  listOpenTasksAssignedTo,
  listRecipientCommunications,
  listTasks,
  listTimeline,
} from '../../repositories/incident-activity.repository.ts';
import {
  findLatestDecision,
  listDecisions,
  listIncidentAssets,
  listIncidents,
} from '../../repositories/incident.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import {
  presentAttachment,
  presentObservable,
  presentRecipientCommunication,
  presentTask,
} from './incident-activity.presenter.ts';
import { requireIncident } from './incident-guards.ts';
import { presentDecision, presentIncident, presentIncidentSummary } from './incident.presenter.ts';
import { loadRecurrence, loadRecurrences } from './incident-recurrence.ts';
import { loadIncidentSettings } from './incident-settings.ts';
import { presentTimelineEntry } from './incident-activity.presenter.ts';

/**
 * The incident as the API shows it: with its services and assets, the proposal (with the incidents the
 * register counts as recurring, Impl. Reg. 2024/2690 Art. 4) and the latest decision.
 */
export async function loadIncident(db: DbOrTrx, orgId: string, row: IncidentRow): Promise<Incident> {
  const [assets, decision, settings] = await Promise.all([
    listIncidentAssets(db, orgId, row.id),
    findLatestDecision(db, orgId, row.id),
    loadIncidentSettings(db, orgId),
  ]);
  const recurrence = await loadRecurrence(db, orgId, row, settings);
  return presentIncident(row, assets, decision, settings, recurrence);
}

/** The incident, once the actor may read it (who may not gets "not found"). */
export async function readableIncident(db: DbOrTrx, ctx: OrgActor, id: string): Promise<IncidentRow> {
  const row = await requireIncident(db, ctx.orgId, id);
  authorize(ctx, 'read', { type: 'incident', orgId: row.org_id }, 'Incident');
  return row;
}

export async function getIncident(db: Db, ctx: OrgActor, id: string): Promise<Incident> {
  return loadIncident(db, ctx.orgId, await readableIncident(db, ctx, id));
}

export async function listOrgIncidents(
  db: Db,
  ctx: OrgActor,
  query: IncidentQuery,
): Promise<{ items: IncidentSummary[]; page: number; pageSize: number; total: number }> {
  authorize(ctx, 'read', { type: 'incident', orgId: ctx.orgId }, 'Incident');
  const { page, pageSize, status, ...rest } = query;
  const [{ rows, total }, settings] = await Promise.all([
    listIncidents(db, ctx.orgId, { ...rest, statuses: status }, { limit: pageSize, offset: (page - 1) * pageSize }),
    loadIncidentSettings(db, ctx.orgId),
  ]);
  const recurrences = await loadRecurrences(db, ctx.orgId, rows, settings);
  return {
    items: rows.map((r) => presentIncidentSummary(r, settings, recurrences.get(r.id)!)),
    page,
    pageSize,
    total,
  };
}

export async function listSignificanceDecisions(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
): Promise<SignificanceDecision[]> {
  await readableIncident(db, ctx, incidentId);
  return (await listDecisions(db, ctx.orgId, incidentId)).map(presentDecision);
}

export async function listIncidentTimeline(db: Db, ctx: OrgActor, incidentId: string): Promise<TimelineEntry[]> {
  await readableIncident(db, ctx, incidentId);
  return (await listTimeline(db, ctx.orgId, incidentId)).map(presentTimelineEntry);
}

export async function listIncidentTasks(db: Db, ctx: OrgActor, incidentId: string): Promise<IncidentTask[]> {
  await readableIncident(db, ctx, incidentId);
  return (await listTasks(db, ctx.orgId, incidentId)).map(presentTask);
}

export async function listIncidentObservables(db: Db, ctx: OrgActor, incidentId: string): Promise<Observable[]> {
  await readableIncident(db, ctx, incidentId);
  return (await listObservables(db, ctx.orgId, incidentId)).map(presentObservable);
}

export async function listIncidentRecipientCommunications(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
): Promise<RecipientCommunication[]> {
  await readableIncident(db, ctx, incidentId);
  return (await listRecipientCommunications(db, ctx.orgId, incidentId)).map(presentRecipientCommunication);
}

export async function listIncidentAttachments(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
): Promise<IncidentAttachment[]> {
  await readableIncident(db, ctx, incidentId);
  return (await listAttachments(db, ctx.orgId, incidentId)).map(presentAttachment);
}

/** A download reads the stored bytes this many at a time (one query per slice). */
export const ATTACHMENT_CHUNK_BYTES = 1024 * 1024;

/**
 * The metadata of a file and its content as slices of at most chunkBytes, so a download never holds
 * more than a slice or two (see readAttachmentChunk). The first slice is read here, so a file removed
 * just now is a plain 404 before any header goes out. Each further slice is a query of its own, without
 * a transaction held open for a slow client: stored files are never changed (the database refuses
 * UPDATE), so the only thing that can happen between slices is removal, and then the transfer is cut off.
 */
export async function openIncidentAttachment(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  attachmentId: string,
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
): Promise<{ attachment: IncidentAttachment; content: AsyncIterable<Buffer> }> {
  const { orgId } = ctx;
  const row = await findAttachment(db, orgId, incidentId, attachmentId);
  if (!row) throw notFound('Attachment');
  authorize(ctx, 'read', { type: 'incident', orgId: row.org_id }, 'Incident');
  const size = row.size_bytes;
  const slice = async (offset: number) => {
    const length = Math.min(chunkBytes, size - offset);
    const chunk = await readAttachmentChunk(db, orgId, incidentId, attachmentId, offset, length);
    if (chunk?.length !== length) throw notFound('Attachment');
    return chunk;
  };
  const first = await slice(0);
  async function* content(): AsyncGenerator<Buffer> {
    yield first;
    for (let offset = chunkBytes; offset < size; offset += chunkBytes) yield await slice(offset);
  }
  return { attachment: presentAttachment(row), content: content() };
}

/**
 * Open tasks assigned to one person across the register: incident tasks, exercise improvement actions and a
 * crisis's actions and improvement actions (one mechanism, incident_tasks). A task's assignee is free text (a
 * name or an e-mail address, incidents, exercises and crises may involve people without an account), so the
 * person is matched by both. The organisation's own exercises and crises are read with the same org:read as
 * its incidents (policies.ts); a crisis task is the owner's row, so a member organisation's people do not see
 * it here (their organisation does not hold it).
 */
export async function listOpenTasksOf(
  db: Db,
  ctx: OrgActor,
  person: { name: string; email: string },
  limit: number,
): Promise<{ items: OverviewTask[]; total: number }> {
  authorize(ctx, 'read', { type: 'incident', orgId: ctx.orgId }, 'Incident');
  authorize(
    ctx,
    'read',
    { type: 'exercise', orgId: ctx.orgId, participantUserIds: [], participantOrgIds: [] },
    'Exercise',
  );
  authorize(ctx, 'read', { type: 'crisis-room', orgId: ctx.orgId, memberOrgIds: [] }, 'Crisis');
  const { rows, total } = await listOpenTasksAssignedTo(db, ctx.orgId, [person.name, person.email], limit);
  return {
    items: rows.map((t) => ({
      id: t.id,
      title: t.title,
      dueAt: t.due_at?.toISOString() ?? null,
      ...(t.incident_id !== null
        ? { incident: { id: t.incident_id, reference: t.reference ?? '', title: t.incident_title ?? '' } }
        : {}),
      ...(t.exercise_id !== null ? { exercise: { id: t.exercise_id, title: t.exercise_title ?? '' } } : {}),
      ...(t.crisis_id !== null
        ? { crisis: { id: t.crisis_id, reference: t.crisis_reference ?? '', title: t.crisis_title ?? '' } }
        : {}),
    })),
    total,
  };
}

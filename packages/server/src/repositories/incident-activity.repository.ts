// The incident's timeline, tasks, observables and recipient communications.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { IncidentTaskRow, ObservableRow, RecipientCommunicationRow, TimelineRow } from '../db/schema-incidents.ts';

export async function insertTimelineEntry(
  db: DbOrTrx,
  row: { org_id: string; incident_id: string; occurred_at: Date; kind: string; summary: string; actor_label: string },
): Promise<TimelineRow> {
  return db.insertInto('incident_timeline').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listTimeline(db: DbOrTrx, orgId: string, incidentId: string): Promise<TimelineRow[]> {
  return db
    .selectFrom('incident_timeline')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('occurred_at')
    .orderBy('created_at')
    .execute();
}

export async function insertTask(
  db: DbOrTrx,
  row: {
    org_id: string;
    incident_id: string;
    title: string;
    kind: 'response' | 'improvement';
    assignee: string | null;
    due_at: Date | null;
  },
): Promise<IncidentTaskRow> {
  return db.insertInto('incident_tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listTasks(db: DbOrTrx, orgId: string, incidentId: string): Promise<IncidentTaskRow[]> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}

export async function findTask(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
  id: string,
): Promise<IncidentTaskRow | undefined> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateTask(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: Partial<{ title: string; assignee: string | null; due_at: Date | null; done_at: Date | null }>,
): Promise<IncidentTaskRow> {
  return db
    .updateTable('incident_tasks')
    .set(changes)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Inserts unless the same type and value is already recorded for the incident (then undefined). */
export async function insertObservable(
  db: DbOrTrx,
  row: { org_id: string; incident_id: string; type: string; value: string; description: string | null },
): Promise<ObservableRow | undefined> {
  return db
    .insertInto('incident_observables')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'incident_id', 'type', 'value']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listObservables(db: DbOrTrx, orgId: string, incidentId: string): Promise<ObservableRow[]> {
  return db
    .selectFrom('incident_observables')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .execute();
}

export async function insertRecipientCommunication(
  db: DbOrTrx,
  row: Omit<RecipientCommunicationRow, 'id' | 'created_at'>,
): Promise<RecipientCommunicationRow> {
  return db.insertInto('incident_recipient_communications').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listRecipientCommunications(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
): Promise<RecipientCommunicationRow[]> {
  return db
    .selectFrom('incident_recipient_communications')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('communicated_at')
    .execute();
}

/**
 * Open tasks whose assignee is one of `assignees` (compared without case or surrounding spaces), the
 * earliest due first, each with its source: the incident's reference and title, the exercise's title, or the
 * crisis's reference and title (incident_tasks is the one task mechanism of incidents, exercises and crises).
 */
export async function listOpenTasksAssignedTo(
  db: DbOrTrx,
  orgId: string,
  assignees: readonly string[],
  limit: number,
): Promise<{
  rows: (IncidentTaskRow & {
    reference: string | null;
    incident_title: string | null;
    exercise_title: string | null;
    crisis_reference: string | null;
    crisis_title: string | null;
  })[];
  total: number;
}> {
  const names = assignees.map((a) => a.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return { rows: [], total: 0 };
  const open = db
    .selectFrom('incident_tasks as t')
    .leftJoin('incidents as i', (join) => join.onRef('i.org_id', '=', 't.org_id').onRef('i.id', '=', 't.incident_id'))
    .leftJoin('exercises as e', (join) => join.onRef('e.org_id', '=', 't.org_id').onRef('e.id', '=', 't.exercise_id'))
    .leftJoin('crises as c', (join) => join.onRef('c.org_id', '=', 't.org_id').onRef('c.id', '=', 't.crisis_id'))
    .where('t.org_id', '=', orgId)
    .where('t.done_at', 'is', null)
    .where(sql<string>`lower(trim(t.assignee))`, 'in', names);
  const [rows, count] = await Promise.all([
    open
      .selectAll('t')
      .select([
        'i.reference',
        'i.title as incident_title',
        'e.title as exercise_title',
        'c.reference as crisis_reference',
        'c.title as crisis_title',
      ])
      .orderBy(sql`t.due_at asc nulls last`)
      .orderBy('t.created_at')
      .limit(limit)
      .execute(),
    open.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

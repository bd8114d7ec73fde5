// The exercise agenda of an authority organisation (issue 16 item 6): agendas, items, invitations of
// organisations on this installation. The invited organisation reads its own invitations by invited_org_id
// (the one read across tenants, as exercise invitations do), limited to the item's plan.
import type { DbOrTrx } from '../db/database.ts';
import type {
  ExerciseAgendaInvitationRow,
  ExerciseAgendaItemRow,
  ExerciseAgendaRow,
} from '../db/schema-exercise-agenda.ts';

type ItemStatus = ExerciseAgendaItemRow['status'];

export async function insertAgenda(
  db: DbOrTrx,
  row: { org_id: string; title: string; first_year: number; last_year: number },
): Promise<ExerciseAgendaRow> {
  return db.insertInto('exercise_agendas').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAgenda(db: DbOrTrx, orgId: string, id: string): Promise<ExerciseAgendaRow | undefined> {
  return db
    .selectFrom('exercise_agendas')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listAgendas(db: DbOrTrx, orgId: string): Promise<(ExerciseAgendaRow & { item_count: string })[]> {
  return db
    .selectFrom('exercise_agendas as a')
    .leftJoin('exercise_agenda_items as i', (j) =>
      j.onRef('i.org_id', '=', 'a.org_id').onRef('i.agenda_id', '=', 'a.id'),
    )
    .selectAll('a')
    .select((eb) => eb.fn.count<string>('i.id').as('item_count'))
    .where('a.org_id', '=', orgId)
    .groupBy(['a.org_id', 'a.id'])
    .orderBy('a.first_year', 'desc')
    .orderBy('a.id')
    .execute();
}

export async function insertAgendaItem(
  db: DbOrTrx,
  row: {
    org_id: string;
    agenda_id: string;
    title: string;
    theme: string;
    scenario: string;
    threat_id: string | null;
    organiser: string;
    objectives: string;
    other_participants: string;
    planned_from: string;
    planned_to: string;
  },
): Promise<ExerciseAgendaItemRow> {
  return db.insertInto('exercise_agenda_items').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAgendaItem(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<ExerciseAgendaItemRow | undefined> {
  return db
    .selectFrom('exercise_agenda_items')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The item, locked for the rest of the transaction (one change at a time). */
export async function lockAgendaItem(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<ExerciseAgendaItemRow | undefined> {
  return db
    .selectFrom('exercise_agenda_items')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function updateAgendaItem(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: { status?: ItemStatus; findings?: string | null; lessons?: string | null; updated_at: Date },
): Promise<ExerciseAgendaItemRow> {
  return db
    .updateTable('exercise_agenda_items')
    .set(changes)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listAgendaItems(db: DbOrTrx, orgId: string, agendaId: string): Promise<ExerciseAgendaItemRow[]> {
  return db
    .selectFrom('exercise_agenda_items')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('agenda_id', '=', agendaId)
    .orderBy('planned_from')
    .orderBy('id')
    .execute();
}

/** Organisations on this installation an authority may invite: every other organisation (name, kind, sector). */
export async function listInvitees(
  db: DbOrTrx,
  orgId: string,
): Promise<{ id: string; name: string; kind: 'entity' | 'authority'; sector: string | null }[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'sector'])
    .where('id', '<>', orgId)
    .orderBy('name')
    .execute();
}

export async function findOrganisationName(db: DbOrTrx, id: string): Promise<string | undefined> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

export async function insertAgendaInvitation(
  db: DbOrTrx,
  row: { org_id: string; item_id: string; invited_org_id: string },
): Promise<ExerciseAgendaInvitationRow | undefined> {
  return db
    .insertInto('exercise_agenda_invitations')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'item_id', 'invited_org_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listItemInvitations(
  db: DbOrTrx,
  orgId: string,
  itemId: string,
): Promise<(ExerciseAgendaInvitationRow & { org_name: string })[]> {
  return db
    .selectFrom('exercise_agenda_invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.invited_org_id')
    .selectAll('i')
    .select('o.name as org_name')
    .where('i.org_id', '=', orgId)
    .where('i.item_id', '=', itemId)
    .orderBy('o.name')
    .execute();
}

const participationColumns = [
  'i.id',
  'i.org_id',
  'i.item_id',
  'i.status',
  'i.responded_at',
  'i.linked_exercise_id',
  'it.title',
  'it.theme',
  'it.scenario',
  'it.organiser',
  'it.objectives',
  'it.planned_from',
  'it.planned_to',
  'it.status as item_status',
  'o.name as authority_name',
  'x.title as linked_exercise_title',
] as const;

function participations(db: DbOrTrx, invitedOrgId: string) {
  return db
    .selectFrom('exercise_agenda_invitations as i')
    .innerJoin('exercise_agenda_items as it', (j) =>
      j.onRef('it.org_id', '=', 'i.org_id').onRef('it.id', '=', 'i.item_id'),
    )
    .innerJoin('organisations as o', 'o.id', 'i.org_id')
    .leftJoin('exercises as x', (j) =>
      j.onRef('x.org_id', '=', 'i.invited_org_id').onRef('x.id', '=', 'i.linked_exercise_id'),
    )
    .select(participationColumns)
    .where('i.invited_org_id', '=', invitedOrgId);
}
export type ParticipationRow = Awaited<ReturnType<typeof listParticipations>>[number];

/** The agenda items this organisation is invited to, by planned start. */
export async function listParticipations(db: DbOrTrx, invitedOrgId: string) {
  return participations(db, invitedOrgId).orderBy('it.planned_from').orderBy('i.id').execute();
}

export async function lockParticipation(
  db: DbOrTrx,
  invitedOrgId: string,
  id: string,
): Promise<ParticipationRow | undefined> {
  return participations(db, invitedOrgId).where('i.id', '=', id).forUpdate('i').executeTakeFirst();
}

export async function answerParticipation(
  db: DbOrTrx,
  orgId: string,
  id: string,
  answer: { status: 'confirmed' | 'declined'; responded_at: Date; responded_by: string },
): Promise<void> {
  await db
    .updateTable('exercise_agenda_invitations')
    .set(answer)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function linkParticipationExercise(
  db: DbOrTrx,
  orgId: string,
  id: string,
  exerciseId: string | null,
): Promise<void> {
  await db
    .updateTable('exercise_agenda_invitations')
    .set({ linked_exercise_id: exerciseId })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** The title of one of the organisation's own exercises; undefined when it is not its own. */
export async function findOwnExerciseTitle(
  db: DbOrTrx,
  orgId: string,
  exerciseId: string,
): Promise<string | undefined> {
  return (
    await db
      .selectFrom('exercises')
      .select('title')
      .where('org_id', '=', orgId)
      .where('id', '=', exerciseId)
      .executeTakeFirst()
  )?.title;
}

/** The crisis started in exercise mode from this item (crises.exercise_agenda_item_id), if any. */
export async function findItemCrisisId(db: DbOrTrx, orgId: string, itemId: string): Promise<string | undefined> {
  return (
    await db
      .selectFrom('crises')
      .select('id')
      .where('org_id', '=', orgId)
      .where('exercise_agenda_item_id', '=', itemId)
      .executeTakeFirst()
  )?.id;
}

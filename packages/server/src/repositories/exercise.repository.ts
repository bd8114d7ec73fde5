// Exercises, their plans, invitations, run log and findings (issue 13 item 6). Improvement actions are
// rows of incident_tasks with exercise_id set (one mechanism with the incident module).
import type { DbOrTrx } from '../db/database.ts';
import type { IncidentTaskRow } from '../db/schema-incidents.ts';
import type {
  ExerciseFindingRow,
  ExerciseInvitationRow,
  ExerciseLogEntryRow,
  ExerciseRow,
} from '../db/schema-continuity-people-exercises.ts';

type ExerciseStatus = ExerciseRow['status'];

export async function insertExercise(
  db: DbOrTrx,
  row: {
    org_id: string;
    title: string;
    kind: ExerciseRow['kind'];
    scenario_id: string;
    starts_at: Date;
    ends_at: Date | null;
    objectives: string;
    participants: string;
  },
): Promise<ExerciseRow> {
  return db.insertInto('exercises').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findExercise(db: DbOrTrx, orgId: string, id: string): Promise<ExerciseRow | undefined> {
  return db.selectFrom('exercises').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The exercise, locked for the rest of the transaction (one change at a time). */
export async function lockExercise(db: DbOrTrx, orgId: string, id: string): Promise<ExerciseRow | undefined> {
  return db
    .selectFrom('exercises')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function updateExercise(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: { status?: ExerciseStatus; evaluation?: string | null; updated_at: Date },
): Promise<ExerciseRow> {
  return db
    .updateTable('exercises')
    .set(changes)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The organisation's exercises with their scenario's title, by start; `year` limits to starts in that range. */
export async function listExercises(
  db: DbOrTrx,
  orgId: string,
  range?: { from: Date; to: Date },
): Promise<(ExerciseRow & { scenario_title: string })[]> {
  let q = db
    .selectFrom('exercises as e')
    .innerJoin('risk_scenarios as s', (j) => j.onRef('s.org_id', '=', 'e.org_id').onRef('s.id', '=', 'e.scenario_id'))
    .selectAll('e')
    .select('s.title as scenario_title')
    .where('e.org_id', '=', orgId);
  if (range) q = q.where('e.starts_at', '>=', range.from).where('e.starts_at', '<', range.to);
  return q.orderBy('e.starts_at').orderBy('e.id').execute();
}

export async function findScenarioTitle(db: DbOrTrx, orgId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('risk_scenarios')
    .select('title')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.title;
}

export async function findPlans(
  db: DbOrTrx,
  orgId: string,
  ids: readonly string[],
): Promise<{ id: string; title: string; kind: 'continuity' | 'crisis' }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('continuity_plans')
    .select(['id', 'title', 'kind'])
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
}

/** Plans whose title contains `text` (demo data links the plans it finds). */
export async function findPlansByTitle(
  db: DbOrTrx,
  orgId: string,
  text: string,
): Promise<{ id: string; title: string }[]> {
  return db
    .selectFrom('continuity_plans')
    .select(['id', 'title'])
    .where('org_id', '=', orgId)
    .where('title', 'like', `%${text}%`)
    .orderBy('title')
    .execute();
}

export async function insertExercisePlans(
  db: DbOrTrx,
  orgId: string,
  exerciseId: string,
  planIds: readonly string[],
): Promise<void> {
  if (planIds.length === 0) return;
  await db
    .insertInto('exercise_plans')
    .values(planIds.map((plan_id) => ({ org_id: orgId, exercise_id: exerciseId, plan_id })))
    .execute();
}

export async function listExercisePlans(
  db: DbOrTrx,
  orgId: string,
  exerciseId: string,
): Promise<{ id: string; title: string; kind: 'continuity' | 'crisis' }[]> {
  return db
    .selectFrom('exercise_plans as ep')
    .innerJoin('continuity_plans as p', (j) => j.onRef('p.org_id', '=', 'ep.org_id').onRef('p.id', '=', 'ep.plan_id'))
    .select(['p.id', 'p.title', 'p.kind'])
    .where('ep.org_id', '=', orgId)
    .where('ep.exercise_id', '=', exerciseId)
    .orderBy('p.title')
    .execute();
}

/**
 * Every plan of the organisation with the latest start of an exercise of the given statuses that tested it
 * (null: never), and that exercise's id.
 */
export async function listPlansLastExercised(
  db: DbOrTrx,
  orgId: string,
  statuses: readonly ExerciseStatus[],
): Promise<
  { id: string; title: string; kind: 'continuity' | 'crisis'; last_at: Date | null; exercise_id: string | null }[]
> {
  return db
    .selectFrom('continuity_plans as p')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('exercise_plans as ep')
          .innerJoin('exercises as e', (j) =>
            j.onRef('e.org_id', '=', 'ep.org_id').onRef('e.id', '=', 'ep.exercise_id'),
          )
          .select(['e.starts_at as last_at', 'e.id as exercise_id'])
          .whereRef('ep.org_id', '=', 'p.org_id')
          .whereRef('ep.plan_id', '=', 'p.id')
          .where('e.status', 'in', statuses)
          .orderBy('e.starts_at', 'desc')
          .limit(1)
          .as('last'),
      (join) => join.onTrue(),
    )
    .select(['p.id', 'p.title', 'p.kind', 'last.last_at', 'last.exercise_id'])
    .where('p.org_id', '=', orgId)
    .orderBy('p.title')
    .execute();
}

/** Other organisations on this installation that may be invited (name only), by name. */
// Partners one may invite: the organisations this one shares a community with (the sharing module's sector
// ISACs, all-entities and ad-hoc groups). Not every organisation on the installation: the list must not
// become a directory of who is on the platform (the same limit as community membership, docs/SHARING.md).
function partnersOf(db: DbOrTrx, orgId: string) {
  return db
    .selectFrom('community_members as theirs')
    .innerJoin('community_members as ours', 'ours.community_id', 'theirs.community_id')
    .where('ours.org_id', '=', orgId)
    .where('theirs.org_id', '<>', orgId)
    .select('theirs.org_id');
}

export async function listPartnerOrganisations(
  db: DbOrTrx,
  orgId: string,
): Promise<{ id: string; name: string; kind: 'entity' | 'authority'; sector: string | null }[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'sector'])
    .where('id', 'in', partnersOf(db, orgId))
    .orderBy('name')
    .execute();
}

/** The name of a partner (see partnersOf); undefined for any other organisation. */
export async function findPartnerName(db: DbOrTrx, orgId: string, partnerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', partnerId)
    .where('id', 'in', partnersOf(db, orgId))
    .executeTakeFirst();
  return row?.name;
}

export async function insertInvitation(
  db: DbOrTrx,
  row: { org_id: string; exercise_id: string; invited_org_id: string; role: string },
): Promise<ExerciseInvitationRow | undefined> {
  return db
    .insertInto('exercise_invitations')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'exercise_id', 'invited_org_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listInvitations(
  db: DbOrTrx,
  orgId: string,
  exerciseId: string,
): Promise<(ExerciseInvitationRow & { org_name: string })[]> {
  return db
    .selectFrom('exercise_invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.invited_org_id')
    .selectAll('i')
    .select('o.name as org_name')
    .where('i.org_id', '=', orgId)
    .where('i.exercise_id', '=', exerciseId)
    .orderBy('o.name')
    .execute();
}

/** The organisations invited to an exercise (for its policy subject). */
const receivedColumns = [
  'i.id',
  'i.org_id',
  'i.exercise_id',
  'i.role',
  'i.status',
  'i.responded_at',
  'e.title as exercise_title',
  'e.kind',
  'e.status as exercise_status',
  'e.starts_at',
  'e.ends_at',
  's.title as scenario_title',
  'o.name as organiser_name',
] as const;

function receivedInvitations(db: DbOrTrx, invitedOrgId: string) {
  return db
    .selectFrom('exercise_invitations as i')
    .innerJoin('exercises as e', (j) => j.onRef('e.org_id', '=', 'i.org_id').onRef('e.id', '=', 'i.exercise_id'))
    .innerJoin('risk_scenarios as s', (j) => j.onRef('s.org_id', '=', 'e.org_id').onRef('s.id', '=', 'e.scenario_id'))
    .innerJoin('organisations as o', 'o.id', 'i.org_id')
    .select(receivedColumns)
    .where('i.invited_org_id', '=', invitedOrgId);
}
export type ReceivedInvitationRow = Awaited<ReturnType<typeof listReceivedInvitations>>[number];

/**
 * The invitations an organisation received from organisers on this installation: the one read across
 * tenants, by invited_org_id, limited to the invitation's facts (no objectives, plans, log or findings).
 */
export async function listReceivedInvitations(db: DbOrTrx, invitedOrgId: string) {
  return receivedInvitations(db, invitedOrgId).orderBy('e.starts_at').orderBy('i.id').execute();
}

/** How many invitations of exercises still planned this organisation received. */
export async function countReceivedInvitations(db: DbOrTrx, invitedOrgId: string): Promise<number> {
  const row = await db
    .selectFrom('exercise_invitations as i')
    .innerJoin('exercises as e', (j) => j.onRef('e.org_id', '=', 'i.org_id').onRef('e.id', '=', 'i.exercise_id'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('i.invited_org_id', '=', invitedOrgId)
    .where('e.status', '=', 'planned')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function lockReceivedInvitation(
  db: DbOrTrx,
  invitedOrgId: string,
  id: string,
): Promise<ReceivedInvitationRow | undefined> {
  return receivedInvitations(db, invitedOrgId).where('i.id', '=', id).forUpdate('i').executeTakeFirst();
}

export async function answerInvitation(
  db: DbOrTrx,
  orgId: string,
  id: string,
  answer: { status: 'accepted' | 'declined'; responded_at: Date; responded_by: string },
): Promise<void> {
  await db.updateTable('exercise_invitations').set(answer).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function insertLogEntry(
  db: DbOrTrx,
  row: {
    org_id: string;
    exercise_id: string;
    occurred_at: Date;
    kind: ExerciseLogEntryRow['kind'];
    text: string;
    recorded_by: string;
  },
): Promise<ExerciseLogEntryRow> {
  return db.insertInto('exercise_log_entries').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listLogEntries(db: DbOrTrx, orgId: string, exerciseId: string): Promise<ExerciseLogEntryRow[]> {
  return db
    .selectFrom('exercise_log_entries')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('exercise_id', '=', exerciseId)
    .orderBy('occurred_at')
    .orderBy('created_at')
    .execute();
}

export async function insertFinding(
  db: DbOrTrx,
  row: { org_id: string; exercise_id: string; text: string },
): Promise<ExerciseFindingRow> {
  return db.insertInto('exercise_findings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findFinding(
  db: DbOrTrx,
  orgId: string,
  exerciseId: string,
  id: string,
): Promise<ExerciseFindingRow | undefined> {
  return db
    .selectFrom('exercise_findings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('exercise_id', '=', exerciseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listFindings(db: DbOrTrx, orgId: string, exerciseId: string): Promise<ExerciseFindingRow[]> {
  return db
    .selectFrom('exercise_findings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('exercise_id', '=', exerciseId)
    .orderBy('created_at')
    .execute();
}

/** An improvement action of an exercise: a task row whose source is the exercise. */
export async function insertExerciseAction(
  db: DbOrTrx,
  row: {
    org_id: string;
    exercise_id: string;
    finding_id: string | null;
    title: string;
    assignee: string | null;
    due_at: Date | null;
  },
): Promise<IncidentTaskRow> {
  return db
    .insertInto('incident_tasks')
    .values({ ...row, kind: 'improvement' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listExerciseActions(db: DbOrTrx, orgId: string, exerciseId: string): Promise<IncidentTaskRow[]> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('exercise_id', '=', exerciseId)
    .orderBy('created_at')
    .execute();
}

export async function findExerciseAction(
  db: DbOrTrx,
  orgId: string,
  exerciseId: string,
  id: string,
): Promise<IncidentTaskRow | undefined> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('exercise_id', '=', exerciseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setExerciseActionDone(
  db: DbOrTrx,
  orgId: string,
  id: string,
  doneAt: Date | null,
): Promise<IncidentTaskRow> {
  return db
    .updateTable('incident_tasks')
    .set({ done_at: doneAt })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// Crisis coordination (issue 16 items 1, 2, 5). A crisis belongs to the authority organisation that declared
// it (org_id); member organisations read it through crisis_member_orgs (the one read across tenants, as
// exercise invitations are). Actions and improvement actions are rows of incident_tasks with crisis_id.
import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type {
  CrisisDecisionRow,
  CrisisFactRow,
  CrisisLessonRow,
  CrisisLevelChangeRow,
  CrisisRow,
  CrisisSettingsRow,
  CrisisSitrepRow,
  CrisesTable,
  CrisisTeamRow,
  CrisisRemoteMemberRow,
} from '../db/schema-crisis.ts';
import type { IncidentTaskRow } from '../db/schema-incidents.ts';
import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';

// ---- Settings

export async function findCrisisSettings(db: DbOrTrx, orgId: string): Promise<CrisisSettingsRow | undefined> {
  return db.selectFrom('crisis_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

export async function upsertCrisisSettings(
  trx: Trx,
  row: {
    org_id: string;
    levels: string;
    structures: string;
    default_sitrep_interval_minutes: number;
    updated_by: string;
    updated_at: Date;
  },
): Promise<void> {
  await trx
    .insertInto('crisis_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({
        levels: row.levels,
        structures: row.structures,
        default_sitrep_interval_minutes: row.default_sitrep_interval_minutes,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

// ---- Crises

/** The next reference of this organisation (CR-2026-001, OEF-2026-001), serialised per organisation. */
export async function nextCrisisReference(trx: Trx, orgId: string, prefix: string, year: number): Promise<string> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`crisis-reference:${orgId}`}))`.execute(trx);
  const stem = `${prefix}-${year}-`;
  const row = await trx
    .selectFrom('crises')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .where('reference', 'like', `${stem}%`)
    .executeTakeFirstOrThrow();
  return `${stem}${String(Number(row.n) + 1).padStart(3, '0')}`;
}

export async function insertCrisis(trx: Trx, row: Insertable<CrisesTable>): Promise<CrisisRow> {
  return trx.insertInto('crises').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCrisis(
  trx: Trx,
  orgId: string,
  id: string,
  patch: Updateable<CrisesTable>,
): Promise<CrisisRow> {
  return trx
    .updateTable('crises')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The crisis (`c`) is run by the reader's organisation or has it as a member. */
function readableBy(readerOrgId: string) {
  return (eb: ExpressionBuilder<Database & { c: Database['crises'] }, 'c'>) =>
    eb.or([
      eb('c.org_id', '=', readerOrgId),
      eb.exists(
        eb
          .selectFrom('crisis_member_orgs as m')
          .select('m.crisis_id')
          .whereRef('m.org_id', '=', 'c.org_id')
          .whereRef('m.crisis_id', '=', 'c.id')
          .where('m.member_org_id', '=', readerOrgId),
      ),
    ]);
}

/** A crisis the reader's organisation owns or is a member of (its owner in org_id). */
export async function findReadableCrisis(
  db: DbOrTrx,
  readerOrgId: string,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<CrisisRow | undefined> {
  let q = db.selectFrom('crises as c').selectAll('c').where('c.id', '=', id).where(readableBy(readerOrgId));
  if (opts.lock) q = q.forNoKeyUpdate();
  return q.executeTakeFirst();
}

/** Crises the organisation runs or takes part in, real or exercise (never both in one list). */
export async function listReadableCrises(db: DbOrTrx, readerOrgId: string, isExercise: boolean): Promise<CrisisRow[]> {
  return db
    .selectFrom('crises as c')
    .selectAll('c')
    .where('c.is_exercise', '=', isExercise)
    .where(readableBy(readerOrgId))
    .orderBy('c.declared_at', 'desc')
    .limit(500)
    .execute();
}

/** Last sitrep time per crisis (for the due rule). */
export async function lastSitrepTimes(db: DbOrTrx, crises: readonly CrisisRow[]): Promise<Map<string, Date>> {
  if (crises.length === 0) return new Map();
  const rows = await db
    .selectFrom('crisis_sitreps')
    .select(['crisis_id', (eb) => eb.fn.max('issued_at').as('last')])
    .where('org_id', 'in', [...new Set(crises.map((c) => c.org_id))])
    .where(
      'crisis_id',
      'in',
      crises.map((c) => c.id),
    )
    .groupBy('crisis_id')
    .execute();
  return new Map(rows.map((r) => [r.crisis_id, new Date(r.last as unknown as Date)]));
}

// ---- Level changes

export async function insertLevelChange(
  trx: Trx,
  row: {
    org_id: string;
    crisis_id: string;
    kind: CrisisLevelChangeRow['kind'];
    from_level: string | null;
    to_level: string;
    reason: string;
    changed_by: string;
    changed_at: Date;
  },
): Promise<void> {
  await trx.insertInto('crisis_level_changes').values(row).execute();
}

export async function listLevelChanges(db: DbOrTrx, orgId: string, crisisId: string): Promise<CrisisLevelChangeRow[]> {
  return db
    .selectFrom('crisis_level_changes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy('changed_at')
    .orderBy('seq')
    .execute();
}

// ---- Members and team

export async function listMemberOrgs(
  db: DbOrTrx,
  orgId: string,
  crisisId: string,
): Promise<{ member_org_id: string; name: string }[]> {
  return db
    .selectFrom('crisis_member_orgs as m')
    .innerJoin('organisations as o', 'o.id', 'm.member_org_id')
    .select(['m.member_org_id', 'o.name'])
    .where('m.org_id', '=', orgId)
    .where('m.crisis_id', '=', crisisId)
    .orderBy('o.name')
    .execute();
}

/** Adds member organisations; returns the ones that were not members yet. */
export async function addMemberOrgs(
  trx: Trx,
  orgId: string,
  crisisId: string,
  memberOrgIds: readonly string[],
  by: string,
  at: Date,
): Promise<string[]> {
  if (memberOrgIds.length === 0) return [];
  const rows = await trx
    .insertInto('crisis_member_orgs')
    .values(
      memberOrgIds.map((m) => ({ org_id: orgId, crisis_id: crisisId, member_org_id: m, added_by: by, added_at: at })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('member_org_id')
    .execute();
  return rows.map((r) => r.member_org_id);
}

/** Takes an organisation out of the room, with its people in the crisis team (they no longer belong to it). */
export async function removeMemberOrg(
  trx: Trx,
  orgId: string,
  crisisId: string,
  memberOrgId: string,
): Promise<boolean> {
  const removed = await trx
    .deleteFrom('crisis_member_orgs')
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .where('member_org_id', '=', memberOrgId)
    .executeTakeFirst();
  if (removed.numDeletedRows === 0n) return false;
  await trx
    .deleteFrom('crisis_team')
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .where('user_id', 'in', (eb) => eb.selectFrom('memberships').select('user_id').where('org_id', '=', memberOrgId))
    .where('user_id', 'not in', (eb) => eb.selectFrom('memberships').select('user_id').where('org_id', '=', orgId))
    .execute();
  return true;
}

/** Which of these ids are organisations on this installation. */
export async function existingOrgIds(db: DbOrTrx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function listTeam(
  db: DbOrTrx,
  orgId: string,
  crisisId: string,
): Promise<(CrisisTeamRow & { name: string; email: string })[]> {
  return db
    .selectFrom('crisis_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('t')
    .select(['u.name', 'u.email'])
    .where('t.org_id', '=', orgId)
    .where('t.crisis_id', '=', crisisId)
    .orderBy('u.name')
    .execute();
}

export async function upsertTeamMember(trx: Trx, row: CrisisTeamRow): Promise<void> {
  await trx
    .insertInto('crisis_team')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'crisis_id', 'user_id']).doUpdateSet({ role: row.role }))
    .execute();
}

/** Takes a person out of the crisis team; the role they had, or undefined when they were not in it. */
export async function deleteTeamMember(
  trx: Trx,
  orgId: string,
  crisisId: string,
  userId: string,
): Promise<string | undefined> {
  const row = await trx
    .deleteFrom('crisis_team')
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .where('user_id', '=', userId)
    .returning('role')
    .executeTakeFirst();
  return row?.role;
}

/** A membership (`ms`) in the owning organisation or one of the crisis's member organisations. */
function ofCrisisOrgs(
  eb: ExpressionBuilder<Database & { ms: Database['memberships'] }, 'ms'>,
  orgId: string,
  crisisId: string,
) {
  return eb.or([
    eb('ms.org_id', '=', orgId),
    eb(
      'ms.org_id',
      'in',
      eb
        .selectFrom('crisis_member_orgs')
        .select('member_org_id')
        .where('org_id', '=', orgId)
        .where('crisis_id', '=', crisisId),
    ),
  ]);
}

/** Whether the person belongs to the owning organisation or one of the crisis's member organisations. */
export async function isPersonOfCrisisOrgs(
  db: DbOrTrx,
  orgId: string,
  crisisId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('memberships as ms')
    .select('ms.user_id')
    .where('ms.user_id', '=', userId)
    .where((eb) => ofCrisisOrgs(eb, orgId, crisisId))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The people of the owning organisation and of the crisis's member organisations, with the role and kind the
 * crisis-room policy weighs: the candidates of the crisis-team picker (the service keeps those who may post).
 * Only what the picker shows leaves here: name and organisation, never an e-mail address.
 */
export async function listPeopleOfCrisisOrgs(
  db: DbOrTrx,
  orgId: string,
  crisisId: string,
): Promise<{ user_id: string; name: string; org_id: string; org_name: string; org_kind: string; role: string }[]> {
  return db
    .selectFrom('memberships as ms')
    .innerJoin('users as u', 'u.id', 'ms.user_id')
    .innerJoin('organisations as o', 'o.id', 'ms.org_id')
    .select(['ms.user_id', 'u.name', 'ms.org_id', 'o.name as org_name', 'o.kind as org_kind', 'ms.role'])
    .where((eb) => ofCrisisOrgs(eb, orgId, crisisId))
    .orderBy('o.name')
    .orderBy('u.name')
    .orderBy('ms.user_id')
    .execute();
}

// ---- Scope

export async function addScopeLinks(
  trx: Trx,
  orgId: string,
  crisisId: string,
  at: Date,
  scope: {
    inboxReportIds: readonly string[];
    advisoryIds: readonly string[];
    observables: readonly { type: string; value: string }[];
  },
): Promise<void> {
  const base = { org_id: orgId, crisis_id: crisisId, added_at: at };
  if (scope.inboxReportIds.length > 0) {
    await trx
      .insertInto('crisis_inbox_reports')
      .values(scope.inboxReportIds.map((id) => ({ ...base, submission_id: id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (scope.advisoryIds.length > 0) {
    await trx
      .insertInto('crisis_advisories')
      .values(scope.advisoryIds.map((id) => ({ ...base, advisory_id: id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (scope.observables.length > 0) {
    await trx
      .insertInto('crisis_observables')
      .values(scope.observables.map((o) => ({ ...base, indicator_type: o.type, indicator_value: o.value })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Takes received reports, advisories and observables out of the crisis's scope; how many links went. */
export async function removeScopeLinks(
  trx: Trx,
  orgId: string,
  crisisId: string,
  scope: {
    inboxReportIds: readonly string[];
    advisoryIds: readonly string[];
    observables: readonly { type: string; value: string }[];
  },
): Promise<number> {
  let removed = 0n;
  if (scope.inboxReportIds.length > 0) {
    const r = await trx
      .deleteFrom('crisis_inbox_reports')
      .where('org_id', '=', orgId)
      .where('crisis_id', '=', crisisId)
      .where('submission_id', 'in', scope.inboxReportIds)
      .executeTakeFirst();
    removed += r.numDeletedRows;
  }
  if (scope.advisoryIds.length > 0) {
    const r = await trx
      .deleteFrom('crisis_advisories')
      .where('org_id', '=', orgId)
      .where('crisis_id', '=', crisisId)
      .where('advisory_id', 'in', scope.advisoryIds)
      .executeTakeFirst();
    removed += r.numDeletedRows;
  }
  for (const o of scope.observables) {
    const r = await trx
      .deleteFrom('crisis_observables')
      .where('org_id', '=', orgId)
      .where('crisis_id', '=', crisisId)
      .where('indicator_type', '=', o.type)
      .where('indicator_value', '=', o.value)
      .executeTakeFirst();
    removed += r.numDeletedRows;
  }
  return Number(removed);
}

/** Which of these inbox reports and advisories the organisation holds. */
export async function existingScopeItems(
  db: DbOrTrx,
  orgId: string,
  inboxReportIds: readonly string[],
  advisoryIds: readonly string[],
): Promise<{ inboxReportIds: Set<string>; advisoryIds: Set<string> }> {
  const [reports, advisories] = await Promise.all([
    inboxReportIds.length === 0
      ? []
      : db
          .selectFrom('inbox_reports')
          .select('submission_id')
          .where('org_id', '=', orgId)
          .where('submission_id', 'in', inboxReportIds)
          .execute(),
    advisoryIds.length === 0
      ? []
      : db
          .selectFrom('csaf_advisories')
          .select('id')
          .where('org_id', '=', orgId)
          .where('id', 'in', advisoryIds)
          .execute(),
  ]);
  return {
    inboxReportIds: new Set(reports.map((r) => r.submission_id)),
    advisoryIds: new Set(advisories.map((a) => a.id)),
  };
}

export async function listScope(db: DbOrTrx, orgId: string, crisisId: string) {
  const [inboxReports, advisories, observables] = await Promise.all([
    db
      .selectFrom('crisis_inbox_reports as l')
      .innerJoin('inbox_reports as r', (j) =>
        j.onRef('r.org_id', '=', 'l.org_id').onRef('r.submission_id', '=', 'l.submission_id'),
      )
      .select(['r.submission_id', 'r.incident_reference', 'r.incident_title', 'r.sender_name'])
      .where('l.org_id', '=', orgId)
      .where('l.crisis_id', '=', crisisId)
      .orderBy('r.received_at')
      .execute(),
    db
      .selectFrom('crisis_advisories as l')
      .innerJoin('csaf_advisories as a', (j) =>
        j.onRef('a.org_id', '=', 'l.org_id').onRef('a.id', '=', 'l.advisory_id'),
      )
      .select(['a.id', 'a.tracking_id', 'a.title'])
      .where('l.org_id', '=', orgId)
      .where('l.crisis_id', '=', crisisId)
      .orderBy('a.tracking_id')
      .execute(),
    db
      .selectFrom('crisis_observables')
      .select(['indicator_type', 'indicator_value'])
      .where('org_id', '=', orgId)
      .where('crisis_id', '=', crisisId)
      .orderBy('indicator_type')
      .orderBy('indicator_value')
      .execute(),
  ]);
  return { inboxReports, advisories, observables };
}

// ---- Picture, decisions, actions, sitreps, lessons

export async function insertFact(trx: Trx, row: Omit<CrisisFactRow, 'id'>): Promise<CrisisFactRow> {
  return trx.insertInto('crisis_facts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listFacts(db: DbOrTrx, orgId: string, crisisId: string): Promise<CrisisFactRow[]> {
  return db
    .selectFrom('crisis_facts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy('observed_at')
    .orderBy('recorded_at')
    .execute();
}

/** The next number in a crisis's numbered list; call with the crisis row locked. */
export async function nextNumber(
  trx: Trx,
  table: 'crisis_decisions' | 'crisis_sitreps',
  orgId: string,
  crisisId: string,
): Promise<number> {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max('number').as('n'))
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0) + 1;
}

export async function insertDecision(trx: Trx, row: Omit<CrisisDecisionRow, 'id'>): Promise<CrisisDecisionRow> {
  return trx.insertInto('crisis_decisions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listDecisions(db: DbOrTrx, orgId: string, crisisId: string): Promise<CrisisDecisionRow[]> {
  return db
    .selectFrom('crisis_decisions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy('number')
    .execute();
}

export async function insertCrisisTask(
  trx: Trx,
  row: {
    org_id: string;
    crisis_id: string;
    title: string;
    kind: 'response' | 'improvement';
    assignee: string | null;
    due_at: Date | null;
    created_at: Date;
  },
): Promise<IncidentTaskRow> {
  return trx.insertInto('incident_tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listCrisisTasks(db: DbOrTrx, orgId: string, crisisId: string): Promise<IncidentTaskRow[]> {
  return db
    .selectFrom('incident_tasks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy(sql`due_at asc nulls last`)
    .orderBy('created_at')
    .execute();
}

export async function setCrisisTaskDone(
  trx: Trx,
  orgId: string,
  crisisId: string,
  taskId: string,
  doneAt: Date | null,
): Promise<IncidentTaskRow | undefined> {
  return trx
    .updateTable('incident_tasks')
    .set({ done_at: doneAt })
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .where('id', '=', taskId)
    .returningAll()
    .executeTakeFirst();
}

export async function insertSitrep(
  trx: Trx,
  row: {
    org_id: string;
    crisis_id: string;
    number: number;
    summary: string;
    content: string;
    issued_by: string;
    issued_at: Date;
  },
): Promise<CrisisSitrepRow> {
  return trx.insertInto('crisis_sitreps').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listSitreps(db: DbOrTrx, orgId: string, crisisId: string): Promise<CrisisSitrepRow[]> {
  return db
    .selectFrom('crisis_sitreps')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy('number')
    .execute();
}

export async function findSitrep(
  db: DbOrTrx,
  orgId: string,
  crisisId: string,
  sitrepId: string,
): Promise<CrisisSitrepRow | undefined> {
  return db
    .selectFrom('crisis_sitreps')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .where('id', '=', sitrepId)
    .executeTakeFirst();
}

export async function insertLesson(trx: Trx, row: Omit<CrisisLessonRow, 'id'>): Promise<CrisisLessonRow> {
  return trx.insertInto('crisis_lessons').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listLessons(db: DbOrTrx, orgId: string, crisisId: string): Promise<CrisisLessonRow[]> {
  return db
    .selectFrom('crisis_lessons')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy('recorded_at')
    .execute();
}

/** Members on another installation (registry entities): they receive sitreps over the pull, not the room. */
export async function listRemoteMembers(
  db: DbOrTrx,
  orgId: string,
  crisisId: string,
): Promise<CrisisRemoteMemberRow[]> {
  return db
    .selectFrom('crisis_remote_members')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .orderBy('name')
    .execute();
}

/** Adds members on another installation; returns the entity ids that were not members yet. */
export async function addRemoteMembers(trx: Trx, rows: readonly CrisisRemoteMemberRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const added = await trx
    .insertInto('crisis_remote_members')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .returning('entity_id')
    .execute();
  return added.map((r) => r.entity_id);
}

export async function removeRemoteMember(
  trx: Trx,
  orgId: string,
  crisisId: string,
  entityId: string,
): Promise<boolean> {
  const removed = await trx
    .deleteFrom('crisis_remote_members')
    .where('org_id', '=', orgId)
    .where('crisis_id', '=', crisisId)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return removed.numDeletedRows > 0n;
}

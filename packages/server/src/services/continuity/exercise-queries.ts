// Reads of exercises: the organiser's list, one exercise, the yearly calendar, per plan when it was last
// exercised; an invited organisation's received invitations; the organisations one may invite.
import {
  EXERCISED_STATUSES,
  exerciseCalendar,
  planExerciseStatus,
  type Exercise,
  type ExerciseSummary,
  type PlanExerciseCoverage,
  type ReceivedInvitation,
} from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import {
  findExercise,
  findScenarioTitle,
  listExerciseActions,
  listExercisePlans,
  listExercises,
  listFindings,
  listInvitations,
  listLogEntries,
  listPartnerOrganisations,
  listPlansLastExercised,
  listReceivedInvitations,
  countReceivedInvitations,
} from '../../repositories/exercise.repository.ts';
import type { ExerciseRow } from '../../db/schema-continuity-people-exercises.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentExercise, presentExerciseSummary, presentReceivedInvitation } from './exercise.presenter.ts';

/** The organiser's own exercises: read with org:read; another organisation's exercise is not found here. */
export const ownExercises = (orgId: string) =>
  ({ type: 'exercise', orgId, participantUserIds: [], participantOrgIds: [] }) as const;

export async function listOrgExercises(db: DbOrTrx, ctx: OrgActor): Promise<ExerciseSummary[]> {
  authorize(ctx, 'read', ownExercises(ctx.orgId), 'Exercise');
  return (await listExercises(db, ctx.orgId)).map((r) => presentExerciseSummary(r, r.scenario_title));
}

export async function loadExercise(db: DbOrTrx, orgId: string, row: ExerciseRow): Promise<Exercise> {
  const [scenarioTitle, plans, invitations, log, findings, actions] = await Promise.all([
    findScenarioTitle(db, orgId, row.scenario_id),
    listExercisePlans(db, orgId, row.id),
    listInvitations(db, orgId, row.id),
    listLogEntries(db, orgId, row.id),
    listFindings(db, orgId, row.id),
    listExerciseActions(db, orgId, row.id),
  ]);
  return presentExercise(row, { scenarioTitle: scenarioTitle ?? '', plans, invitations, log, findings, actions });
}

export async function getExercise(db: DbOrTrx, ctx: OrgActor, id: string): Promise<Exercise> {
  authorize(ctx, 'read', ownExercises(ctx.orgId), 'Exercise');
  const row = await findExercise(db, ctx.orgId, id);
  if (!row) throw notFound('Exercise');
  return loadExercise(db, ctx.orgId, row);
}

/** The yearly exercise calendar: twelve months, each with the exercises starting in it (Amsterdam time). */
export async function getExerciseCalendar(
  db: DbOrTrx,
  ctx: OrgActor,
  year: number,
): Promise<{ year: number; months: { month: number; items: ExerciseSummary[] }[] }> {
  authorize(ctx, 'read', ownExercises(ctx.orgId), 'Exercise');
  // A day either side covers the Amsterdam offset; exerciseCalendar keeps the year's exercises only.
  const rows = await listExercises(db, ctx.orgId, {
    from: new Date(Date.UTC(year, 0, 1) - 86_400_000),
    to: new Date(Date.UTC(year + 1, 0, 1) + 86_400_000),
  });
  const items = rows.map((r) => presentExerciseSummary(r, r.scenario_title));
  return { year, months: exerciseCalendar(year, items) };
}

/** Per plan, when an exercise that tested it was last held, and whether another is due. */
export async function listPlanExerciseCoverage(db: DbOrTrx, ctx: OrgActor, now: Date): Promise<PlanExerciseCoverage[]> {
  authorize(ctx, 'read', ownExercises(ctx.orgId), 'Exercise');
  const rows = await listPlansLastExercised(db, ctx.orgId, EXERCISED_STATUSES);
  return rows.map((r) => ({
    plan: { id: r.id, title: r.title, kind: r.kind },
    lastExercisedAt: r.last_at?.toISOString() ?? null,
    lastExerciseId: r.exercise_id,
    status: planExerciseStatus(r.last_at, now),
  }));
}

/** Invitations this organisation received, with the invitation's facts only. */
export async function listOwnInvitations(db: DbOrTrx, ctx: OrgActor): Promise<ReceivedInvitation[]> {
  authorize(ctx, 'read', { type: 'organisation', orgId: ctx.orgId }, 'Organisation');
  return (await listReceivedInvitations(db, ctx.orgId)).map(presentReceivedInvitation);
}

/** How many invitations to exercises still planned wait on this organisation's overview. */
export async function countOwnInvitations(db: DbOrTrx, ctx: OrgActor): Promise<number> {
  authorize(ctx, 'read', { type: 'organisation', orgId: ctx.orgId }, 'Organisation');
  return countReceivedInvitations(db, ctx.orgId);
}

/**
 * Organisations one may invite (id, name, kind, sector): those this one shares a community with, the
 * sector and chain partners an exercise reaches. Names only; nothing of their registers.
 */
export async function listInvitableOrganisations(
  db: DbOrTrx,
  ctx: OrgActor,
): Promise<{ id: string; name: string; kind: 'entity' | 'authority'; sector: string | null }[]> {
  authorize(ctx, 'manage', ownExercises(ctx.orgId), 'Exercise');
  return listPartnerOrganisations(db, ctx.orgId);
}

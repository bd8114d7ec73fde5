// Reads of the exercise agenda: the authority's agendas, one agenda with its coverage picture, one item;
// an invited organisation's participations; the organisations the authority may invite.
import {
  agendaCoverage,
  type Agenda,
  type AgendaItem,
  type AgendaSummary,
  type Invitee,
  type ExerciseCrisisStart,
  type Participation,
} from '@weerbaar/core/exercise-agenda';
import type { CrisisDeclare } from '@weerbaar/core/crisis';
import { DomainError, notFound } from '@weerbaar/core/platform';
import type { ThreatThemeId } from '@weerbaar/core/risk';
import type { DbOrTrx } from '../../db/database.ts';
import type { ExerciseAgendaItemRow } from '../../db/schema-exercise-agenda.ts';
import {
  findAgenda,
  findAgendaItem,
  findItemCrisisId,
  listAgendaItems,
  listAgendas,
  listInvitees,
  listItemInvitations,
  listParticipations,
} from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import {
  presentAgendaItem,
  presentAgendaItemSummary,
  presentAgendaSummary,
  presentParticipation,
} from './exercise-agenda.presenter.ts';

/**
 * The authority's own agenda as a policy subject (core policies.ts `exercise`): read with org:read by its own
 * organisation, managed by its owner, admin and analyst (authority:triage); invited organisations are named
 * per item (itemSubject).
 */
export const ownAgenda = (orgId: string) =>
  ({ type: 'exercise', orgId, participantUserIds: [], participantOrgIds: [] }) as const;
export const itemSubject = (orgId: string, invitedOrgIds: readonly string[]) =>
  ({ type: 'exercise', orgId, participantUserIds: [], participantOrgIds: invitedOrgIds }) as const;

export async function listOrgAgendas(db: DbOrTrx, ctx: OrgActor): Promise<AgendaSummary[]> {
  authorize(ctx, 'read', ownAgenda(ctx.orgId), 'Exercise agenda');
  return (await listAgendas(db, ctx.orgId)).map((r) => presentAgendaSummary(r, Number(r.item_count)));
}

export async function getAgenda(db: DbOrTrx, ctx: OrgActor, agendaId: string): Promise<Agenda> {
  authorize(ctx, 'read', ownAgenda(ctx.orgId), 'Exercise agenda');
  const agenda = await findAgenda(db, ctx.orgId, agendaId);
  if (!agenda) throw notFound('Exercise agenda');
  const items = await listAgendaItems(db, ctx.orgId, agendaId);
  const coverage = agendaCoverage(
    agenda.first_year,
    agenda.last_year,
    items.map((i) => ({
      theme: i.theme as ThreatThemeId,
      status: i.status,
      plannedFrom: i.planned_from,
      organiser: i.organiser,
    })),
  );
  return {
    ...presentAgendaSummary(agenda, items.length),
    items: items.map(presentAgendaItemSummary),
    coverage,
  };
}

export async function loadAgendaItem(db: DbOrTrx, orgId: string, row: ExerciseAgendaItemRow): Promise<AgendaItem> {
  const [invitations, crisisId] = await Promise.all([
    listItemInvitations(db, orgId, row.id),
    findItemCrisisId(db, orgId, row.id),
  ]);
  return presentAgendaItem(row, { invitations, crisisId: crisisId ?? null });
}

export async function getAgendaItem(db: DbOrTrx, ctx: OrgActor, itemId: string): Promise<AgendaItem> {
  authorize(ctx, 'read', ownAgenda(ctx.orgId), 'Agenda item');
  const row = await findAgendaItem(db, ctx.orgId, itemId);
  if (!row) throw notFound('Agenda item');
  return loadAgendaItem(db, ctx.orgId, row);
}

export async function listOrgInvitees(db: DbOrTrx, ctx: OrgActor): Promise<Invitee[]> {
  authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Exercise agenda');
  return listInvitees(db, ctx.orgId);
}

/**
 * The agenda items of authorities this organisation is invited to: each checked against the item's policy
 * (an invited organisation reads the item it is invited to, and nothing else of the authority).
 */
export async function listOwnParticipations(db: DbOrTrx, ctx: OrgActor): Promise<Participation[]> {
  const rows = await listParticipations(db, ctx.orgId);
  for (const r of rows) authorize(ctx, 'read', itemSubject(r.org_id, [ctx.orgId]), 'Agenda item');
  return rows.map(presentParticipation);
}

/**
 * What the crisis module's declareCrisis gets to start an exercise crisis from this item (issue 16 item 6):
 * marked as an exercise, naming the item, with the organisations that confirmed as members. Only an item that
 * is planned, prepared or held, and has no exercise crisis yet (a unique index guards the race).
 */
export async function exerciseCrisisDeclaration(
  db: DbOrTrx,
  ctx: OrgActor,
  itemId: string,
  start: ExerciseCrisisStart,
): Promise<CrisisDeclare> {
  authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Agenda item');
  const row = await findAgendaItem(db, ctx.orgId, itemId);
  if (!row) throw notFound('Agenda item');
  if (row.status === 'evaluated' || row.status === 'cancelled') {
    throw new DomainError('conflict', `The item is ${row.status}: no exercise crisis can start`);
  }
  if ((await findItemCrisisId(db, ctx.orgId, itemId)) !== undefined) {
    throw new DomainError('conflict', 'An exercise crisis was already started from this item');
  }
  const invitations = await listItemInvitations(db, ctx.orgId, itemId);
  return {
    title: row.title,
    description: row.scenario,
    level: start.level,
    reason: start.reason ?? `Oefening van de oefenagenda: ${row.title}`,
    memberOrgIds: invitations.filter((i) => i.status === 'confirmed').map((i) => i.invited_org_id),
    isExercise: true,
    exerciseAgendaItemId: row.id,
  };
}

// Reads of the exercise agenda: the authority's agendas, one agenda with its coverage picture, one item;
// an invited organisation's participations; the organisations the authority may invite.
import {
  agendaCoverage,
  type Agenda,
  type AgendaItem,
  type AgendaSummary,
  type Invitee,
  type Participation,
} from '@weerbaar/core/exercise-agenda';
import { notFound } from '@weerbaar/core/platform';
import type { ThreatThemeId } from '@weerbaar/core/risk';
import type { DbOrTrx } from '../../db/database.ts';
import type { ExerciseAgendaItemRow } from '../../db/schema-exercise-agenda.ts';
import {
  findAgenda,
  findAgendaItem,
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
  const invitations = await listItemInvitations(db, orgId, row.id);
  return presentAgendaItem(row, { invitations, crisisId: null });
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

import type { AgendaItem, AgendaItemCreate } from '@weerbaar/core/exercise-agenda';
import { invalidField, notFound } from '@weerbaar/core/platform';
import { catalogueThreat } from '@weerbaar/core/risk';
import { findAgenda, insertAgendaItem } from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadAgendaItem, ownAgenda } from './exercise-agenda-queries.ts';

/**
 * Puts an exercise on the agenda: a theme of the national risk analysis (RbRA 2022, nine themes) and a
 * scenario, optionally a threat of the all-hazards catalogue, within the agenda's years.
 */
export const planAgendaItem = defineUseCase({
  actions: ['exercise-agenda.item-planned'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { agendaId, item }: { agendaId: string; item: AgendaItemCreate },
  ): Promise<AgendaItem> {
    authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Exercise agenda');
    const agenda = await findAgenda(trx, ctx.orgId, agendaId);
    if (!agenda) throw notFound('Exercise agenda');
    const year = Number(item.plannedFrom.slice(0, 4));
    if (year < agenda.first_year || year > agenda.last_year) {
      throw invalidField(
        'body.plannedFrom',
        `lies outside the agenda's years ${agenda.first_year}–${agenda.last_year}`,
      );
    }
    // The catalogue files each threat under one theme; an exercise may play it under another (ransomware at
    // drinking-water companies is a cyber threat and a threat to vital infrastructure), so only its existence counts.
    if (item.threatId && !catalogueThreat(item.threatId)) {
      throw invalidField('body.threatId', 'is not a threat of the catalogue');
    }
    const row = await insertAgendaItem(trx, {
      org_id: ctx.orgId,
      agenda_id: agendaId,
      title: item.title,
      theme: item.theme,
      scenario: item.scenario,
      threat_id: item.threatId ?? null,
      organiser: item.organiser,
      objectives: JSON.stringify(item.objectives),
      other_participants: JSON.stringify(item.otherParticipants),
      planned_from: item.plannedFrom,
      planned_to: item.plannedTo,
    });
    const result = await loadAgendaItem(trx, ctx.orgId, row);
    await record(
      'exercise-agenda.item-planned',
      { subjectType: 'exercise-agenda-item', subjectId: row.id, after: result },
      { agendaId, itemId: row.id },
    );
    return result;
  },
});

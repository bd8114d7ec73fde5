import type { AgendaCreate, AgendaSummary } from '@weerbaar/core/exercise-agenda';
import { insertAgenda } from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentAgendaSummary } from './exercise-agenda.presenter.ts';
import { ownAgenda } from './exercise-agenda-queries.ts';

/**
 * Starts a multi-year exercise agenda of the authority (issue 16 item 6; NIS2 Art. 9(4)(d): the national
 * cyber crisis response plan sets out the exercises and training activities; Cbw art. 20).
 */
export const createExerciseAgenda = defineUseCase({
  actions: ['exercise-agenda.created'],
  async run({ trx, record }, ctx: OrgActor, input: AgendaCreate): Promise<AgendaSummary> {
    authorize(ctx, 'manage', ownAgenda(ctx.orgId), 'Exercise agenda');
    const row = await insertAgenda(trx, {
      org_id: ctx.orgId,
      title: input.title,
      first_year: input.firstYear,
      last_year: input.lastYear,
    });
    const agenda = presentAgendaSummary(row, 0);
    await record(
      'exercise-agenda.created',
      { subjectType: 'exercise-agenda', subjectId: row.id, after: agenda },
      { agendaId: row.id },
    );
    return agenda;
  },
});

import type { Participation, ParticipationResponse } from '@weerbaar/core/exercise-agenda';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { answerParticipation, lockParticipation } from '../../repositories/exercise-agenda.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentParticipation } from './exercise-agenda.presenter.ts';
import { itemSubject } from './exercise-agenda-queries.ts';

/**
 * The invited organisation confirms or declines, in its own platform: a person who reads its register
 * (policies.ts exercise 'take-part'). Recorded in both chains: the invited organisation's and the
 * authority's. The answer may change until the exercise is held.
 */
export const answerAgendaInvitation = defineUseCase({
  actions: ['exercise-agenda.invitation-answered'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { participationId, answer }: { participationId: string; answer: ParticipationResponse },
  ): Promise<Participation> {
    const row = await lockParticipation(trx, ctx.orgId, participationId);
    if (!row) throw notFound('Agenda item');
    authorize(ctx, 'take-part', itemSubject(row.org_id, [ctx.orgId]), 'Agenda item');
    if (row.item_status !== 'planned' && row.item_status !== 'prepared') {
      throw new DomainError('conflict', `The exercise is ${row.item_status}: the answer can no longer change`);
    }
    if (row.status === answer.response) {
      unchanged();
      return presentParticipation(row);
    }
    await answerParticipation(trx, row.org_id, row.id, {
      status: answer.response,
      responded_at: now,
      responded_by: ctx.actor.label,
    });
    const after = presentParticipation({ ...row, status: answer.response, responded_at: now });
    const facts = { before: { status: row.status }, after: { status: answer.response } };
    const data = { invitationId: row.id, response: answer.response };
    await record(
      'exercise-agenda.invitation-answered',
      {
        subjectType: 'exercise-agenda-invitation',
        subjectId: row.id,
        ...facts,
        details: { authority: row.authority_name },
      },
      data,
    );
    await record(
      'exercise-agenda.invitation-answered',
      {
        orgId: row.org_id,
        subjectType: 'exercise-agenda-item',
        subjectId: row.item_id,
        ...facts,
        details: { invitationId: row.id, invitedOrgId: ctx.orgId },
      },
      data,
    );
    return after;
  },
});

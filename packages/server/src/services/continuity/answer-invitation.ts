import type { InvitationResponse, ReceivedInvitation } from '@weerbaar/core/continuity';
import { DomainError, notFound } from '@weerbaar/core/platform';
import {
  answerInvitation as answerInvitationRow,
  lockReceivedInvitation,
} from '../../repositories/exercise.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentReceivedInvitation } from './exercise.presenter.ts';

/**
 * The invited organisation accepts or declines, in its own platform. A person of that organisation answers
 * (policies.ts exercise 'take-part': invited organisation, org:read, not a machine). Recorded in both
 * chains: the invited organisation's (it answered) and the organiser's (who comes to its exercise).
 * An answer may be changed until the exercise is held.
 */
export const answerInvitation = defineUseCase({
  actions: ['exercise.invitation-answered'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { invitationId, answer }: { invitationId: string; answer: InvitationResponse },
  ): Promise<ReceivedInvitation> {
    const row = await lockReceivedInvitation(trx, ctx.orgId, invitationId);
    if (!row) throw notFound('Invitation');
    authorize(
      ctx,
      'take-part',
      { type: 'exercise', orgId: row.org_id, participantUserIds: [], participantOrgIds: [ctx.orgId] },
      'Invitation',
    );
    if (row.exercise_status !== 'planned') {
      throw new DomainError('conflict', `The exercise is ${row.exercise_status}: the answer can no longer change`);
    }
    if (row.status === answer.response) {
      unchanged();
      return presentReceivedInvitation(row);
    }
    await answerInvitationRow(trx, row.org_id, row.id, {
      status: answer.response,
      responded_at: now,
      responded_by: ctx.actor.label,
    });
    const after = presentReceivedInvitation({ ...row, status: answer.response, responded_at: now });
    const facts = { before: { status: row.status }, after: { status: answer.response } };
    const data = { invitationId: row.id, response: answer.response };
    await record(
      'exercise.invitation-answered',
      { subjectType: 'exercise-invitation', subjectId: row.id, ...facts, details: { organiser: row.organiser_name } },
      data,
    );
    await record(
      'exercise.invitation-answered',
      {
        orgId: row.org_id,
        subjectType: 'exercise',
        subjectId: row.exercise_id,
        ...facts,
        details: { invitationId: row.id, invitedOrgId: ctx.orgId },
      },
      data,
    );
    return after;
  },
});

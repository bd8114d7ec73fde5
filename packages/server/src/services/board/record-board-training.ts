import type { BoardTraining, BoardTrainingInput } from '@weerbaar/core/measures';
import { insertBoardTraining } from '../../repositories/measure-board.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { dutchToday } from '../measures/measure.presenter.ts';
import { auditedTraining, presentBoardTraining } from './board.presenter.ts';
import { scheduleTrainingReminder } from './training-reminder.job.ts';

/**
 * Records a board member's cybersecurity training (NIS2 Art. 20(2): members of the management body
 * follow training; Cbw art. 24(2)-(5): knowledge and skills, kept demonstrably up to date, shown by a
 * certificate). A certificate with an expiry date gets a reminder before it expires.
 */
export const recordBoardTraining = defineUseCase({
  actions: ['board.training-recorded'],
  async run({ trx, now, record }, ctx: OrgActor, input: BoardTrainingInput): Promise<BoardTraining> {
    authorize(ctx, 'write', { type: 'board-training', orgId: ctx.orgId }, 'Board training');
    const row = await insertBoardTraining(trx, {
      org_id: ctx.orgId,
      person_name: input.personName,
      board_role: input.boardRole,
      training_name: input.trainingName,
      completed_on: input.completedOn,
      expires_on: input.expiresOn,
      recorded_by: ctx.actor.label,
      recorded_at: now,
    });
    if (row.expires_on) await scheduleTrainingReminder(trx, ctx.orgId, row.id, row.expires_on, now);
    await record(
      'board.training-recorded',
      { subjectType: 'board-training', subjectId: row.id, after: auditedTraining(row) },
      { trainingId: row.id, expiresOn: row.expires_on },
    );
    return presentBoardTraining(row, dutchToday(now));
  },
});

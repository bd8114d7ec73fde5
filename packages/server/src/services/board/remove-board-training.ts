import { notFound } from '@weerbaar/core/platform';
import { deleteBoardTraining } from '../../repositories/measure-board.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { auditedTraining } from './board.presenter.ts';

/** Removes a training record entered by mistake; the audit trail keeps what it said. */
export const removeBoardTraining = defineUseCase({
  actions: ['board.training-removed'],
  async run({ trx, record }, ctx: OrgActor, input: { trainingId: string }): Promise<void> {
    authorize(ctx, 'write', { type: 'board-training', orgId: ctx.orgId }, 'Board training');
    const row = await deleteBoardTraining(trx, ctx.orgId, input.trainingId);
    if (!row) throw notFound('Board training');
    await record(
      'board.training-removed',
      { subjectType: 'board-training', subjectId: row.id, before: auditedTraining(row) },
      { trainingId: row.id },
    );
  },
});

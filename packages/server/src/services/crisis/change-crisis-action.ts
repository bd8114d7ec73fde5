import type { CrisisAction } from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { setCrisisTaskDone } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { presentAction } from './crisis.presenter.ts';

/** Marks an action done (or open again). */
export const changeCrisisAction = defineUseCase({
  actions: ['crisis.action-changed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; taskId: string; done: boolean },
  ): Promise<CrisisAction> {
    const { crisis, chains } = await openRoomFor(trx, ctx, input.crisisId, 'post');
    const row = await setCrisisTaskDone(trx, crisis.org_id, crisis.id, input.taskId, input.done ? now : null);
    if (!row) throw notFound('Action');
    const action = presentAction(row, now);
    for (const orgId of chains) {
      await record(
        'crisis.action-changed',
        { orgId, subjectType: 'crisis', subjectId: crisis.id, after: action },
        {
          crisisId: crisis.id,
          taskId: row.id,
          done: input.done,
        },
      );
    }
    return action;
  },
});

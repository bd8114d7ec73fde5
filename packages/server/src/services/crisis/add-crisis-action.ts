import type { CrisisAction, CrisisActionCreate } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertCrisisTask } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { presentAction } from './crisis.presenter.ts';

/** An action with its owner and deadline: a task of the one task mechanism, the list "Mijn taken" reads. */
export const addCrisisAction = defineUseCase({
  actions: ['crisis.action-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; action: CrisisActionCreate },
  ): Promise<CrisisAction> {
    const { crisis, chains } = await openRoomFor(trx, ctx, input.crisisId, 'post');
    const row = await insertCrisisTask(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      title: input.action.title,
      kind: 'response',
      assignee: input.action.owner,
      due_at: new Date(input.action.dueAt),
      created_at: now,
    });
    const action = presentAction(row, now);
    for (const orgId of chains) {
      await record(
        'crisis.action-added',
        { orgId, subjectType: 'crisis', subjectId: crisis.id, after: action },
        {
          crisisId: crisis.id,
          taskId: row.id,
        },
      );
    }
    return action;
  },
});

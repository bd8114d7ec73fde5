import type { CrisisFact, CrisisFactCreate } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertFact } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { presentFact } from './crisis.presenter.ts';

/** A fact in the situation picture: what is known, unknown or assumed, with its source and time. */
export const addCrisisFact = defineUseCase({
  actions: ['crisis.fact-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; fact: CrisisFactCreate },
  ): Promise<CrisisFact> {
    const { crisis, chains } = await openRoomFor(trx, ctx, input.crisisId, 'post');
    const row = await insertFact(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      statement: input.fact.statement,
      certainty: input.fact.certainty,
      source: input.fact.source,
      observed_at: new Date(input.fact.observedAt),
      recorded_by: ctx.actor.label,
      recorded_by_org_id: ctx.orgId,
      recorded_at: now,
    });
    const fact = presentFact(row);
    for (const orgId of chains) {
      await record(
        'crisis.fact-added',
        { orgId, subjectType: 'crisis', subjectId: crisis.id, after: fact },
        {
          crisisId: crisis.id,
          factId: row.id,
        },
      );
    }
    return fact;
  },
});

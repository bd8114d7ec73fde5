import { CrisisDecisionCreateSchema, type CrisisDecision, type CrisisDecisionCreate } from '@weerbaar/core/crisis';
import { invalidField } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { insertDecision, nextNumber } from '../../repositories/crisis.repository.ts';
import { effectiveSettings, openRoomFor } from './crisis-guards.ts';
import { parseInput } from './crisis-input.ts';
import { presentDecision } from './crisis.presenter.ts';

/** An entry in the decision log (besluitenlijst): the decision, by whom, when, on what basis; numbered, never changed. */
export const logCrisisDecision = defineUseCase({
  actions: ['crisis.decision-logged'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; decision: CrisisDecisionCreate },
  ): Promise<CrisisDecision> {
    const { crisis, chains } = await openRoomFor(trx, ctx, input.crisisId, 'post');
    const d = parseInput(CrisisDecisionCreateSchema, input.decision);
    if (d.structure !== null) {
      const { structures } = await effectiveSettings(trx, crisis.org_id);
      if (!structures.some((s) => s.key === d.structure))
        throw invalidField('body.structure', 'is not a structure in the settings');
    }
    const number = await nextNumber(trx, 'crisis_decisions', crisis.org_id, crisis.id);
    const row = await insertDecision(trx, {
      org_id: crisis.org_id,
      crisis_id: crisis.id,
      number,
      decision: d.decision,
      decided_by: d.decidedBy,
      decided_at: new Date(d.decidedAt),
      basis: d.basis,
      structure: d.structure,
      recorded_by: ctx.actor.label,
      recorded_at: now,
    });
    const decision = presentDecision(row);
    for (const orgId of chains) {
      await record(
        'crisis.decision-logged',
        { orgId, subjectType: 'crisis', subjectId: crisis.id, after: decision },
        {
          crisisId: crisis.id,
          decisionId: row.id,
          number,
        },
      );
    }
    return decision;
  },
});

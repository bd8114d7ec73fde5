import type { Crisis, CrisisScopeInput } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { addScopeLinks, updateCrisis } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';
import { checkScopeLinks } from './crisis-scope.ts';

/** Sets the sectors and regions and adds received reports, advisories and observables (picked from the inbox and advisories). */
export const updateCrisisScope = defineUseCase({
  actions: ['crisis.scope-changed'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    input: { crisisId: string; scope: CrisisScopeInput },
  ): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    await checkScopeLinks(trx, crisis.org_id, crisis.is_exercise, input.scope);
    await updateCrisis(trx, crisis.org_id, crisis.id, {
      sectors: input.scope.sectors,
      regions: input.scope.regions,
      updated_at: now,
    });
    await addScopeLinks(trx, crisis.org_id, crisis.id, now, input.scope);
    await record(
      'crisis.scope-changed',
      {
        subjectType: 'crisis',
        subjectId: crisis.id,
        before: { sectors: crisis.sectors, regions: crisis.regions },
        after: input.scope,
      },
      { crisisId: crisis.id },
    );
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

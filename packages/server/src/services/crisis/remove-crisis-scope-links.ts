import type { Crisis, CrisisScopeInput } from '@weerbaar/core/crisis';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { removeScopeLinks } from '../../repositories/crisis.repository.ts';
import { openRoomFor } from './crisis-guards.ts';
import { loadCrisis } from './crisis-queries.ts';

/** Takes received reports, advisories and observables out of the scope again. Policy as for adding them. */
export const removeCrisisScopeLinks = defineUseCase({
  actions: ['crisis.scope-changed'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    input: { crisisId: string; links: Omit<CrisisScopeInput, 'sectors' | 'regions'> },
  ): Promise<Crisis> {
    const { crisis } = await openRoomFor(trx, ctx, input.crisisId, 'manage');
    const removed = await removeScopeLinks(trx, crisis.org_id, crisis.id, input.links);
    if (removed === 0) unchanged();
    else {
      await record(
        'crisis.scope-changed',
        { subjectType: 'crisis', subjectId: crisis.id, before: { removed: input.links } },
        { crisisId: crisis.id },
      );
    }
    return loadCrisis(trx, ctx, crisis.id, now);
  },
});

import { notFound } from '@weerbaar/core/platform';
import { deleteFramework } from '../../repositories/measure.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';

/**
 * The organisation no longer applies a catalogue. Its implementation records stay: they may count for
 * other catalogues through the crosswalk, and adopting the catalogue again brings them back.
 */
export const dropFramework = defineUseCase({
  actions: ['measure.framework-dropped'],
  async run({ trx, record }, ctx: OrgActor, { catalogueId }: { catalogueId: string }): Promise<void> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    if (!(await deleteFramework(trx, ctx.orgId, catalogueId))) throw notFound('Framework');
    await record(
      'measure.framework-dropped',
      { subjectType: 'measure-framework', subjectId: catalogueId, before: { catalogueId } },
      { catalogueId },
    );
  },
});

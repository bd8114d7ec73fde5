import type { MeasureFramework } from '@weerbaar/core/measures';
import { invalidField } from '@weerbaar/core/platform';
import { insertFramework, listFrameworks } from '../../repositories/measure.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentFramework } from './measure.presenter.ts';
import { recordCoverage } from './measure-state.ts';
import { findOrgCatalogue } from './custom-catalogues.ts';

/**
 * The organisation confirms that a catalogue applies to it (issue 12 item 2: the platform suggests,
 * the organisation decides). Idempotent: adopting an adopted catalogue changes nothing.
 */
export const adoptFramework = defineUseCase({
  actions: ['measure.framework-adopted'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { catalogueId }: { catalogueId: string },
  ): Promise<MeasureFramework> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const catalogue = await findOrgCatalogue(trx, ctx.orgId, catalogueId);
    if (!catalogue) throw invalidField('path.catalogueId', 'is not a known catalogue', 'unknown_reference');
    const row = await insertFramework(trx, {
      org_id: ctx.orgId,
      catalogue_id: catalogueId,
      adopted_by: ctx.actor.label,
      adopted_at: now,
    });
    if (!row) {
      unchanged();
      const existing = (await listFrameworks(trx, ctx.orgId)).find((f) => f.catalogue_id === catalogueId)!;
      return presentFramework(existing, catalogue);
    }
    const framework = presentFramework(row, catalogue);
    await recordCoverage(trx, ctx.orgId, now);
    await record(
      'measure.framework-adopted',
      { subjectType: 'measure-framework', subjectId: catalogueId, after: framework },
      { catalogueId },
    );
    return framework;
  },
});

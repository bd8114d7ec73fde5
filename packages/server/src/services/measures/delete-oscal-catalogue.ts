import { notFound } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { deleteCustomCatalogue } from '../../repositories/measure-custom-catalogue.repository.ts';
import { deleteFramework } from '../../repositories/measure.repository.ts';
import { recordCoverage } from './measure-state.ts';

/**
 * The organisation deletes one of its own (imported) catalogues, and with it its adoption. Its
 * implementation records and their evidence stay, as when a catalogue is dropped: they are the
 * organisation's account of what it did (the audit trail and board approvals' snapshots name them), and
 * importing the same catalogue again (same id) brings them back. Built-in catalogues cannot be deleted
 * (404: they are not the organisation's own).
 */
export const deleteOscalCatalogue = defineUseCase({
  actions: ['measure-catalogue.deleted'],
  async run({ trx, now, record }, ctx: OrgActor, { catalogueId }: { catalogueId: string }): Promise<void> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const row = await deleteCustomCatalogue(trx, ctx.orgId, catalogueId);
    if (!row) throw notFound('Catalogue');
    const wasAdopted = await deleteFramework(trx, ctx.orgId, catalogueId);
    if (wasAdopted) await recordCoverage(trx, ctx.orgId, now);
    await record(
      'measure-catalogue.deleted',
      {
        subjectType: 'measure-catalogue',
        subjectId: catalogueId,
        before: {
          catalogueId,
          title: row.title,
          version: row.catalogue.source.version,
          requirementCount: row.requirement_count,
          adopted: wasAdopted,
        },
      },
      { catalogueId },
    );
  },
});

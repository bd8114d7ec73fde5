import { CATALOGUES, importOscalCatalog, type CustomCatalogue } from '@weerbaar/core/measures';
import { DomainError } from '@weerbaar/core/platform';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  insertCustomCatalogue,
  listCustomCatalogueIds,
} from '../../repositories/measure-custom-catalogue.repository.ts';

type ImportedCatalogue = CustomCatalogue;

/**
 * An OSCAL catalog becomes one of the organisation's own catalogues (issue 12 item 6): core
 * importOscalCatalog turns controls into requirements; the id is derived from the title and never equals
 * a built-in catalogue's id nor one the organisation already has. Adopting it is a separate step (the
 * organisation confirms what applies, PUT /measure-frameworks/{catalogueId}).
 */
export const importOscalCatalogue = defineUseCase({
  actions: ['measure-catalogue.imported'],
  async run({ trx, now, record }, ctx: OrgActor, { document }: { document: unknown }): Promise<ImportedCatalogue> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const taken = [...CATALOGUES.map((c) => c.id), ...(await listCustomCatalogueIds(trx, ctx.orgId))];
    const result = importOscalCatalog(document, { takenIds: taken });
    if (!result.ok)
      throw new DomainError(
        'validation_failed',
        'The document is not an OSCAL catalog Weerbaar can import',
        result.issues.slice(0, 20).map((reason) => ({ name: 'body', reason, code: 'invalid' as const })),
      );
    const { catalogue } = result;
    const requirementCount = catalogue.sections.reduce((n, s) => n + s.requirements.length, 0);
    const row = await insertCustomCatalogue(trx, {
      org_id: ctx.orgId,
      catalogue,
      requirement_count: requirementCount,
      imported_by: ctx.actor.label,
      imported_at: now,
    });
    if (!row) throw new DomainError('conflict', `A catalogue with id ${catalogue.id} already exists`);
    const imported: ImportedCatalogue = {
      catalogueId: catalogue.id,
      title: catalogue.title,
      version: catalogue.source.version,
      requirementCount,
      importedBy: row.imported_by,
      importedAt: row.imported_at.toISOString(),
    };
    await record(
      'measure-catalogue.imported',
      { subjectType: 'measure-catalogue', subjectId: catalogue.id, after: imported },
      { catalogueId: catalogue.id, requirementCount },
    );
    return imported;
  },
});

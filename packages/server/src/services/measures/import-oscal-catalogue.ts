import { isDeepStrictEqual } from 'node:util';
import { CATALOGUES, importOscalCatalog, type Catalogue, type CustomCatalogue } from '@weerbaar/core/measures';
import { DomainError } from '@weerbaar/core/platform';
import type { MeasureCustomCatalogueRow } from '../../db/schema-measure-custom-catalogues.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import {
  insertCustomCatalogue,
  listCustomCatalogues,
  replaceCustomCatalogue,
} from '../../repositories/measure-custom-catalogue.repository.ts';
import { recordCoverage } from './measure-state.ts';

const present = (row: MeasureCustomCatalogueRow, catalogue: Catalogue): CustomCatalogue => ({
  catalogueId: catalogue.id,
  title: catalogue.title,
  version: catalogue.source.version,
  requirementCount: row.requirement_count,
  importedBy: row.imported_by,
  importedAt: row.imported_at.toISOString(),
});

/**
 * An OSCAL catalog becomes one of the organisation's own catalogues (issue 12 item 6): core
 * importOscalCatalog turns controls into requirements, with an id derived from the catalog's title that
 * never equals a built-in catalogue's id. Adopting it is a separate step (the organisation confirms what
 * applies, PUT /measure-frameworks/{catalogueId}).
 *
 * "The same catalogue" is one whose title derives the same id: importing it again replaces that
 * catalogue's requirements instead of making a copy. Not the OSCAL catalog uuid: OSCAL asks for a new
 * uuid with every revision of a document, so a new version (800-53 rev. 5.1.1 → 5.2.0) would become a
 * copy beside the old one; the title stays. The implementation records hang on `<id>:<control id>`, so
 * they stay attached to every control the new version still has. Importing identical content again
 * changes nothing.
 */
export const importOscalCatalogue = defineUseCase({
  actions: ['measure-catalogue.imported', 'measure-catalogue.updated'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    { document }: { document: unknown },
  ): Promise<{ catalogue: CustomCatalogue; created: boolean }> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const result = importOscalCatalog(document, { takenIds: CATALOGUES.map((c) => c.id) });
    if (!result.ok)
      throw new DomainError(
        'validation_failed',
        'The document is not an OSCAL catalog Weerbaar can import',
        result.issues.slice(0, 20).map((reason) => ({ name: 'body', reason, code: 'invalid' as const })),
      );
    const { catalogue } = result;
    const requirementCount = catalogue.sections.reduce((n, s) => n + s.requirements.length, 0);
    const values = {
      org_id: ctx.orgId,
      catalogue,
      requirement_count: requirementCount,
      imported_by: ctx.actor.label,
      imported_at: now,
    };
    const existing = (await listCustomCatalogues(trx, ctx.orgId)).find((r) => r.catalogue_id === catalogue.id);
    // jsonb keeps no key order: compare values, as stored (JSON, no undefined).
    if (existing && isDeepStrictEqual(existing.catalogue, JSON.parse(JSON.stringify(catalogue)))) {
      unchanged();
      return { catalogue: present(existing, existing.catalogue), created: false };
    }
    if (existing) {
      const replaced = await replaceCustomCatalogue(trx, values);
      if (!replaced) throw new DomainError('conflict', `Catalogue ${catalogue.id} changed while importing`);
      const before = present(replaced.before, replaced.before.catalogue);
      const after = present(replaced.after, catalogue);
      // Its share changes with its requirements when it is adopted.
      await recordCoverage(trx, ctx.orgId, now);
      await record(
        'measure-catalogue.updated',
        { subjectType: 'measure-catalogue', subjectId: catalogue.id, before, after },
        { catalogueId: catalogue.id, requirementCount, previousCount: before.requirementCount },
      );
      return { catalogue: after, created: false };
    }
    const row = await insertCustomCatalogue(trx, values);
    if (!row) throw new DomainError('conflict', `A catalogue with id ${catalogue.id} already exists`);
    const imported = present(row, catalogue);
    await record(
      'measure-catalogue.imported',
      { subjectType: 'measure-catalogue', subjectId: catalogue.id, after: imported },
      { catalogueId: catalogue.id, requirementCount },
    );
    return { catalogue: imported, created: true };
  },
});

// The catalogues an organisation can adopt: the built-in ones (core) and its own OSCAL imports. A custom
// catalogue is visible to its organisation only (the repository filters on org_id).
import {
  CATALOGUES,
  findCatalogue,
  findRequirement,
  type Catalogue,
  type CustomCatalogue,
  type Requirement,
} from '@weerbaar/core/measures';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { listCustomCatalogues } from '../../repositories/measure-custom-catalogue.repository.ts';

export async function customCatalogues(db: DbOrTrx, orgId: string): Promise<Catalogue[]> {
  return (await listCustomCatalogues(db, orgId)).map((r) => r.catalogue);
}

/** Every catalogue the organisation can adopt: built-in first, then its own. */
export async function availableCatalogues(db: DbOrTrx, orgId: string): Promise<Catalogue[]> {
  return [...CATALOGUES, ...(await customCatalogues(db, orgId))];
}

/** A catalogue by id: built-in, or one of the organisation's own. */
export async function findOrgCatalogue(db: DbOrTrx, orgId: string, id: string): Promise<Catalogue | undefined> {
  return findCatalogue(id) ?? (await customCatalogues(db, orgId)).find((c) => c.id === id);
}

/** A requirement by id, with its catalogue: built-in, or in one of the organisation's own catalogues. */
export async function findOrgRequirement(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<{ catalogue: Catalogue; requirement: Requirement } | undefined> {
  const builtIn = findRequirement(id);
  if (builtIn) return builtIn;
  for (const catalogue of await customCatalogues(db, orgId))
    for (const section of catalogue.sections) {
      const requirement = section.requirements.find((r) => r.id === id);
      if (requirement) return { catalogue, requirement };
    }
  return undefined;
}

/** GET /measure-catalogues: the organisation's own catalogues, newest import last. */
export async function listOwnCatalogues(db: DbOrTrx, ctx: OrgActor): Promise<CustomCatalogue[]> {
  authorize(ctx, 'read', { type: 'measure', orgId: ctx.orgId }, 'Measure');
  return (await listCustomCatalogues(db, ctx.orgId)).map((r) => ({
    catalogueId: r.catalogue_id,
    title: r.title,
    version: r.catalogue.source.version,
    requirementCount: r.requirement_count,
    importedBy: r.imported_by,
    importedAt: r.imported_at.toISOString(),
  }));
}

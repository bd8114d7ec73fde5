// An organisation's own catalogues (OSCAL imports), stored whole.
import type { Catalogue } from '@weerbaar/core/measures';
import type { DbOrTrx } from '../db/database.ts';
import type { MeasureCustomCatalogueRow } from '../db/schema-measure-custom-catalogues.ts';

export async function listCustomCatalogues(db: DbOrTrx, orgId: string): Promise<MeasureCustomCatalogueRow[]> {
  return db
    .selectFrom('measure_custom_catalogues')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('imported_at')
    .orderBy('catalogue_id')
    .execute();
}

/** Inserts the catalogue; undefined when the organisation already has one with this id. */
export async function insertCustomCatalogue(
  db: DbOrTrx,
  row: { org_id: string; catalogue: Catalogue; requirement_count: number; imported_by: string; imported_at: Date },
): Promise<MeasureCustomCatalogueRow | undefined> {
  return db
    .insertInto('measure_custom_catalogues')
    .values({
      org_id: row.org_id,
      catalogue_id: row.catalogue.id,
      title: row.catalogue.title,
      catalogue: JSON.stringify(row.catalogue),
      requirement_count: row.requirement_count,
      imported_by: row.imported_by,
      imported_at: row.imported_at,
    })
    .onConflict((oc) => oc.columns(['org_id', 'catalogue_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Replaces an existing catalogue's content (a re-import); the previous row, or undefined when there is none. */
export async function replaceCustomCatalogue(
  db: DbOrTrx,
  row: { org_id: string; catalogue: Catalogue; requirement_count: number; imported_by: string; imported_at: Date },
): Promise<{ before: MeasureCustomCatalogueRow; after: MeasureCustomCatalogueRow } | undefined> {
  const before = await db
    .selectFrom('measure_custom_catalogues')
    .selectAll()
    .where('org_id', '=', row.org_id)
    .where('catalogue_id', '=', row.catalogue.id)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  const after = await db
    .updateTable('measure_custom_catalogues')
    .set({
      title: row.catalogue.title,
      catalogue: JSON.stringify(row.catalogue),
      requirement_count: row.requirement_count,
      imported_by: row.imported_by,
      imported_at: row.imported_at,
    })
    .where('org_id', '=', row.org_id)
    .where('catalogue_id', '=', row.catalogue.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before, after };
}

/** Deletes the catalogue; the deleted row, or undefined when the organisation has none with this id. */
export async function deleteCustomCatalogue(
  db: DbOrTrx,
  orgId: string,
  catalogueId: string,
): Promise<MeasureCustomCatalogueRow | undefined> {
  return db
    .deleteFrom('measure_custom_catalogues')
    .where('org_id', '=', orgId)
    .where('catalogue_id', '=', catalogueId)
    .returningAll()
    .executeTakeFirst();
}

// An organisation's own catalogues: OSCAL catalogs imported as custom frameworks (issue 12 item 6).
import { z } from 'zod';

/** The largest OSCAL catalog accepted: NIST SP 800-53 rev. 5 LOW resolved is 1.2 MB, the full catalog ~10 MB. */
export const CATALOGUE_MAX_BYTES = 16 * 1024 * 1024;

export const CustomCatalogueSchema = z.object({
  catalogueId: z.string(),
  title: z.string(),
  version: z.string(),
  requirementCount: z.int(),
  importedBy: z.string(),
  importedAt: z.iso.datetime(),
});
export type CustomCatalogue = z.infer<typeof CustomCatalogueSchema>;

/** POST /measure-catalogues: an OSCAL catalog document (JSON); the importer reads what it needs. */
export const OscalCatalogUploadSchema = z
  .looseObject({ catalog: z.looseObject({ uuid: z.string(), metadata: z.looseObject({}) }) })
  .describe('An OSCAL catalog (JSON), e.g. NIST SP 800-53 rev. 5 as a resolved profile catalog');

// The product inventory on assets and CSAF advisories as the API and the screens see them (issue 14
// items 4 and 5).
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { TlpLabelSchema } from '../sharing/tlp.ts';

// TextSchema refuses what PostgreSQL cannot store (U+0000, unpaired surrogates): a 400, never a 500.
const Short = (max: number) => TextSchema.trim().min(1).max(max);

// CPE 2.3 formatted string (NISTIR 7695 §6.2): 13 colon-separated parts after "cpe:2.3".
export const CpeSchema = TextSchema.trim()
  .max(500)
  .regex(/^cpe:2\.3:[aho*-](?::(?:[^:\\]|\\.)*){10}$/, 'cpe_2_3');
// Package URL (github.com/package-url/purl-spec): pkg:type/name at least.
export const PurlSchema = TextSchema.trim()
  .max(500)
  .regex(/^pkg:[a-zA-Z.+-][a-zA-Z0-9.+-]*\/.+/, 'purl');

export const INVENTORY_SOURCES = ['manual', 'csv', 'cyclonedx', 'spdx'] as const;
export const InventorySourceSchema = z.enum(INVENTORY_SOURCES);

export const InventoryItemCreateSchema = z
  .object({
    assetId: z.uuid(),
    vendor: Short(200).optional(),
    product: Short(200).optional(),
    version: Short(100).optional(),
    cpe: CpeSchema.optional(),
    purl: PurlSchema.optional(),
  })
  // Something to match on: a CPE, a purl, or vendor and product.
  .refine((i) => i.cpe || i.purl || (i.vendor && i.product), { message: 'identify_product' });
export type InventoryItemCreate = z.infer<typeof InventoryItemCreateSchema>;

export const InventoryItemSchema = z.object({
  id: z.uuid(),
  assetId: z.uuid(),
  assetName: z.string(),
  vendor: z.string().nullable(),
  product: z.string().nullable(),
  version: z.string().nullable(),
  cpe: z.string().nullable(),
  purl: z.string().nullable(),
  source: InventorySourceSchema,
  createdAt: z.string(),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

export const InventoryImportSchema = z.object({
  format: z.enum(['csv', 'cyclonedx', 'spdx']),
  /** The asset an SBOM describes; a CSV names the asset on each line (column `asset`). */
  assetId: z.uuid().optional(),
  content: TextSchema.min(1).max(20_000_000),
});
export type InventoryImport = z.infer<typeof InventoryImportSchema>;

/**
 * An inventory import's outcome: the good lines are imported, each refused line is named with its line
 * (CSV line or SBOM position; 0 for the whole file) and an English reason the screen words in Dutch;
 * lines already in the inventory (a file read again) are counted, not added twice.
 */
/** A TLP:AMBER advisory passed on by a recipient organisation to named client organisations (TLP 2.0 AMBER). */
export const AdvisoryPassOnSchema = z.object({
  clientOrgIds: z.array(z.uuid()).min(1).max(100),
});
export type AdvisoryPassOn = z.infer<typeof AdvisoryPassOnSchema>;

/**
 * Whether the organisation may pass this advisory on (TLP:AMBER, received as a recipient organisation) and to
 * which client organisations (core isClientOf), each with whether it already has it from this organisation.
 */
export const AdvisoryPassOnChoicesSchema = z.object({
  allowed: z.boolean(),
  clients: z.array(z.object({ id: z.uuid(), name: z.string(), passedOn: z.boolean() })),
});
export type AdvisoryPassOnChoices = z.infer<typeof AdvisoryPassOnChoicesSchema>;

export const InventoryImportResultSchema = z.object({
  imported: z.number().int(),
  alreadyPresent: z.number().int(),
  refused: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type InventoryImportResult = z.infer<typeof InventoryImportResultSchema>;

export const CvssSchema = z.object({ score: z.number(), severity: z.string().optional(), vector: z.string() });

export const AdvisorySummarySchema = z.object({
  id: z.uuid(),
  trackingId: z.string(),
  version: z.string(),
  title: z.string(),
  publisher: z.string(),
  tlp: TlpLabelSchema,
  releasedAt: z.string(),
  cves: z.array(z.string()),
  maxCvss: z.number().nullable(),
  knownExploited: z.boolean(),
  /** Published by the authority (not imported by the viewer's own organisation). */
  fromAuthority: z.boolean(),
});
export type AdvisorySummary = z.infer<typeof AdvisorySummarySchema>;

export const AdvisoryDetailSchema = AdvisorySummarySchema.extend({
  products: z.array(
    z.object({
      productId: z.string(),
      name: z.string(),
      status: z.enum(['known_affected', 'fixed', 'not_affected', 'other']),
      cpe: z.string().optional(),
      purl: z.string().optional(),
    }),
  ),
  vulnerabilities: z.array(
    z.object({
      cve: z.string().optional(),
      title: z.string().optional(),
      cvss: CvssSchema.optional(),
      knownExploited: z.boolean(),
      remediations: z.array(z.object({ category: z.string(), details: z.string(), url: z.string().optional() })),
    }),
  ),
});
export type AdvisoryDetail = z.infer<typeof AdvisoryDetailSchema>;

/**
 * A TLP:CLEAR advisory in the public list, without signing in (TLP 2.0 CLEAR: "recipients can spread this to
 * the world"): what a reader needs to judge it, and the first product names. Nothing of an organisation.
 */
export const PublicAdvisorySummarySchema = AdvisorySummarySchema.omit({ fromAuthority: true }).extend({
  tlp: z.literal('CLEAR'),
  /** The first few product names of the advisory, for the list. */
  products: z.array(z.string()),
  productCount: z.number().int(),
});
export type PublicAdvisorySummary = z.infer<typeof PublicAdvisorySummarySchema>;

/** One TLP:CLEAR advisory on the public page: the Dutch presentation, never matches or alerts. */
export const PublicAdvisoryDetailSchema = AdvisoryDetailSchema.omit({ fromAuthority: true }).extend({
  tlp: z.literal('CLEAR'),
});
export type PublicAdvisoryDetail = z.infer<typeof PublicAdvisoryDetailSchema>;

export const AdvisoryAlertSchema = z.object({
  id: z.uuid(),
  advisory: z.object({ id: z.uuid(), trackingId: z.string(), title: z.string(), tlp: TlpLabelSchema }),
  asset: z.object({ id: z.uuid(), name: z.string() }),
  item: z.object({ vendor: z.string().nullable(), product: z.string().nullable(), version: z.string().nullable() }),
  cves: z.array(z.string()),
  knownExploited: z.boolean(),
  versionCertain: z.boolean(),
  matchedOn: z.enum(['cpe', 'purl', 'name']),
  remediations: z.array(z.object({ category: z.string(), details: z.string(), url: z.string().optional() })),
  /** Services that depend on the asset, directly or not (the dependency graph). */
  services: z.array(z.object({ id: z.uuid(), name: z.string(), hops: z.number() })),
  createdAt: z.string(),
});
export type AdvisoryAlert = z.infer<typeof AdvisoryAlertSchema>;

/** What the authority sees of an entity an advisory hits: who and how many, not the inventory. */
export const AffectedEntitySchema = z.object({
  orgId: z.uuid(),
  name: z.string(),
  alerts: z.number(),
  knownExploited: z.boolean(),
});
export type AffectedEntity = z.infer<typeof AffectedEntitySchema>;

/** The result of importing or publishing one CSAF advisory. */
export const AdvisoryImportedSchema = z.object({
  advisoryId: z.uuid(),
  trackingId: z.string(),
  tlp: TlpLabelSchema,
  outcome: z.enum(['imported', 'replaced', 'unchanged']),
  warnings: z.number(),
});
export type AdvisoryImported = z.infer<typeof AdvisoryImportedSchema>;

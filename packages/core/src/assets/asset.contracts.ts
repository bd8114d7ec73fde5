// Services and assets of an organisation: modelled once, shared by every module that needs them.
// Incidents say which services and assets they affect (NIS2 Art. 23(4)(b): "severity and impact");
// the risk analysis of crown jewels (NIS2 Art. 21(2)(a) and (i) "asset management"; CER Art. 12)
// reuses the same rows, so there is never a private copy per module.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { QueryBooleanSchema } from '../platform/audit.contracts.ts';
import { rule } from '../platform/validation-codes.ts';

// A service is what the organisation provides (to recipients, NIS2 Art. 23(1)); an asset is what it
// runs on (systems, data, premises, people, suppliers' services).
export const ASSET_KINDS = ['service', 'asset'] as const;
export const AssetKindSchema = z.enum(ASSET_KINDS);
export type AssetKind = z.infer<typeof AssetKindSchema>;

// What kind of asset (kind 'asset'): NIS2 Art. 21(2)(i) asset management and CER Art. 12 (all hazards) ask
// for physical as well as digital assets, and for what the organisation relies on from outside (suppliers,
// utilities). OT systems carry their control function (what they steer: a sluice, a pump, production).
export const ASSET_TYPES = [
  'process',
  'information',
  'it_system',
  'ot_system',
  'location',
  'person',
  'supplier_service',
  'utility',
] as const;
export const AssetTypeSchema = z.enum(ASSET_TYPES);
export type AssetType = z.infer<typeof AssetTypeSchema>;

/** Confidentiality, integrity and availability on 1 (low) … 5 (very high), as in the BIO/ISO 27001 practice. */
export const CIA_RATINGS = [1, 2, 3, 4, 5] as const;
export const CiaRatingSchema = z.int().min(1).max(5);
export type CiaRating = z.infer<typeof CiaRatingSchema>;

export const AssetSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: AssetKindSchema,
  description: z.string().nullable(),
  /** Kroonjuweel (NCSC guidance): among the organisation's most critical assets or interests. */
  crownJewel: z.boolean(),
  /** Who answers for it: a person, role or team, as free text. */
  owner: z.string().nullable(),
  /** Only for kind 'asset'. */
  assetType: AssetTypeSchema.nullable(),
  /** For an OT system: what it controls (a pumping station's pumps, a sluice). */
  controlFunction: z.string().nullable(),
  confidentiality: CiaRatingSchema.nullable(),
  integrity: CiaRatingSchema.nullable(),
  availability: CiaRatingSchema.nullable(),
  /** Services only: the longest outage the organisation and its recipients can bear, in hours. */
  maxTolerableDowntimeHours: z.int().nullable(),
  /** Services only: how many people rely on the service (CER Art. 7(1)(a): the number of users relying on it). */
  peopleServed: z.int().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Asset = z.infer<typeof AssetSchema>;

const name = () => TextSchema.trim().min(1).max(200);
const description = () => TextSchema.trim().max(4000).nullable();
const owner = () => TextSchema.trim().max(200).nullable();
const controlFunction = () => TextSchema.trim().max(500).nullable();
const rating = () => CiaRatingSchema.nullable();
// A year is 8,760 hours; nobody plans a longer outage than ten.
const downtime = () => z.int().min(0).max(87_600).nullable();
const peopleServed = () => z.int().min(0).max(100_000_000).nullable();

// The fields of a service versus an asset: a type and control function belong to assets, downtime and
// people served to services. The database holds the same rule (CHECK constraints).
const SERVICE_ONLY = ['maxTolerableDowntimeHours', 'peopleServed'] as const;
const ASSET_ONLY = ['assetType', 'controlFunction'] as const;

/** Problems when a field is set that does not belong to the kind (null or absent is always fine). */
export function fieldsNotForKind(
  kind: AssetKind,
  values: Partial<Record<(typeof SERVICE_ONLY)[number] | (typeof ASSET_ONLY)[number], unknown>>,
): string[] {
  const foreign = kind === 'service' ? ASSET_ONLY : SERVICE_ONLY;
  return foreign.filter((f) => values[f] !== undefined && values[f] !== null);
}

const refineKind = (
  value: { kind?: AssetKind | undefined } & Parameters<typeof fieldsNotForKind>[1],
  ctx: z.RefinementCtx,
) => {
  if (!value.kind) return;
  for (const field of fieldsNotForKind(value.kind, value)) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      ...rule('not_for_kind', `is not used for a ${value.kind}`, { kind: value.kind }),
    });
  }
};

export const AssetCreateSchema = z
  .object({
    name: name(),
    kind: AssetKindSchema,
    description: description().optional(),
    crownJewel: z.boolean().default(false),
    owner: owner().optional(),
    assetType: AssetTypeSchema.nullable().optional(),
    controlFunction: controlFunction().optional(),
    confidentiality: rating().optional(),
    integrity: rating().optional(),
    availability: rating().optional(),
    maxTolerableDowntimeHours: downtime().optional(),
    peopleServed: peopleServed().optional(),
  })
  .strict()
  .superRefine(refineKind);
export type AssetCreate = z.infer<typeof AssetCreateSchema>;

export const AssetUpdateSchema = z
  .object({
    name: name().optional(),
    kind: AssetKindSchema.optional(),
    description: description().optional(),
    crownJewel: z.boolean().optional(),
    owner: owner().optional(),
    assetType: AssetTypeSchema.nullable().optional(),
    controlFunction: controlFunction().optional(),
    confidentiality: rating().optional(),
    integrity: rating().optional(),
    availability: rating().optional(),
    maxTolerableDowntimeHours: downtime().optional(),
    peopleServed: peopleServed().optional(),
  })
  .strict()
  // With the kind in the change the fields are checked here; otherwise against the stored kind (use case).
  .superRefine(refineKind);
export type AssetUpdate = z.infer<typeof AssetUpdateSchema>;

export const AssetQuerySchema = z.object({
  kind: AssetKindSchema.optional(),
  assetType: AssetTypeSchema.optional(),
  crownJewel: QueryBooleanSchema.optional(),
  q: TextSchema.trim().max(200).optional(),
});
export type AssetQuery = z.infer<typeof AssetQuerySchema>;

/** The short form other modules embed when they point at an asset. */
export const AssetRefSchema = AssetSchema.pick({ id: true, name: true, kind: true, crownJewel: true });
export type AssetRef = z.infer<typeof AssetRefSchema>;

// ---- Dependencies: a directed graph, `from` depends on `to` (service → process → system → supplier or
// utility, any depth). Cycles and shared dependencies are allowed; a node never depends on itself.

export const AssetNodeSchema = AssetRefSchema.extend({ assetType: AssetTypeSchema.nullable() });
export type AssetNode = z.infer<typeof AssetNodeSchema>;

export const AssetDependencySchema = z.object({
  from: AssetNodeSchema,
  to: AssetNodeSchema,
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type AssetDependency = z.infer<typeof AssetDependencySchema>;

export const AssetDependencyCreateSchema = z
  .object({
    /** The service or asset this one depends on. */
    toAssetId: z.uuid(),
    description: TextSchema.trim().max(500).nullable().optional(),
  })
  .strict();
export type AssetDependencyCreate = z.infer<typeof AssetDependencyCreateSchema>;

export const DependencyParams = z.object({ id: z.uuid(), toAssetId: z.uuid() });

// ---- External dependants: who outside the organisation depends on a service (CER Art. 12(2), first
// subparagraph: the risk assessment takes into account the extent to which other sectors depend on the
// essential service; CER Art. 7(1)(a)–(b): users relying on it, other sectors depending on it; the strategy's
// "importance for others in the chain"). Only services have them: they are what others receive.

export const EXTERNAL_DEPENDANT_KINDS = ['organisation', 'government', 'recipient_group'] as const;
export const ExternalDependantKindSchema = z.enum(EXTERNAL_DEPENDANT_KINDS);
export type ExternalDependantKind = z.infer<typeof ExternalDependantKindSchema>;

export const ExternalDependantSchema = z.object({
  id: z.uuid(),
  assetId: z.uuid(),
  name: z.string(),
  kind: ExternalDependantKindSchema,
  /** How many (people, organisations) when known: "patiënten regio Noord", 120,000. */
  count: z.int().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ExternalDependant = z.infer<typeof ExternalDependantSchema>;

const dependantCount = () => z.int().min(0).max(100_000_000).nullable();

export const ExternalDependantCreateSchema = z
  .object({ name: name(), kind: ExternalDependantKindSchema, count: dependantCount().optional() })
  .strict();
export type ExternalDependantCreate = z.infer<typeof ExternalDependantCreateSchema>;

export const ExternalDependantUpdateSchema = z
  .object({
    name: name().optional(),
    kind: ExternalDependantKindSchema.optional(),
    count: dependantCount().optional(),
  })
  .strict();
export type ExternalDependantUpdate = z.infer<typeof ExternalDependantUpdateSchema>;

export const ExternalDependantParams = z.object({ id: z.uuid(), dependantId: z.uuid() });

// ---- Impact ("what breaks if X fails"), computed by impactOf (dependency-graph.ts).

export const AssetImpactSchema = z.object({
  /** The failed nodes at hops 0 and everything that depends on them, with the fewest hops; by hops. */
  affected: z.array(AssetNodeSchema.extend({ hops: z.int() })),
  /** The dependencies among the affected nodes (for drawing the picture). */
  edges: z.array(z.object({ from: z.uuid(), to: z.uuid() })),
  /** Who outside goes down with them, through which affected service, in how many hops. */
  externalDependants: z.array(
    z.object({
      dependant: ExternalDependantSchema.pick({ id: true, name: true, kind: true, count: true }),
      via: z.uuid(),
      hops: z.int(),
    }),
  ),
  /** True when only the first `limit` affected nodes are listed (the counts still cover them all). */
  truncated: z.boolean(),
  totals: z.object({ services: z.int(), assets: z.int(), externalDependants: z.int(), maxHops: z.int() }),
});
export type AssetImpact = z.infer<typeof AssetImpactSchema>;

export const AssetImpactQuerySchema = z.object({
  /** At most this many affected nodes are listed (the picture and the table need no 50,000). */
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export type AssetImpactQuery = z.infer<typeof AssetImpactQuerySchema>;

// Services and assets of an organisation: modelled once, shared by every module that needs them.
// Incidents say which services and assets they affect (NIS2 Art. 23(4)(b): "severity and impact");
// the risk analysis of crown jewels (NIS2 Art. 21(2)(a) and (i) "asset management"; CER Art. 12)
// reuses the same rows, so there is never a private copy per module.
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { QueryBooleanSchema } from '../platform/audit.contracts.ts';

// A service is what the organisation provides (to recipients, NIS2 Art. 23(1)); an asset is what it
// runs on (systems, data, premises, people, suppliers' services).
export const ASSET_KINDS = ['service', 'asset'] as const;
export const AssetKindSchema = z.enum(ASSET_KINDS);
export type AssetKind = z.infer<typeof AssetKindSchema>;

export const AssetSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: AssetKindSchema,
  description: z.string().nullable(),
  /** Kroonjuweel (NCSC guidance): among the organisation's most critical assets or interests. */
  crownJewel: z.boolean(),
  /** Who answers for it: a person, role or team, as free text. */
  owner: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Asset = z.infer<typeof AssetSchema>;

const name = () => TextSchema.trim().min(1).max(200);
const description = () => TextSchema.trim().max(4000).nullable();
const owner = () => TextSchema.trim().max(200).nullable();

export const AssetCreateSchema = z
  .object({
    name: name(),
    kind: AssetKindSchema,
    description: description().optional(),
    crownJewel: z.boolean().default(false),
    owner: owner().optional(),
  })
  .strict();
export type AssetCreate = z.infer<typeof AssetCreateSchema>;

export const AssetUpdateSchema = z
  .object({
    name: name().optional(),
    kind: AssetKindSchema.optional(),
    description: description().optional(),
    crownJewel: z.boolean().optional(),
    owner: owner().optional(),
  })
  .strict();
export type AssetUpdate = z.infer<typeof AssetUpdateSchema>;

export const AssetQuerySchema = z.object({
  kind: AssetKindSchema.optional(),
  crownJewel: QueryBooleanSchema.optional(),
  q: TextSchema.trim().max(200).optional(),
});
export type AssetQuery = z.infer<typeof AssetQuerySchema>;

/** The short form other modules embed when they point at an asset. */
export const AssetRefSchema = AssetSchema.pick({ id: true, name: true, kind: true, crownJewel: true });
export type AssetRef = z.infer<typeof AssetRefSchema>;

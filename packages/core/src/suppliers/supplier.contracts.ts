// The supplier register and the alternatives per dependency (issue 13 item 4).
// NIS2 Art. 21(2)(d): supply-chain security, "including security-related aspects concerning the
// relationships between each entity and its direct suppliers or service providers"; Art. 21(3): their
// vulnerabilities and the quality of their products and practices; Impl. Reg. (EU) 2024/2690 Annex 5.2:
// a directory of suppliers and service providers; CER Art. 13(1)(d): recover from incidents, "the
// identification of alternative supply chains". In Dutch law: Cbw art. 21(3)(d) (de beveiliging van de
// toeleveringsketen) and art. 21(4) (kwetsbaarheden en kwaliteit van elke rechtstreekse leverancier),
// Stb. 2026, 187.
//
// A supplier is an organisation. What it supplies is not copied here: the services it supplies are the
// assets of type 'supplier_service' or 'utility' in the shared graph, linked to the supplier. Whether a
// dependency on such a service has an alternative belongs to the dependency (one service may have a
// second source where another has none).
import { z } from 'zod';
import { AssetNodeSchema } from '../assets/asset.contracts.ts';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { QueryBooleanSchema } from '../platform/audit.contracts.ts';

/** The asset types a supplier supplies. */
export const SUPPLIED_ASSET_TYPES = ['supplier_service', 'utility'] as const;

/** The outcome of the last security assessment of a supplier (NIS2 Art. 21(3); Annex 5.1.4 of 2024/2690). */
export const ASSESSMENT_RESULTS = ['meets', 'partially_meets', 'does_not_meet'] as const;
export const AssessmentResultSchema = z.enum(ASSESSMENT_RESULTS);
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;

export const SupplierRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type SupplierRef = z.infer<typeof SupplierRefSchema>;

export const SuppliedServiceSchema = z.object({
  asset: AssetNodeSchema,
  /** How fast the supplier restores it (contract or practice), in hours; null when unknown. */
  recoveryTimeHours: z.int().nullable(),
});
export type SuppliedService = z.infer<typeof SuppliedServiceSchema>;

export const SupplierSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  /** Who to call in an outage (the supplier's emergency line). */
  emergencyContact: z.string().nullable(),
  contractReference: z.string().nullable(),
  contractEndsOn: z.iso.date().nullable(),
  /** How the organisation leaves this supplier (data back, hand-over, notice). */
  exitStrategy: z.string().nullable(),
  /** The security requirements agreed with the supplier (NIS2 Art. 21(2)(d); 2024/2690 Annex 5.1.4). */
  securityRequirements: z.string().nullable(),
  lastAssessment: z
    .object({ date: z.iso.date(), result: AssessmentResultSchema, notes: z.string().nullable() })
    .nullable(),
  services: z.array(SuppliedServiceSchema),
  /** How many dependencies name this supplier as their alternative. */
  alternativeFor: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Supplier = z.infer<typeof SupplierSchema>;

const longText = () => TextSchema.trim().max(4000).nullable();
const assessmentInput = () =>
  z.object({ date: DateInputSchema, result: AssessmentResultSchema, notes: longText().optional() }).strict().nullable();

export const SupplierCreateSchema = z
  .object({
    name: TextSchema.trim().min(1).max(200),
    description: longText().optional(),
    emergencyContact: TextSchema.trim().max(200).nullable().optional(),
    contractReference: TextSchema.trim().max(200).nullable().optional(),
    contractEndsOn: DateInputSchema.nullable().optional(),
    exitStrategy: longText().optional(),
    securityRequirements: longText().optional(),
    lastAssessment: assessmentInput().optional(),
  })
  .strict();
export type SupplierCreate = z.infer<typeof SupplierCreateSchema>;

export const SupplierUpdateSchema = SupplierCreateSchema.partial().strict();
export type SupplierUpdate = z.infer<typeof SupplierUpdateSchema>;

export const SupplierQuerySchema = z.object({
  q: TextSchema.trim().max(200).optional(),
  /** Only suppliers whose contract ends before this date (renewal, exit). */
  contractEndsBefore: DateInputSchema.optional(),
  /** Only suppliers without an assessment, or whose last one did not meet the requirements. */
  needsAttention: QueryBooleanSchema.optional(),
});
export type SupplierQuery = z.infer<typeof SupplierQuerySchema>;

export const SuppliedServiceInputSchema = z
  .object({ recoveryTimeHours: z.int().min(0).max(87_600).nullable().optional() })
  .strict();
export type SuppliedServiceInput = z.infer<typeof SuppliedServiceInputSchema>;

export const SuppliedServiceParams = z.object({ id: z.uuid(), assetId: z.uuid() });

// ---- Per dependency on a supplier's service: is there an alternative supplier, which, how fast.

export const SupplierDependencySchema = z.object({
  /** The service or asset that depends on the supplier's service. */
  from: AssetNodeSchema,
  /** The supplier's service or utility. */
  to: AssetNodeSchema,
  /** Who supplies it, when linked in the register. */
  supplier: SupplierRefSchema.nullable(),
  /** The identified alternative; null: none identified. */
  alternative: z
    .object({
      supplier: SupplierRefSchema,
      /** How long switching over to the alternative takes, in hours; null when unknown. */
      switchOverHours: z.int().nullable(),
      note: z.string().nullable(),
      updatedAt: z.iso.datetime(),
    })
    .nullable(),
});
export type SupplierDependency = z.infer<typeof SupplierDependencySchema>;

export const SupplierDependencyQuerySchema = z.object({
  /** Only dependencies with (true) or without (false) an identified alternative. */
  hasAlternative: QueryBooleanSchema.optional(),
});
export type SupplierDependencyQuery = z.infer<typeof SupplierDependencyQuerySchema>;

export const AlternativeInputSchema = z
  .object({
    alternativeSupplierId: z.uuid(),
    switchOverHours: z.int().min(0).max(87_600).nullable().optional(),
    note: TextSchema.trim().max(1000).nullable().optional(),
  })
  .strict();
export type AlternativeInput = z.infer<typeof AlternativeInputSchema>;

export const SupplierDependencyParams = z.object({ fromAssetId: z.uuid(), toAssetId: z.uuid() });

// ---- Concentration: single points of failure among suppliers and utilities.

export const ConcentrationQuerySchema = z.object({
  /** Only those on which at least this many critical services depend (default 2: "several"). */
  minServices: z.coerce.number().int().min(1).max(1000).default(2),
});
export type ConcentrationQuery = z.infer<typeof ConcentrationQuerySchema>;

export const ConcentrationEntrySchema = z.object({
  /** A supplier of the register (with the services it supplies), or a supplier's service or utility not linked to one. */
  supplier: SupplierRefSchema.nullable(),
  assets: z.array(AssetNodeSchema),
  /** The critical services that go down with it, with the fewest hops and their tolerance (MTPD). */
  services: z.array(AssetNodeSchema.extend({ hops: z.int(), maxTolerableDowntimeHours: z.int().nullable() })),
  /** The lowest tolerance among the services hit; null when none has one. */
  minToleranceHours: z.int().nullable(),
});
export type ConcentrationEntry = z.infer<typeof ConcentrationEntrySchema>;

export const ConcentrationSchema = z.object({
  /** Ordered by the number of critical services hit, then the lowest tolerance, then the name. */
  items: z.array(ConcentrationEntrySchema),
  /** How many services count as critical (crown jewels, or services with a business impact analysis). */
  criticalServices: z.int(),
});
export type Concentration = z.infer<typeof ConcentrationSchema>;

// What an organisation does about each requirement of the catalogues it adopted: its implementation
// (status, maturity, owner, due date, how), the evidence, and the coverage that follows from it.
import { z } from 'zod';
import { DateInputSchema, TextSchema } from '../platform/input.contracts.ts';
import { QueryBooleanSchema } from '../platform/audit.contracts.ts';
import { rule } from '../platform/validation-codes.ts';

// A calendar date or null; the format sits on the whole field, where the API design rules look for it.
const nullableDateInput = () => DateInputSchema.nullable().meta({ format: 'date' });
const nullableDate = () => z.iso.date().nullable().meta({ format: 'date' });
import { CatalogueIdSchema, RequirementIdSchema } from './catalogue.contracts.ts';

/**
 * Ordered as an implementation grows: not-started < partial < implemented. `not-applicable` stands
 * apart: it needs a documented justification (Impl. Reg. (EU) 2024/2690 Art. 2(2), second
 * subparagraph: where a requirement is not applied, the reasons are documented) and leaves the
 * requirement out of the coverage denominator.
 */
export const IMPLEMENTATION_STATUSES = ['not-started', 'partial', 'implemented', 'not-applicable'] as const;
export const ImplementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>;

/** Maturity 0 (absent) … 5 (optimised), the usual CMMI-style scale of ISO/BIO self-assessments. */
export const MaturitySchema = z.int().min(0).max(5);

const text = (max: number) => TextSchema.trim().min(1).max(max);

export const EvidenceLinkSchema = z.object({
  label: text(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** A justification is required for not-applicable (2024/2690 Art. 2(2)), refused nowhere else. */
function refineJustification(
  value: { status?: ImplementationStatus; justification?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.status === 'not-applicable' && !value.justification) {
    ctx.addIssue({
      code: 'custom',
      path: ['justification'],
      ...rule('justification_required', 'is required when the status is not-applicable (2024/2690 Art. 2(2))'),
    });
  }
}

/** PUT /measures/{requirementId}: the whole implementation record. */
export const MeasureImplementationInputSchema = z
  .object({
    status: ImplementationStatusSchema,
    maturity: MaturitySchema.nullable().default(null),
    owner: text(200).nullable().default(null),
    dueDate: nullableDateInput().default(null),
    howImplemented: text(5000).nullable().default(null),
    justification: text(5000).nullable().default(null),
    reviewDate: nullableDateInput().default(null),
    evidenceLinks: z.array(EvidenceLinkSchema).max(20).default([]),
  })
  .strict()
  .superRefine(refineJustification);
export type MeasureImplementationInput = z.infer<typeof MeasureImplementationInputSchema>;

/** POST /measure-bulk-updates: the same change on many requirements at once (list screen). */
export const MeasureBulkUpdateSchema = z
  .object({
    requirementIds: z.array(RequirementIdSchema).min(1).max(500),
    status: ImplementationStatusSchema.optional(),
    owner: text(200).nullable().optional(),
    dueDate: nullableDateInput().optional(),
    justification: text(5000).nullable().optional(),
  })
  .strict()
  .superRefine(refineJustification);
export type MeasureBulkUpdate = z.infer<typeof MeasureBulkUpdateSchema>;

export const MeasureBulkResultSchema = z.object({ updated: z.int() });

export const MeasureEvidenceSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.iso.datetime(),
});
export type MeasureEvidence = z.infer<typeof MeasureEvidenceSchema>;
export const MeasureEvidenceListSchema = z.object({ items: z.array(MeasureEvidenceSchema), maxSizeBytes: z.int() });

/** One requirement of an adopted catalogue with the organisation's implementation (defaults when none yet). */
export const MeasureSchema = z.object({
  requirementId: RequirementIdSchema,
  catalogueId: z.string(),
  sectionRef: z.string(),
  ref: z.string(),
  title: z.string(),
  status: ImplementationStatusSchema,
  maturity: MaturitySchema.nullable(),
  owner: z.string().nullable(),
  dueDate: nullableDate(),
  howImplemented: z.string().nullable(),
  justification: z.string().nullable(),
  reviewDate: nullableDate(),
  evidenceLinks: z.array(EvidenceLinkSchema),
  evidenceCount: z.int(),
  /** Due date passed and not implemented, or review date passed. */
  overdue: z.boolean(),
  /** Implemented elsewhere: an implemented requirement that counts for this one through the crosswalk. */
  creditedBy: z.array(RequirementIdSchema),
  /** What implementing this requirement also counts for ("telt ook voor …"), core requirementsCountedBy. */
  countsFor: z.array(z.object({ requirementId: RequirementIdSchema, catalogueTitle: z.string(), title: z.string() })),
  /**
   * The risks that name this requirement among their existing measures (the risk analysis references
   * measures by plain id): the other direction of that link, with each risk's residual score (else inherent).
   */
  risks: z.array(z.object({ id: z.uuid(), title: z.string(), score: z.int(), band: z.string() })),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().nullable(),
});
export type Measure = z.infer<typeof MeasureSchema>;
export type LinkedRisk = Measure['risks'][number];

export const MeasureQuerySchema = z.object({
  catalogue: CatalogueIdSchema.optional(),
  status: ImplementationStatusSchema.optional(),
  owner: TextSchema.trim().max(200).optional(),
  overdue: QueryBooleanSchema.optional(),
});
export type MeasureQuery = z.infer<typeof MeasureQuerySchema>;

export const RequirementParams = z.object({ requirementId: RequirementIdSchema });
export const EvidenceParams = RequirementParams.extend({ evidenceId: z.uuid() });

// ---- Frameworks the organisation adopted (item 2: the organisation confirms what applies)

export const MeasureFrameworkSchema = z.object({
  catalogueId: z.string(),
  title: z.string(),
  citation: z.string(),
  version: z.string(),
  adoptedBy: z.string(),
  adoptedAt: z.iso.datetime(),
});
export type MeasureFramework = z.infer<typeof MeasureFrameworkSchema>;

export const MeasureFrameworkAdoptSchema = z.object({ catalogueId: CatalogueIdSchema }).strict();
export const FrameworkParams = z.object({ catalogueId: CatalogueIdSchema });

export const AvailableCatalogueSchema = z.object({
  id: z.string(),
  title: z.string(),
  citation: z.string(),
  version: z.string(),
  requirementCount: z.int(),
  adopted: z.boolean(),
  /** Why the platform suggests it (applicability.ts, from the saved scope assessment and sector); null: not suggested. */
  suggestion: z
    .object({
      basis: z.enum(['law', 'sector_norm', 'guidance']),
      article: z.string(),
      reason: z.object({ nl: z.string(), en: z.string() }),
    })
    .nullable(),
});
export const MeasureFrameworkListSchema = z.object({
  items: z.array(MeasureFrameworkSchema),
  available: z.array(AvailableCatalogueSchema),
});

// ---- Coverage

export const SectionCoverageSchema = z.object({
  ref: z.string(),
  title: z.string(),
  /** Implemented counts 1, partial ½ (coverage.ts). */
  credit: z.number(),
  applicable: z.int(),
  notApplicable: z.int(),
  /** credit / applicable, 0…1; 1 when nothing applies. */
  share: z.number(),
});
export const CatalogueCoverageSchema = SectionCoverageSchema.extend({
  catalogueId: z.string(),
  sections: z.array(SectionCoverageSchema),
});
export type CatalogueCoverage = z.infer<typeof CatalogueCoverageSchema>;

export const CoveragePointSchema = z.object({ day: z.iso.date(), catalogueId: z.string(), share: z.number() });
export const GapSchema = z.object({
  requirementId: RequirementIdSchema,
  catalogueId: z.string(),
  title: z.string(),
  status: ImplementationStatusSchema,
  /** Highest residual risk score among the risks this requirement mitigates; null when none is linked. */
  residualRisk: z.number().nullable(),
});
export const MeasureCoverageSchema = z.object({
  catalogues: z.array(CatalogueCoverageSchema),
  gaps: z.array(GapSchema),
  history: z.array(CoveragePointSchema),
});
export type MeasureCoverage = z.infer<typeof MeasureCoverageSchema>;

// Business impact analysis per service (issue 13 item 1): how long the organisation and its recipients can
// bear an outage, how fast the service must be back and how much data it may lose, what minimum it must keep
// delivering, when an outage hurts most, and what it does in the physical world.
// NIS2 Art. 21(2)(c): business continuity (backup management, disaster recovery) and crisis management;
// Impl. Reg. (EU) 2024/2690 Annex 4.1 (the continuity plan rests on a business impact analysis with recovery
// time and recovery point objectives); CER Art. 13(1)(c)-(d) (respond, resist, recover, resume the essential
// service) and the physical-world effects CER Art. 7(1)(c) weighs (public safety, health, environment).
//
// The maximum tolerable period of disruption (MTPD) is the service's `maxTolerableDowntimeHours` in the shared
// assets table: one number, not a copy here. An asset (system, supplier's service) has only its recovery
// objectives, so that a service can be warned about a dependency that comes back too late.
import { z } from 'zod';
import { AssetNodeSchema, type AssetKind } from '../assets/asset.contracts.ts';
import { TextSchema } from '../platform/input.contracts.ts';
import { rule } from '../platform/validation-codes.ts';

/** How badly an outage of the service reaches into the physical world, per kind of effect. */
export const PHYSICAL_EFFECT_LEVELS = ['none', 'limited', 'serious', 'very_serious'] as const;
export const PhysicalEffectLevelSchema = z.enum(PHYSICAL_EFFECT_LEVELS);
export type PhysicalEffectLevel = z.infer<typeof PhysicalEffectLevelSchema>;

export const PHYSICAL_EFFECT_KINDS = ['safety', 'health', 'environment'] as const;
export type PhysicalEffectKind = (typeof PHYSICAL_EFFECT_KINDS)[number];

export const PhysicalEffectsSchema = z.object({
  safety: PhysicalEffectLevelSchema,
  health: PhysicalEffectLevelSchema,
  environment: PhysicalEffectLevelSchema,
  /** What happens, in words: "geen drinkwater na 12 uur; brandkranen zonder druk". */
  description: z.string().nullable(),
});
export type PhysicalEffects = z.infer<typeof PhysicalEffectsSchema>;

// Hours as the assets table holds downtime: a year is 8,760 hours; nobody plans a longer outage than ten.
const hours = () => z.int().min(0).max(87_600);

/** The recorded analysis of one service or asset (assets: recovery objectives only). */
export const BusinessImpactSchema = z.object({
  assetId: z.uuid(),
  /** Recovery time objective: back within this many hours. */
  rtoHours: z.int().nullable(),
  /** Recovery point objective: at most this many hours of data lost. */
  rpoHours: z.int().nullable(),
  /** Services only: what must keep working during the outage ("druk ≥ 2 bar in de hele regio"). */
  minimumServiceLevel: z.string().nullable(),
  /** Services only: when an outage hurts most ("hittegolf in de zomer", "maandagochtend 07-10 uur"). */
  peakPeriods: z.array(z.string()),
  /** Services only. */
  physicalEffects: PhysicalEffectsSchema.nullable(),
  updatedAt: z.iso.datetime(),
});
export type BusinessImpact = z.infer<typeof BusinessImpactSchema>;

const SERVICE_ONLY = ['maxTolerableDowntimeHours', 'minimumServiceLevel', 'peakPeriods', 'physicalEffects'] as const;

/** Fields of the analysis a plain asset does not have (null or absent is always fine). */
export function businessImpactFieldsNotFor(
  kind: AssetKind,
  values: Partial<Record<(typeof SERVICE_ONLY)[number], unknown>>,
): string[] {
  if (kind === 'service') return [];
  return SERVICE_ONLY.filter((f) => {
    const v = values[f];
    return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
  });
}

/** Record (replace) the analysis. `maxTolerableDowntimeHours` writes the service's MTPD in the assets table. */
export const BusinessImpactInputSchema = z
  .object({
    maxTolerableDowntimeHours: hours().nullable().optional(),
    rtoHours: hours().nullable(),
    rpoHours: hours().nullable(),
    minimumServiceLevel: TextSchema.trim().max(1000).nullable().optional(),
    peakPeriods: z.array(TextSchema.trim().min(1).max(200)).max(12).optional(),
    physicalEffects: z
      .object({
        safety: PhysicalEffectLevelSchema,
        health: PhysicalEffectLevelSchema,
        environment: PhysicalEffectLevelSchema,
        description: TextSchema.trim().max(2000).nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    // The same period listed twice is a slip, not two peaks.
    const seen = new Set<string>();
    value.peakPeriods?.forEach((p, i) => {
      const key = p.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['peakPeriods', i], ...rule('duplicate', 'is listed twice') });
      }
      seen.add(key);
    });
  });
export type BusinessImpactInput = z.infer<typeof BusinessImpactInputSchema>;

/** How a dependency's recovery time is known. */
export const RECOVERY_SOURCES = ['rto', 'supplier'] as const;

export const BusinessImpactDependencySchema = z.object({
  asset: AssetNodeSchema,
  /** 1: the service depends on it directly. */
  hops: z.int(),
  /** The node through which the service depends on it (the service itself at hop 1). */
  via: z.uuid(),
  /** The longest it is expected to be down: its own RTO, else its supplier's recovery time; null when unknown. */
  recoveryHours: z.int().nullable(),
  recoverySource: z.enum(RECOVERY_SOURCES).nullable(),
  supplier: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /**
   * Set when every way the service reaches this dependency has an identified alternative supplier: the
   * service then switches over instead of waiting, and what lies behind it is not walked.
   */
  alternative: z
    .object({ supplier: z.object({ id: z.uuid(), name: z.string() }), switchOverHours: z.int().nullable() })
    .nullable(),
});
export type BusinessImpactDependency = z.infer<typeof BusinessImpactDependencySchema>;

export const BIA_WARNING_CODES = [
  'no_tolerance',
  'rto_exceeds_tolerance',
  'dependency_exceeds_tolerance',
  'switch_over_exceeds_tolerance',
  'recovery_unknown',
  'switch_over_unknown',
] as const;
export const BiaWarningCodeSchema = z.enum(BIA_WARNING_CODES);
export type BiaWarningCode = z.infer<typeof BiaWarningCodeSchema>;

export const BiaWarningSchema = z.object({
  code: BiaWarningCodeSchema,
  /** high: the service will be down longer than it can bear; info: something is not known yet. */
  severity: z.enum(['high', 'medium', 'info']),
  /** The dependency it is about (none for the service's own figures). */
  assetId: z.uuid().nullable(),
  hours: z.int().nullable(),
  toleranceHours: z.int().nullable(),
});
export type BiaWarning = z.infer<typeof BiaWarningSchema>;

/** One service's analysis with its dependencies read from the graph and the warnings. */
export const BusinessImpactViewSchema = z.object({
  asset: AssetNodeSchema,
  /** The MTPD (assets.max_tolerable_downtime_hours); always null for a plain asset. */
  maxTolerableDowntimeHours: z.int().nullable(),
  analysis: BusinessImpactSchema.nullable(),
  dependencies: z.array(BusinessImpactDependencySchema),
  warnings: z.array(BiaWarningSchema),
});
export type BusinessImpactView = z.infer<typeof BusinessImpactViewSchema>;

/** A line of the overview: every service, with its figures and how many warnings it has. */
export const BusinessImpactSummarySchema = z.object({
  asset: AssetNodeSchema,
  maxTolerableDowntimeHours: z.int().nullable(),
  rtoHours: z.int().nullable(),
  rpoHours: z.int().nullable(),
  recorded: z.boolean(),
  highWarnings: z.int(),
  warnings: z.int(),
  updatedAt: z.iso.datetime().nullable(),
});
export type BusinessImpactSummary = z.infer<typeof BusinessImpactSummarySchema>;

export const BusinessImpactParams = z.object({ assetId: z.uuid() });

// The authority's trends dashboard (issue 15 item 1): counts of received incidents, reporting deadlines and
// registrations per week, month or quarter, by one dimension, with small counts suppressed (suppression.ts).
import { z } from 'zod';
import { IncidentCategorySchema } from '../incidents/incident.contracts.ts';
import { REPORT_ROOT_CAUSES } from '../incidents/report-root-cause.ts';
import { QueryBooleanSchema } from '../platform/audit.contracts.ts';
import { TextSchema } from '../platform/input.contracts.ts';
import { CrossBorderAnswerSchema } from '../inbox/cross-border.ts';
import { ShownCountSchema } from './suppression.ts';
import { TrendIntervalSchema } from './buckets.ts';

/**
 * What is counted:
 * - `incidents`: incident chains (all reports of one incident of one entity count once), in the bucket of
 *   their first received report;
 * - `deadlines`: the reporting stages owed under NIS2 Art. 23(4) (Cbw arts. 26-29; CER Art. 15), by outcome,
 *   in the bucket of their deadline;
 * - `registrations`: entities in the register (NIS2 Art. 3(3)-(4); Cbw art. 43-44), in the bucket of their
 *   first registration.
 */
export const TREND_VIEWS = ['incidents', 'deadlines', 'registrations'] as const;
export const TrendViewSchema = z.enum(TREND_VIEWS);
export type TrendView = z.infer<typeof TrendViewSchema>;

/**
 * The rows of the table. `classification`: essential or important (NIS2 Art. 3(1)-(2)), from the entity's
 * registration; `criticalEntity`: a critical entity under CER Art. 6 (Wwke); `outcome`: the deadline
 * outcome (the `deadlines` view always counts by it).
 */
export const TREND_DIMENSIONS = [
  'sector',
  'classification',
  'criticalEntity',
  'entityType',
  'category',
  'severity',
  // The coded root cause of the final report (NIS2 Art. 23(4)(d)(ii); core incidents/report-root-cause.ts).
  'rootCause',
  'crossBorder',
  'outcome',
] as const;
export const TrendDimensionSchema = z.enum(TREND_DIMENSIONS);
export type TrendDimension = z.infer<typeof TrendDimensionSchema>;

/** Which dimensions each view can count by. */
export const VIEW_DIMENSIONS: Record<TrendView, readonly TrendDimension[]> = {
  incidents: [
    'sector',
    'classification',
    'criticalEntity',
    'entityType',
    'category',
    'severity',
    'rootCause',
    'crossBorder',
  ],
  deadlines: ['outcome'],
  registrations: ['sector', 'classification'],
};

/**
 * A deadline's outcome, as core's tracking reads it (deadline-tracking.ts): submitted by the strict deadline
 * (on time), after it (late), not submitted and past it (missing), not submitted and not yet due (open).
 */
export const DEADLINE_OUTCOMES = ['on_time', 'late', 'missing', 'open'] as const;
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[number];

const dateOnly = z.iso.date().describe('A date (YYYY-MM-DD) on the Amsterdam calendar');

export const TrendQuerySchema = z
  .object({
    view: TrendViewSchema.default('incidents'),
    dimension: TrendDimensionSchema.default('sector'),
    interval: TrendIntervalSchema.default('month'),
    /** First day counted (inclusive); default: the start of the bucket six buckets back. */
    from: dateOnly.optional(),
    /** Last day counted (inclusive); default: today. */
    to: dateOnly.optional(),
    sector: TextSchema.trim().max(100).optional(),
    category: IncidentCategorySchema.optional(),
    /** The coded root cause of the final report; `unknown`: chains without one. */
    rootCause: z.enum([...REPORT_ROOT_CAUSES, 'unknown']).optional(),
    /** NIS2 Art. 23(1), (6): only incidents whose reports answer cross-border impact so (`yes`: any report says yes). */
    crossBorder: CrossBorderAnswerSchema.optional(),
    criticalEntity: QueryBooleanSchema.optional(),
    /** Also count voluntary notifications (NIS2 Art. 30); by default only mandatory reports count. */
    includeVoluntary: QueryBooleanSchema.optional(),
  })
  .strict();
export type TrendQuery = z.infer<typeof TrendQuerySchema>;
export type TrendQueryInput = z.input<typeof TrendQuerySchema>;

export const TrendRowSchema = z.object({
  /** The dimension's value (a sector name, a category code, `yes`…); `unknown` where none is known. */
  key: z.string(),
  /** In Dutch, as the platform names it. */
  label: z.string(),
  /** One figure per bucket, in the order of `buckets`. */
  cells: z.array(ShownCountSchema),
  total: ShownCountSchema,
});
export type TrendRow = z.infer<typeof TrendRowSchema>;

export const TrendTableSchema = z.object({
  view: TrendViewSchema,
  dimension: TrendDimensionSchema,
  interval: TrendIntervalSchema,
  from: dateOnly,
  to: dateOnly,
  /** The minimum number of distinct entities behind a shown figure; fewer is shown as "< k". */
  minEntities: z.number().int(),
  buckets: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(TrendRowSchema),
  bucketTotals: z.array(ShownCountSchema),
  total: ShownCountSchema,
});
export type TrendTable = z.infer<typeof TrendTableSchema>;

// The quarterly trend report (issue 15 item 1): the trends of one calendar quarter as a Dutch PDF, and the
// same figures frozen into a knowledge article of kind 'trend' that the authority shares under TLP 2.0.
// Every figure is a cell of a suppressed trend table (suppression.ts): fewer than 3 entities reads "< 3".
import { z } from 'zod';
import { TextSchema } from '../platform/input.contracts.ts';
import { ShownCountSchema } from './suppression.ts';
import { TrendTableSchema } from './trends.contracts.ts';

/** NIS2 applies from 18 October 2024; earlier years hold no reports under it, later ones are not yet. */
export const QUARTERLY_REPORT_FIRST_YEAR = 2024;
export const QUARTERLY_REPORT_LAST_YEAR = 2100;

const YearSchema = z.coerce.number().int().min(QUARTERLY_REPORT_FIRST_YEAR).max(QUARTERLY_REPORT_LAST_YEAR);
const QuarterSchema = z.coerce.number().int().min(1).max(4);

/**
 * The labels a published report may carry. RED is refused: a report for named people only is not a
 * publication (a knowledge article under RED needs named people, which this report does not name).
 */
export const QUARTERLY_REPORT_TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'] as const;
export const QuarterlyReportTlpSchema = z.enum(QUARTERLY_REPORT_TLPS);
export type QuarterlyReportTlp = z.infer<typeof QuarterlyReportTlpSchema>;

export const QuarterlyReportQuerySchema = z
  .strictObject({
    year: YearSchema,
    quarter: QuarterSchema,
    /** The label printed on every page, when the analyst chooses one. */
    tlp: QuarterlyReportTlpSchema.optional(),
  })
  .describe('A calendar quarter');
export type QuarterlyReportQuery = z.infer<typeof QuarterlyReportQuerySchema>;

/** Publishing the report as a knowledge article: its audience as any knowledge article's (TLP 2.0). */
export const QuarterlyReportPublishSchema = z.strictObject({
  year: YearSchema,
  quarter: QuarterSchema,
  tlp: QuarterlyReportTlpSchema,
  /** Default: "Trendrapport Q4 2026". */
  title: TextSchema.trim().min(1).max(200).optional(),
  communityId: z.uuid(),
  /** For AMBER and AMBER+STRICT: named organisations (none named: the community's members). */
  recipientOrgIds: z.array(z.uuid()).max(100).optional(),
});
export type QuarterlyReportPublish = z.infer<typeof QuarterlyReportPublishSchema>;

/** The figures of one quarter, as frozen with a published report: only suppressed figures, never raw ones. */
export const QuarterlyReportFiguresSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  /** First and last day of the quarter (Amsterdam calendar). */
  from: z.iso.date(),
  to: z.iso.date(),
  minEntities: z.number().int(),
  generatedAt: z.iso.datetime(),
  summary: z.object({
    reportsReceived: ShownCountSchema,
    entitiesReporting: ShownCountSchema,
    incidents: ShownCountSchema,
  }),
  bySectorPerMonth: TrendTableSchema,
  byCategory: TrendTableSchema,
  byRootCause: TrendTableSchema,
  byCrossBorder: TrendTableSchema,
  deadlines: TrendTableSchema,
});
export type QuarterlyReportFigures = z.infer<typeof QuarterlyReportFiguresSchema>;

export const QuarterlyReportPublishedSchema = z.object({ articleId: z.uuid(), title: z.string() });

/** "Trendrapport Q4 2026". */
export const quarterlyReportTitle = (year: number, quarter: number): string => `Trendrapport Q${quarter} ${year}`;

/** The first and last day (YYYY-MM-DD) of a calendar quarter. */
export function quarterDays(year: number, quarter: number): { from: string; to: string } {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

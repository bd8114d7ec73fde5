// Time buckets of the trend tables: ISO weeks (Monday to Sunday, ISO 8601) and calendar months, on the
// Amsterdam calendar, so a report received at 00:30 on the first of the month (Dutch time) counts in that
// month. The database groups by the same bucket start (trends-queries.ts: date_trunc in Europe/Amsterdam).
import { z } from 'zod';
import {
  addCalendarMonths,
  addDays,
  amsterdamDateOf,
  fromAmsterdamWallMs,
  utcFieldsToMs,
  weekdayOf,
  type CalendarDate,
} from '../platform/legal-calendar.ts';

export const TREND_INTERVALS = ['week', 'month', 'quarter'] as const;
export const TrendIntervalSchema = z.enum(TREND_INTERVALS);
export type TrendInterval = z.infer<typeof TrendIntervalSchema>;

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (d: CalendarDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const parseIsoDate = (s: string): CalendarDate => {
  const [year, month, day] = s.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

/** The first day (Amsterdam calendar) of the bucket that holds the date. */
export function bucketStartOfDate(date: CalendarDate, interval: TrendInterval): CalendarDate {
  if (interval === 'month') return { year: date.year, month: date.month, day: 1 };
  if (interval === 'quarter') return { year: date.year, month: date.month - ((date.month - 1) % 3), day: 1 };
  // ISO 8601: weeks start on Monday (weekdayOf: 0 = Sunday).
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The bucket (its first day, YYYY-MM-DD) an instant falls in. */
export const bucketOf = (at: Date, interval: TrendInterval): string =>
  isoDate(bucketStartOfDate(amsterdamDateOf(at.getTime()), interval));

export function nextBucket(start: CalendarDate, interval: TrendInterval): CalendarDate {
  if (interval === 'week') return addDays(start, 7);
  return addCalendarMonths(start, interval === 'month' ? 1 : 3);
}

export function previousBucket(start: CalendarDate, interval: TrendInterval): CalendarDate {
  if (interval === 'week') return addDays(start, -7);
  return addCalendarMonths(start, interval === 'month' ? -1 : -3);
}

/** The date (YYYY-MM-DD) on the Amsterdam calendar at an instant. */
export const amsterdamIsoDate = (at: Date): string => isoDate(amsterdamDateOf(at.getTime()));

/** A YYYY-MM-DD date moved by whole days. */
export const addDaysToIsoDate = (date: string, days: number): string => isoDate(addDays(parseIsoDate(date), days));

/** The bucket (its first day) that holds a YYYY-MM-DD date. */
export const bucketOfIsoDate = (date: string, interval: TrendInterval): CalendarDate =>
  bucketStartOfDate(parseIsoDate(date), interval);

/** The instant a bucket starts: local midnight of its first day. */
export const bucketStartInstant = (bucket: string): Date =>
  new Date(fromAmsterdamWallMs(utcFieldsToMs(parseIsoDate(bucket))));

/** Every bucket from the one holding `from` up to the one holding the moment before `to`, none left out. */
export function bucketsBetween(from: Date, to: Date, interval: TrendInterval, max = 520): string[] {
  if (to.getTime() <= from.getTime()) return [];
  const last = bucketOf(new Date(to.getTime() - 1), interval);
  const out: string[] = [];
  for (let d = bucketStartOfDate(amsterdamDateOf(from.getTime()), interval); out.length < max;) {
    const key = isoDate(d);
    out.push(key);
    if (key === last) break;
    d = nextBucket(d, interval);
  }
  return out;
}

/** ISO 8601 week number and its year (the year of the week's Thursday). */
export function isoWeekOf(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 3 - ((weekdayOf(date) + 6) % 7));
  const jan1 = utcFieldsToMs({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((utcFieldsToMs(thursday) - jan1) / 86_400_000 / 7) + 1 };
}

/** A bucket's short label: "2026-W49", "2026-12", "2026-Q4". */
export function bucketLabel(bucket: string, interval: TrendInterval): string {
  const d = parseIsoDate(bucket);
  if (interval === 'month') return `${d.year}-${pad(d.month)}`;
  if (interval === 'quarter') return `${d.year}-Q${Math.floor((d.month - 1) / 3) + 1}`;
  const w = isoWeekOf(d);
  return `${w.year}-W${pad(w.week)}`;
}

/** The instants a bucket runs from (inclusive) and to (exclusive), ISO 8601 UTC. */
export function bucketRange(bucket: string, interval: TrendInterval): { from: string; to: string } {
  const next = isoDate(nextBucket(parseIsoDate(bucket), interval));
  return { from: bucketStartInstant(bucket).toISOString(), to: bucketStartInstant(next).toISOString() };
}

// Instants for the incident clock. Legal deadlines are computed on UTC epoch milliseconds and written
// as UTC ISO 8601 with milliseconds (`2026-03-29T01:30:00.000Z`, i.e. Date#toISOString): one format
// for the API, the CLI and storage, and strings of that form sort in time order.
import { z } from 'zod';
import { invalidField } from './domain-error.ts';
import { rule } from './validation-codes.ts';

/** UTC ISO 8601 instant with milliseconds, e.g. `2026-03-29T01:30:00.000Z`. */
export type IsoInstant = string;

/** What a caller may pass as an instant: a Date, or an ISO 8601 string that carries `Z` or an offset. */
export type InstantInput = Date | string;

export type InstantParseResult =
  { ok: true; epochMs: number } | { ok: false; reason: 'missing_offset' | 'invalid'; message: string };

// RFC 3339 profile of ISO 8601: date, time to at least minutes, and an explicit `Z` or `±HH:MM`.
const WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
// A date or local date-time without an offset: JavaScript would read it as UTC (date only) or as
// the machine's local time (date-time), so the same text would give different deadlines on different
// machines. We refuse it instead of guessing.
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

const MINUTE_MS = 60_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1-12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Parses an ISO 8601 instant that names its offset; sub-millisecond digits are truncated. */
export function parseInstant(text: string): InstantParseResult {
  const trimmed = text.trim();
  if (WITHOUT_OFFSET.test(trimmed)) {
    return {
      ok: false,
      reason: 'missing_offset',
      message: `'${text}' has no UTC offset; add 'Z' or an offset such as '+01:00' (a local time is ambiguous)`,
    };
  }
  const m = WITH_OFFSET.exec(trimmed);
  if (!m) {
    return {
      ok: false,
      reason: 'invalid',
      message: `'${text}' is not an ISO 8601 date-time such as 2026-03-29T01:30:00Z`,
    };
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 23 ||
    offsetMinutes > 59
  ) {
    return { ok: false, reason: 'invalid', message: `'${text}' is not a valid calendar date and time` };
  }
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, millis);
  const sign = m[9] === '-' ? -1 : 1;
  return { ok: true, epochMs: wall.getTime() - sign * (offsetHours * 60 + offsetMinutes) * MINUTE_MS };
}

/** Epoch milliseconds of an instant input; throws a `validation_failed` DomainError naming `field`. */
export function toEpochMs(value: InstantInput, field: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw invalidField(field, 'is an invalid Date');
    return ms;
  }
  const parsed = parseInstant(value);
  if (!parsed.ok) throw invalidField(field, parsed.message);
  return parsed.epochMs;
}

export function formatInstant(epochMs: number): IsoInstant {
  return new Date(epochMs).toISOString();
}

/** Accepts a Date or an ISO 8601 string with offset; yields the UTC ISO form. */
export const InstantInputSchema = z.union([z.date(), z.string()]).transform((value, ctx): IsoInstant => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', ...rule('invalid_date', 'invalid Date') });
      return z.NEVER;
    }
    return value.toISOString();
  }
  const parsed = parseInstant(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', ...rule('invalid_date', parsed.message) });
    return z.NEVER;
  }
  return formatInstant(parsed.epochMs);
});

// The primitives for values that come from outside (request bodies, query strings, headers, submissions from
// another installation). Every input schema builds its text and dates from these, so a value the database
// cannot hold is refused in one place, as a 400 naming its field, instead of failing in PostgreSQL.
import { z } from 'zod';
import { parseInstant } from './instant.ts';
import { rule } from './validation-codes.ts';

// PostgreSQL's text and jsonb cannot hold U+0000, and an unpaired UTF-16 surrogate has no UTF-8 form (jsonb
// refuses its escape; a text column would silently get U+FFFD instead).
const UNSTORABLE = /[\0\p{Cs}]/u;
export const UNSTORABLE_TEXT_REASON = 'must not contain U+0000 (NUL) or an unpaired surrogate';

/** The check itself, for string formats that let such characters through (`z.url().check(storableText)`). */
export const storableText = z.refine<string>(
  (value) => !UNSTORABLE.test(value),
  rule('unstorable_text', UNSTORABLE_TEXT_REASON),
);

/** Text from outside: use it wherever an input schema would say `z.string()` (`TextSchema.trim().max(200)`). */
export const TextSchema = z.string().check(storableText);

/** The largest number a PostgreSQL `integer` column holds: the bound of every count stored in one. */
export const INTEGER_COLUMN_MAX = 2_147_483_647;

// Dates and instants from outside lie in 1900–9999 (UTC): nothing the platform records happened before 1900,
// a later year has no four-digit form, and year 0 is no date PostgreSQL knows.
export const EARLIEST_INPUT_DATE = '1900-01-01';
export const LATEST_INPUT_DATE = '9999-12-31';
const EARLIEST_MS = Date.parse(`${EARLIEST_INPUT_DATE}T00:00:00.000Z`);
const LATEST_MS = Date.parse(`${LATEST_INPUT_DATE}T23:59:59.999Z`);
export const DATE_RANGE_REASON = `must lie between ${EARLIEST_INPUT_DATE} and ${LATEST_INPUT_DATE} (UTC)`;

function inDateRange(instant: string): boolean {
  const parsed = parseInstant(instant);
  return parsed.ok && parsed.epochMs >= EARLIEST_MS && parsed.epochMs <= LATEST_MS;
}

/** The range check itself, for instant formats other than the one below (`z.iso.datetime().check(…)`). */
const DATE_RANGE_RULE = rule('date_range', DATE_RANGE_REASON, { min: EARLIEST_INPUT_DATE, max: LATEST_INPUT_DATE });
export const withinDateRange = z.refine<string>(inDateRange, DATE_RANGE_RULE);

/** An ISO 8601 instant with `Z` or an offset (`2026-03-29T01:30:00+01:00`), 1900–9999 in UTC. */
export const DateTimeInputSchema = z.iso.datetime({ offset: true }).check(withinDateRange);

/** A calendar date (`2026-03-29`), 1900–9999. */
export const DateInputSchema = z.iso.date().refine((date) => inDateRange(`${date}T00:00:00Z`), DATE_RANGE_RULE);

/** A comma-separated list in a query string (`triage,containment`): its trimmed, non-empty parts. */
export const CommaListSchema = TextSchema.max(5000).transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

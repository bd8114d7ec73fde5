// How the incident clock counts its two kinds of period. See docs/incident-deadlines.md for the
// readings and their sources.
import {
  HOUR_MS,
  addCalendarMonths,
  amsterdamDateOf,
  calendarDateOfUtcFields,
  endOfAmsterdamDayMs,
  fromAmsterdamWallMs,
  nextDutchWorkingDay,
  toAmsterdamWallMs,
  utcFieldsToMs,
} from './legal-calendar.ts';

/**
 * A period in hours is that many elapsed hours, whatever the wall clock does in between (Cbw arts. 26-27:
 * "uiterlijk binnen 24 uur"; the Algemene termijnenwet does not extend periods in hours).
 */
export function addElapsedHours(epochMs: number, hours: number): number {
  return epochMs + hours * HOUR_MS;
}

export interface MonthPeriod {
  /** The strict deadline (see computeOneMonthPeriod). */
  deadlineMs: number;
  /** The end of the period as the law counts it: end of the Dutch day, moved past weekends and holidays. */
  legalEndMs: number;
}

/**
 * The same clock time on the same date one month later, on a clock whose wall time `wallMs` shows; null
 * when that date does not exist in the month (31 January → no 31 February).
 */
function sameClockTimeOneMonthLater(wallMs: number): number | null {
  const anchorDate = calendarDateOfUtcFields(wallMs);
  const target = addCalendarMonths(anchorDate, 1);
  if (target.day !== anchorDate.day) return null;
  const time = new Date(wallMs);
  return utcFieldsToMs(
    target,
    time.getUTCHours(),
    time.getUTCMinutes(),
    time.getUTCSeconds(),
    time.getUTCMilliseconds(),
  );
}

/**
 * "One month after" an anchor instant (NIS2 Art. 23(4)(d)-(e), CER Art. 15(1)).
 *
 * Strict deadline: the same clock time on the same date one month later, read on both the Amsterdam and
 * the UTC clock, taking the earlier (they differ by an hour when the month spans a DST change). Where
 * that date does not occur in the month (31 January → February), Reg. 1182/71 Art. 3(2)(c) itself ends
 * the period with the expiry of the last hour of the month's last day, so the strict deadline is the end
 * of that Dutch day — which also keeps the deadline monotone in the anchor.
 *
 * Legal end: Reg. 1182/71 Art. 3(1)-(2)(c) — the anchor's day does not count and the period ends with the
 * expiry of the last hour of the corresponding Dutch day (or the month's last day); Algemene termijnenwet
 * art. 1(1) and Reg. 1182/71 Art. 3(4) — a period ending on a Saturday, Sunday or public holiday runs to
 * the end of the next working day.
 */
export function computeOneMonthPeriod(anchorMs: number): MonthPeriod {
  const lastDay = addCalendarMonths(amsterdamDateOf(anchorMs), 1);
  const amsterdamWall = sameClockTimeOneMonthLater(toAmsterdamWallMs(anchorMs));
  const amsterdamReading = amsterdamWall === null ? endOfAmsterdamDayMs(lastDay) : fromAmsterdamWallMs(amsterdamWall);
  // The UTC clock only ever makes the deadline earlier; where its date is missing, the Dutch day governs.
  const utcReading = sameClockTimeOneMonthLater(anchorMs) ?? Number.POSITIVE_INFINITY;
  return {
    deadlineMs: Math.min(amsterdamReading, utcReading),
    legalEndMs: endOfAmsterdamDayMs(nextDutchWorkingDay(lastDay)),
  };
}

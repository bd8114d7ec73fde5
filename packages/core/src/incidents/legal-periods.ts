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
} from './dutch-legal-calendar.ts';

/**
 * A period in hours is that many elapsed hours, whatever the wall clock does in between (Cbw arts. 26-27:
 * "uiterlijk binnen 24 uur"; the Algemene termijnenwet does not extend periods in hours).
 */
export function addElapsedHours(epochMs: number, hours: number): number {
  return epochMs + hours * HOUR_MS;
}

export interface MonthPeriod {
  /** The strict deadline: the earliest same-clock-time reading of "one month after". */
  deadlineMs: number;
  /** The end of the period as the law counts it: end of the Dutch day, moved past weekends and holidays. */
  legalEndMs: number;
}

function sameClockTimeOneMonthLater(wallMs: number): number {
  const time = new Date(wallMs);
  const target = addCalendarMonths(calendarDateOfUtcFields(wallMs), 1);
  return utcFieldsToMs(target, time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds(), time.getUTCMilliseconds());
}

/**
 * "One month after" an anchor instant (NIS2 Art. 23(4)(d)-(e), CER Art. 15(1)).
 *
 * Strict deadline: the same clock time on the same date one month later (the last day of a shorter
 * month, Reg. 1182/71 Art. 3(2)(c)), read on both the Amsterdam and the UTC clock, taking the earlier:
 * they differ by an hour when the month spans a DST change and by up to a day at month ends when the
 * anchor falls between Dutch and UTC midnight.
 *
 * Legal end: Reg. 1182/71 Art. 3(1)-(2)(c) — the anchor's day does not count and the period ends with
 * the expiry of the last hour of the corresponding Dutch day; Algemene termijnenwet art. 1(1) and Reg.
 * 1182/71 Art. 3(4) — a period ending on a Saturday, Sunday or public holiday runs to the end of the next
 * working day.
 */
export function computeOneMonthPeriod(anchorMs: number): MonthPeriod {
  const amsterdamReading = fromAmsterdamWallMs(sameClockTimeOneMonthLater(toAmsterdamWallMs(anchorMs)));
  const utcReading = sameClockTimeOneMonthLater(anchorMs);
  const lastDay = nextDutchWorkingDay(addCalendarMonths(amsterdamDateOf(anchorMs), 1));
  return {
    deadlineMs: Math.min(amsterdamReading, utcReading),
    legalEndMs: endOfAmsterdamDayMs(lastDay),
  };
}

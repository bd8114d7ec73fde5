// The Dutch legal calendar: Europe/Amsterdam wall-clock time, and the days on which a Dutch statutory
// period cannot end. Written from the rules themselves rather than Intl/tzdata so that core gives the
// same answer in every browser and Node build (a test cross-checks the offset against Intl).
import { daysInMonth } from './instant.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A date in the Dutch calendar; `month` is 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** UTC epoch ms of a calendar date-time read as UTC fields (years below 100 are taken literally). */
export function utcFieldsToMs(date: CalendarDate, hours = 0, minutes = 0, seconds = 0, millis = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  d.setUTCHours(hours, minutes, seconds, millis);
  return d.getTime();
}

export function calendarDateOfUtcFields(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(utcFieldsToMs(date)).getUTCDay();
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOfUtcFields(utcFieldsToMs(date) + days * DAY_MS);
}

/**
 * Adds calendar months; where the target month is too short, the last day of that month.
 * Reg. (EEC, Euratom) 1182/71 Art. 3(2)(c): a period in months ends on the same date of the last month,
 * or on the last day of that month if the date does not occur in it (31 January + 1 month → 28/29 February).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

// Directive 2000/84/EC Arts. 2-3: summer time starts at 01:00 UTC on the last Sunday of March and ends at
// 01:00 UTC on the last Sunday of October. The Netherlands keeps CET (UTC+1) and CEST (UTC+2); the rule
// holds for Europe/Amsterdam from 1996 on, which covers every incident this platform can see.
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay: CalendarDate = { year, month, day: daysInMonth(year, month) };
  return utcFieldsToMs(lastDay) - weekdayOf(lastDay) * DAY_MS + HOUR_MS;
}

export function summerTimeStartMs(year: number): number {
  return lastSundayAt0100Utc(year, 3);
}

export function summerTimeEndMs(year: number): number {
  return lastSundayAt0100Utc(year, 10);
}

/** UTC offset of Europe/Amsterdam at an instant, in ms (1 h in winter, 2 h in summer). */
export function amsterdamOffsetMs(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= summerTimeStartMs(year) && epochMs < summerTimeEndMs(year) ? 2 * HOUR_MS : HOUR_MS;
}

/** The Amsterdam wall clock as "UTC fields": read it with getUTC* to get local date and time. */
export function toAmsterdamWallMs(epochMs: number): number {
  return epochMs + amsterdamOffsetMs(epochMs);
}

/**
 * The instant at which the Amsterdam wall clock shows `wallMs`. Twice-shown times (the autumn hour)
 * resolve to the earlier instant and skipped times (the spring hour) to the moment of the switch, so
 * the mapping never moves later than the clock and stays monotone.
 */
export function fromAmsterdamWallMs(wallMs: number): number {
  const summerReading = wallMs - 2 * HOUR_MS;
  if (amsterdamOffsetMs(summerReading) === 2 * HOUR_MS) return summerReading;
  const winterReading = wallMs - HOUR_MS;
  if (amsterdamOffsetMs(winterReading) === HOUR_MS) return winterReading;
  return summerTimeStartMs(new Date(winterReading).getUTCFullYear());
}

export function amsterdamDateOf(epochMs: number): CalendarDate {
  return calendarDateOfUtcFields(toAmsterdamWallMs(epochMs));
}

/** The year on the Amsterdam calendar at an instant: what numbered series (INC-2026-…) count by. */
export function amsterdamYear(at: Date): number {
  return amsterdamDateOf(at.getTime()).year;
}

/** The instant a Dutch calendar day expires: local midnight at its end ("the expiry of its last hour"). */
export function endOfAmsterdamDayMs(date: CalendarDate): number {
  return fromAmsterdamWallMs(utcFieldsToMs(addDays(date, 1)));
}

/** Easter Sunday (Gregorian), anonymous algorithm of Meeus/Jones/Butcher. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export interface DutchPublicHoliday {
  date: CalendarDate;
  /** Name as the Algemene termijnenwet uses it. */
  name: string;
  source: string;
}

function kingsDay(year: number): CalendarDate {
  // Celebrated on 27 April since 2014 and on the Saturday before when 27 April is a Sunday; until 2013
  // Queen's Day was 30 April (29 April when that was a Sunday).
  const day = year >= 2014 ? 27 : 30;
  const date: CalendarDate = { year, month: 4, day };
  return weekdayOf(date) === 0 ? { year, month: 4, day: day - 1 } : date;
}

/**
 * Algemene termijnenwet art. 3(1)-(2): the days on which a statutory period cannot end (besides Saturday
 * and Sunday). Days added by Royal Decree under art. 3(3) (such as the Friday after Ascension Day in some
 * years) are not listed: ignoring them can only make the computed legal end earlier, never later.
 */
export function dutchPublicHolidays(year: number): DutchPublicHoliday[] {
  const easter = easterSunday(year);
  const art31 = 'Algemene termijnenwet art. 3(1)';
  return [
    { date: { year, month: 1, day: 1 }, name: 'Nieuwjaarsdag', source: art31 },
    { date: addDays(easter, -2), name: 'Goede Vrijdag', source: 'Algemene termijnenwet art. 3(2)' },
    { date: addDays(easter, 1), name: 'tweede Paasdag', source: art31 },
    { date: kingsDay(year), name: 'de dag waarop de verjaardag van de Koning wordt gevierd', source: art31 },
    { date: { year, month: 5, day: 5 }, name: 'de vijfde mei', source: art31 },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag', source: art31 },
    { date: addDays(easter, 50), name: 'tweede Pinksterdag', source: art31 },
    { date: { year, month: 12, day: 25 }, name: 'eerste Kerstdag', source: art31 },
    { date: { year, month: 12, day: 26 }, name: 'tweede Kerstdag', source: art31 },
  ];
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Algemene termijnenwet art. 1(1); Reg. 1182/71 Art. 3(4): Saturdays, Sundays and public holidays. */
export function isDutchNonWorkingDay(date: CalendarDate): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return true;
  return dutchPublicHolidays(date.year).some((h) => sameDate(h.date, date));
}

/** The date itself if it is a working day, otherwise the next working day. */
export function nextDutchWorkingDay(date: CalendarDate): CalendarDate {
  let current = date;
  while (isDutchNonWorkingDay(current)) current = addDays(current, 1);
  return current;
}

// Pure coverage rules: who in a critical role is trained and current, which plans were exercised when, and
// the yearly exercise calendar. Dates are ISO calendar dates (yyyy-mm-dd), compared as strings.
import { addCalendarMonths, amsterdamDateOf, type CalendarDate } from '../platform/legal-calendar.ts';
import type { CoverageStatus, RoleCoverage, TrainingStatus } from './critical-role.contracts.ts';

const iso = (d: CalendarDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const parse = (date: string): CalendarDate => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/** People are matched by name: trimmed, spaces collapsed, case ignored ("M. de Vries" = "m.  de vries"). */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

/** The last day an attendance counts: the attendance date plus the activity's validity in calendar months. */
export function attendanceExpiry(attendedOn: string, validityMonths: number | null): string | null {
  return validityMonths === null ? null : iso(addCalendarMonths(parse(attendedOn), validityMonths));
}

/** One record that a person was trained: attendance at an awareness activity, or a board member's training. */
export interface TrainingRecord {
  personName: string;
  completedOn: string;
  expiresOn: string | null;
  source: 'activity' | 'board-training';
}

export interface HolderTraining {
  status: TrainingStatus;
  validUntil: string | null;
  source: TrainingRecord['source'] | null;
}

/**
 * A role holder's training on `today`: current when a record of theirs was completed and has not expired
 * (the one valid longest counts); expired when they only have expired ones; overdue when they have none
 * and a due date of an activity required for the role has passed; missing otherwise.
 */
export function holderTraining(
  personName: string,
  records: readonly TrainingRecord[],
  dueDates: readonly (string | null)[],
  today: string,
): HolderTraining {
  const mine = records.filter((r) => samePerson(r.personName, personName) && r.completedOn <= today);
  const current = mine.filter((r) => r.expiresOn === null || r.expiresOn >= today);
  if (current.length > 0) {
    const best = current.reduce((a, b) =>
      a.expiresOn === null ? a : b.expiresOn === null ? b : b.expiresOn > a.expiresOn ? b : a,
    );
    return { status: 'current', validUntil: best.expiresOn, source: best.source };
  }
  if (mine.length > 0) return { status: 'expired', validUntil: null, source: null };
  const overdue = dueDates.some((d) => d !== null && d < today);
  return { status: overdue ? 'overdue' : 'missing', validUntil: null, source: null };
}

/**
 * A critical role is covered when a primary holder and a deputy are both trained and current, so the
 * function is filled by someone trained when one of them is absent; partial when anyone is; else uncovered.
 */
export function roleCoverage(holders: readonly { deputy: boolean; status: TrainingStatus }[]): RoleCoverage {
  const current = holders.filter((h) => h.status === 'current');
  const primaryCurrent = current.some((h) => !h.deputy);
  const deputyCurrent = current.some((h) => h.deputy);
  const status: CoverageStatus =
    primaryCurrent && deputyCurrent ? 'covered' : current.length > 0 ? 'partial' : 'uncovered';
  return { status, holders: holders.length, current: current.length, primaryCurrent, deputyCurrent };
}

/**
 * How often a plan should be exercised. No article sets an interval: NIS2 Art. 21(2)(c) and CER Art.
 * 13(1)(c)-(d) ask for continuity and crisis management; the Dutch strategy says "regularly". A house
 * default of once a year, the usual cycle of a yearly exercise calendar.
 */
export const EXERCISE_INTERVAL_MONTHS = 12;

/** never: not exercised yet; due: the last exercise is more than the interval ago; current otherwise. */
export function planExerciseStatus(lastExercisedAt: Date | null, now: Date): 'current' | 'due' | 'never' {
  if (lastExercisedAt === null) return 'never';
  const until = iso(addCalendarMonths(amsterdamDateOf(lastExercisedAt.getTime()), EXERCISE_INTERVAL_MONTHS));
  return until < iso(amsterdamDateOf(now.getTime())) ? 'due' : 'current';
}

/** The exercises that count as exercising a plan: held, or held and evaluated (not planned, not cancelled). */
export const EXERCISED_STATUSES = ['held', 'evaluated'] as const;

/**
 * The yearly calendar: twelve months of `year` (1-12), each with the exercises that start in it, in
 * Amsterdam time, ordered by start.
 */
export function exerciseCalendar<T extends { startsAt: string }>(
  year: number,
  exercises: readonly T[],
): { month: number; items: T[] }[] {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: [] as T[] }));
  const sorted = [...exercises].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const e of sorted) {
    const d = amsterdamDateOf(Date.parse(e.startsAt));
    if (d.year === year) months[d.month - 1]!.items.push(e);
  }
  return months;
}

/** Today's date in the Dutch calendar (yyyy-mm-dd): what "current" and "overdue" are measured against. */
export function amsterdamToday(now: Date): string {
  return iso(amsterdamDateOf(now.getTime()));
}

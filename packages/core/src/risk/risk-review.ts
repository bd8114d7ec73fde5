// When a risk is looked at again. CER Art. 12(1): a critical entity carries out its risk assessment
// "whenever necessary, and at least every four years". NIS2 Art. 21(1)-(2) asks for measures that stay
// appropriate to the risks, so a change (new system, incident, new threat) is a reason to review earlier;
// the organisation's review interval (risk matrix) sets the regular rhythm, at most four years.
import type { InvalidParam } from '../platform/domain-error.ts';
import { MAX_REVIEW_INTERVAL_MONTHS } from './risk-matrix.ts';

/** A calendar date (YYYY-MM-DD) plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date of an instant in the Netherlands (reviews are days, not moments). */
export function dutchDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
}

/** The next review after an assessment on `assessedOn`, by the organisation's interval. */
export function defaultNextReview(assessedOn: string, intervalMonths: number): string {
  return addMonths(assessedOn, Math.min(intervalMonths, MAX_REVIEW_INTERVAL_MONTHS));
}

/** The latest next review the law allows after an assessment on `assessedOn` (CER Art. 12(1)). */
export function latestNextReview(assessedOn: string): string {
  return addMonths(assessedOn, MAX_REVIEW_INTERVAL_MONTHS);
}

/** Why a chosen next review date is not acceptable (as an invalid param of `name`), or null. */
export function nextReviewProblem(
  assessedOn: string,
  nextReviewOn: string,
  name = 'nextReviewOn',
): InvalidParam | null {
  if (nextReviewOn <= assessedOn) return { name, reason: 'must be after today', code: 'must_be_future' };
  const latest = latestNextReview(assessedOn);
  if (nextReviewOn > latest) {
    return {
      name,
      reason: `must be at most four years ahead (${latest}; CER Art. 12(1))`,
      code: 'review_too_late',
      params: { latest },
    };
  }
  return null;
}

/** A review is due on its day (Dutch calendar). */
export const isReviewDue = (nextReviewOn: string, today: string): boolean => nextReviewOn <= today;

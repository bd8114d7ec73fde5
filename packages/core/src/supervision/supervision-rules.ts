// The rules of an information request (inlichtingenverzoek) and a finding, in one place for the server,
// the screens and the tests.
//
// A supervisor may demand information (Awb art. 5:16) and inspect data and documents (Awb art. 5:17); the
// entity must cooperate within the period the supervisor sets (Awb art. 5:20(1)), on pain of a fine (Cbw
// art. 80(2) for essential, 87(2) for important entities). The Cbw gives the supervising officials these
// Awb powers by designating them (Cbw art. 68(1)); NIS2 Art. 32(2)(e)-(g) and 33(2)(d)-(f) require the
// power to request information, access to documents and evidence of implementation.
// Important entities are supervised ex post only: on evidence, an indication or information of a possible
// breach (NIS2 Art. 33(1); Cbw art. 81), so a request to one states that indication.
import { amsterdamDateOf, endOfAmsterdamDayMs, type CalendarDate } from '../platform/legal-calendar.ts';
import type { FindingStatus, RequestStatus } from './supervision.contracts.ts';

const parseDate = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const isoDate = (d: CalendarDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The instant an answer due on `dueOn` (a Dutch calendar day) is late: midnight at the end of that day. */
export function answerDueAt(dueOn: string): Date {
  return new Date(endOfAmsterdamDayMs(parseDate(dueOn)));
}

/** Today on the Dutch calendar (YYYY-MM-DD). */
export function dutchToday(now: Date): string {
  return isoDate(amsterdamDateOf(now.getTime()));
}

/** Awb art. 5:20(1): the period is set by the supervisor; a period that has already run out is no period. */
export function isValidDueOn(dueOn: string, now: Date): boolean {
  return dueOn > dutchToday(now);
}

/** Statuses in which the entity still owes an answer. */
export const AWAITING_ANSWER: readonly RequestStatus[] = ['sent', 'more-asked'];

/** The answer is owed and its day has passed. */
export function isRequestOverdue(r: { status: RequestStatus; dueOn: string }, now: Date): boolean {
  return AWAITING_ANSWER.includes(r.status) && now.getTime() >= answerDueAt(r.dueOn).getTime();
}

/** A finding's follow-up is late when it is not resolved by the end of its due day. */
export function isFindingOverdue(f: { status: FindingStatus; followUpDueOn: string }, now: Date): boolean {
  return f.status !== 'resolved' && now.getTime() >= answerDueAt(f.followUpDueOn).getTime();
}

/** Which step the status flow allows: sent → answered → accepted, or → more-asked → answered → … */
export type RequestStep = 'answer' | 'accept' | 'ask-more';
const ALLOWED: Record<RequestStep, readonly RequestStatus[]> = {
  answer: ['sent', 'more-asked'],
  accept: ['answered'],
  'ask-more': ['answered'],
};
export function canTakeStep(status: RequestStatus, step: RequestStep): boolean {
  return ALLOWED[step].includes(status);
}
export function statusAfter(step: RequestStep): RequestStatus {
  return step === 'answer' ? 'answered' : step === 'accept' ? 'accepted' : 'more-asked';
}

/** NIS2 Art. 33(1); Cbw art. 81: a request to an important entity states the indication it rests on. */
export function needsIndication(classification: string | null): boolean {
  return classification === 'important';
}

export * from './domain-error.ts';
export * from './roles.ts';
export * from './mfa.ts';
export * from './auth.contracts.ts';
export * from './organisation.contracts.ts';
export * from './audit.contracts.ts';
export * from './problem.contracts.ts';
export * from './validation-codes.ts';
export * from './input.contracts.ts';
export * from './tlp.ts';
export * from './policies.ts';
export * from './domain-event.ts';
export * from './platform.events.ts';
export * from './digest.contracts.ts';
export * from './sso.contracts.ts';
export { CITATION_NOTES_NL, formatCitation } from './citation.ts';
export * from './export.contracts.ts';
// The Dutch legal calendar and instants, shared by the incident clock and the registration deadlines.
export { formatInstant, InstantInputSchema, parseInstant, toEpochMs } from './instant.ts';
export type { InstantInput, InstantParseResult, IsoInstant } from './instant.ts';
export {
  amsterdamOffsetMs,
  amsterdamYear,
  DAY_MS,
  dutchPublicHolidays,
  easterSunday,
  isDutchNonWorkingDay,
  nextDutchWorkingDay,
} from './legal-calendar.ts';
export type { CalendarDate, DutchPublicHoliday } from './legal-calendar.ts';
export { addElapsedHours, computeOneMonthPeriod } from './legal-periods.ts';
export type { MonthPeriod } from './legal-periods.ts';

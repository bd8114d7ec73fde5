// By when a change to the registration must reach the register (domain reference §1.7).
import { addCalendarMonths, calendarDateOfUtcFields, DAY_MS, utcFieldsToMs } from '../platform/legal-calendar.ts';
import { findEntityType } from '../scope/sector-catalogue.ts';

export interface RegistrationDeadline {
  register: 'national' | 'enisa';
  dueAt: string;
  /** The article the period comes from, shown with the deadline. */
  source: string;
}

/** The same UTC time n calendar months later; a day the month lacks becomes its last day (31 Jan → 28/29 Feb). */
export function addUtcMonths(at: Date, months: number): Date {
  const date = addCalendarMonths(calendarDateOfUtcFields(at.getTime()), months);
  return new Date(
    utcFieldsToMs(date, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()),
  );
}

/** Whether any of the types must also be registered with ENISA (NIS2 Art. 27(1); Cbw art. 47). */
export function needsEnisaRegistration(entityTypeIds: readonly string[]): boolean {
  return entityTypeIds.some((id) => findEntityType(id)?.enisa_registry_art27 === true);
}

/**
 * The latest moments to notify a change made at `changedAt`. The law counts from the change itself; Weerbaar
 * knows only when it was recorded, so the record's save time is the anchor (conservative when the change
 * is recorded promptly).
 */
export function registrationUpdateDeadlines(changedAt: Date, entityTypeIds: readonly string[]): RegistrationDeadline[] {
  const deadlines: RegistrationDeadline[] = [
    // NIS2 Art. 3(4) second subparagraph; Cbw art. 44(2): changes without delay, at the latest within two weeks.
    {
      register: 'national',
      dueAt: new Date(changedAt.getTime() + 14 * DAY_MS).toISOString(),
      source: 'NIS2 art. 3, lid 4; Cbw art. 44, lid 2',
    },
  ];
  if (needsEnisaRegistration(entityTypeIds)) {
    // NIS2 Art. 27(3); Cbw art. 47(5): changes to the ENISA registry data without delay, at the latest within three months.
    deadlines.push({
      register: 'enisa',
      dueAt: addUtcMonths(changedAt, 3).toISOString(),
      source: 'NIS2 art. 27, lid 3; Cbw art. 47, lid 5',
    });
  }
  return deadlines;
}

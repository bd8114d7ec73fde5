import { dutchTimeToIso, DISPLAY_TIME_ZONE } from '../../format/date.ts';

// <input type="datetime-local"> has no time zone: people type Dutch time, the API wants an instant.

/** An instant as the value of a datetime-local input, on the Amsterdam clock: 2026-03-01T14:05. */
export function toDutchInputValue(iso: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')}T${p('hour')}:${p('minute')}`;
}

/** The value of a datetime-local input read as Dutch time; undefined when empty or malformed. */
export function fromDutchInputValue(value: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value ?? '');
  return m ? dutchTimeToIso(m[1]!, `${m[2]}:00`) : undefined;
}

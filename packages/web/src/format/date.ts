import type { Locale } from '@weerbaar/core/platform';

// Legal deadlines are computed in UTC; people read them in Dutch time (DESIGN.md: Time).
export const DISPLAY_TIME_ZONE = 'Europe/Amsterdam';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a table formats a date
// per row on every render: keep one formatter per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: DISPLAY_TIME_ZONE,
      dateStyle: 'medium',
      ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  return iso ? formatter(locale, 'dateTime').format(new Date(iso)) : '';
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  return iso ? formatter(locale, 'date').format(new Date(iso)) : '';
}

/** Minutes Dutch time is ahead of UTC at that instant (60 in winter, 120 in summer for Amsterdam). */
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: DISPLAY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function zoneOffsetMinutes(instant: Date): number {
  const parts = wallClock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wallClockAsUtc - instant.getTime()) / 60_000);
}

/**
 * A calendar day and wall-clock time in Dutch time as an ISO instant, e.g. ('2025-03-01', '00:00:00').
 * Amsterdam changes clocks at 02:00/03:00, so the day boundaries we ask for are never ambiguous.
 */
export function dutchTimeToIso(date: string, time: string): string | undefined {
  const naive = Date.parse(`${date}T${time}Z`);
  if (Number.isNaN(naive)) return undefined;
  const offset = zoneOffsetMinutes(new Date(naive));
  return new Date(naive - offset * 60_000).toISOString();
}

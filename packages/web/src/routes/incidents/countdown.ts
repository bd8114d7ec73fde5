import type { TFunction } from 'i18next';

/** "nog 5 uur 12 min" or "2 uur 3 min te laat", from the server's clock (offset measured at fetch). */
export function describeCountdown(deadlineIso: string, nowMs: number, t: TFunction): string {
  const diff = Date.parse(deadlineIso) - nowMs;
  const minutes = Math.floor(Math.abs(diff) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time =
    days > 0
      ? t('incidents.duration.days', { days, hours })
      : hours > 0
        ? t('incidents.duration.hoursMinutes', { hours, minutes: mins })
        : t('incidents.duration.minutes', { count: mins });
  return diff >= 0 ? t('incidents.timeLeft', { time }) : t('incidents.late', { time });
}

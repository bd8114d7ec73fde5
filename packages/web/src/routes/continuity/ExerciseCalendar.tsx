import type { ExerciseSummary } from '@weerbaar/core/continuity';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { ExerciseCalendar as Calendar } from './exercises-api.ts';

/**
 * The yearly exercise calendar as a picture: twelve month tiles in a grid, each listing its exercises as
 * links. A list of months with headings, so a keyboard (Tab through the links) and a screen reader (the
 * headings, "3 oefeningen") read it in order; empty months say so.
 */
export function ExerciseCalendar({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(calendar.year, m - 1, 1)),
    );
  return (
    <ol
      className="weerbaar-year-calendar"
      aria-label={t('exercises.calendarLabel', { year: calendar.year })}
      data-testid="exercise-calendar"
    >
      {calendar.months.map(({ month, items }) => (
        <li key={month} className="weerbaar-year-calendar__month" data-has-items={items.length > 0}>
          <h3 className="utrecht-heading-4" id={`calendar-month-${month}`}>
            {monthName(month)}
          </h3>
          {items.length === 0 ? (
            <p className="weerbaar-muted">{t('exercises.calendarNone')}</p>
          ) : (
            <ul aria-labelledby={`calendar-month-${month}`} className="weerbaar-year-calendar__items">
              {items.map((e: ExerciseSummary) => (
                <li key={e.id}>
                  <Link className="utrecht-link utrecht-link--html-a" to={`/exercises/${e.id}`}>
                    {e.title}
                  </Link>{' '}
                  <span className="weerbaar-muted">
                    ({formatDate(e.startsAt, locale)}, {t(`exercises.kinds.${e.kind}`)},{' '}
                    {t(`exercises.statuses.${e.status}`)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

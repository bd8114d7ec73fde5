import type { AuditEvent } from '@weerbaar/core/platform';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { searchParamsFor, type FilterValues } from './audit-filters.ts';

interface AuditTableProps {
  events: readonly AuditEvent[];
  caption: string;
  filters: FilterValues;
}

export function AuditTable({ events, caption, filters }: AuditTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();

  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {t('audit.seq')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('audit.occurredAt')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('audit.actor')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('audit.action')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('audit.subject')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('audit.hash')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {events.map((event) => (
            <tr className="utrecht-table__row" key={event.id}>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{event.seq}</td>
              <td className="utrecht-table__cell">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
              </td>
              <td className="utrecht-table__cell">
                {event.actorId ? (
                  // Clicking a name narrows the log to that actor: the quickest "what did X do".
                  <Link
                    className="utrecht-link utrecht-link--html-a"
                    to={`?${searchParamsFor({ ...filters, actorId: event.actorId }).toString()}`}
                  >
                    {event.actorLabel}
                  </Link>
                ) : (
                  event.actorLabel
                )}{' '}
                <span className="weerbaar-muted">({t(`audit.actorTypes.${event.actorType}`)})</span>
              </td>
              <td className="utrecht-table__cell">
                <code className="utrecht-code">{event.action}</code>
              </td>
              <td className="utrecht-table__cell">
                {event.subjectType}
                {event.subjectId && (
                  <>
                    {' '}
                    <code className="utrecht-code weerbaar-id">{event.subjectId}</code>
                  </>
                )}
              </td>
              <td className="utrecht-table__cell">
                <code className="utrecht-code weerbaar-hash">{event.hash.slice(0, 12)}…</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

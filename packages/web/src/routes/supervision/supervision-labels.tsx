import type { Finding, InformationRequestSummary } from '@weerbaar/core/supervision';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Column } from '../../components/DataTable.tsx';
import { formatDate, formatDateTime } from '../../format/date.ts';
import type { Locale } from '@weerbaar/core/platform';

const link = 'utrecht-link utrecht-link--html-a';

/** The status in words, and "te laat" beside it when the answer is overdue. */
export function RequestStatus({ r, t }: { r: Pick<InformationRequestSummary, 'status' | 'overdue'>; t: TFunction }) {
  return (
    <>
      {t(`supervision.statuses.${r.status}`)}
      {r.overdue && (
        <>
          {' '}
          <strong data-testid="request-overdue">{t('supervision.overdue')}</strong>
        </>
      )}
    </>
  );
}

export function requestColumns(
  t: TFunction,
  locale: Locale,
  side: 'sent' | 'received',
): Column<InformationRequestSummary>[] {
  return [
    {
      key: 'subject',
      header: t('supervision.subject'),
      rowHeader: 'cell',
      cell: (r) => (
        <Link className={link} to={`/supervision/requests/${r.id}`}>
          {r.subject}
        </Link>
      ),
    },
    side === 'sent'
      ? {
          key: 'entity',
          header: t('supervision.entity'),
          cell: (r) => (
            <Link className={link} to={`/supervision/entities/${r.entityId}`}>
              {r.entityName}
            </Link>
          ),
        }
      : { key: 'supervisor', header: t('supervision.supervisor'), cell: (r) => r.supervisorName },
    { key: 'status', header: t('supervision.status'), cell: (r) => <RequestStatus r={r} t={t} /> },
    { key: 'dueOn', header: t('supervision.dueOn'), cell: (r) => formatDate(r.dueOn, locale) },
    { key: 'sentAt', header: t('supervision.sentAt'), cell: (r) => formatDateTime(r.sentAt, locale) },
  ];
}

export function findingColumns(t: TFunction, locale: Locale, side: 'sent' | 'received'): Column<Finding>[] {
  return [
    { key: 'observation', header: t('supervision.observation'), rowHeader: 'cell', cell: (f) => f.observation },
    side === 'sent'
      ? { key: 'entity', header: t('supervision.entity'), cell: (f) => f.entityName }
      : { key: 'supervisor', header: t('supervision.supervisor'), cell: (f) => f.supervisorName },
    { key: 'severity', header: t('supervision.severity'), cell: (f) => t(`supervision.severities.${f.severity}`) },
    {
      key: 'followUp',
      header: t('supervision.followUpDueOn'),
      cell: (f) => (
        <>
          {formatDate(f.followUpDueOn, locale)}
          {f.overdue && <strong> {t('supervision.overdue')}</strong>}
        </>
      ),
    },
    {
      key: 'status',
      header: t('supervision.followUpStatus'),
      cell: (f) => `${t(`supervision.findingStatuses.${f.status}`)}${f.followUpNote ? ` — ${f.followUpNote}` : ''}`,
    },
  ];
}

import type { AuditEvent } from '@weerbaar/core/platform';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

interface AuditTableProps {
  events: readonly AuditEvent[];
  caption: string;
  /** The log narrowed to one actor. */
  actorHref: (actorId: string) => string;
}

export function AuditTable({ events, caption, actorHref }: AuditTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: Column<AuditEvent>[] = [
    { key: 'seq', header: t('audit.seq'), numeric: true, cell: (e) => e.seq },
    {
      key: 'occurredAt',
      header: t('audit.occurredAt'),
      cell: (e) => <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, locale)}</time>,
    },
    {
      key: 'actor',
      header: t('audit.actor'),
      cell: (e) => (
        <>
          {e.actorId ? (
            // Clicking a name narrows the log to that actor: the quickest "what did X do".
            <Link className="utrecht-link utrecht-link--html-a" to={actorHref(e.actorId)}>
              {e.actorLabel}
            </Link>
          ) : (
            e.actorLabel
          )}{' '}
          <span className="weerbaar-muted">({t(`audit.actorTypes.${e.actorType}`)})</span>
        </>
      ),
    },
    { key: 'action', header: t('audit.action'), cell: (e) => <code className="utrecht-code">{e.action}</code> },
    {
      key: 'subject',
      header: t('audit.subject'),
      cell: (e) => (
        <>
          {e.subjectType}
          {e.subjectId && (
            <>
              {' '}
              <code className="utrecht-code weerbaar-id">{e.subjectId}</code>
            </>
          )}
        </>
      ),
    },
    {
      key: 'hash',
      header: t('audit.hash'),
      cell: (e) => <code className="utrecht-code weerbaar-hash">{e.hash.slice(0, 12)}…</code>,
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={events} rowKey={(e) => e.id} />;
}

import type { AuditEvent } from '@weerbaar/core/platform';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { actionLabel, subjectTypeLabel } from './audit-labels.ts';

interface AuditTableProps {
  events: readonly AuditEvent[];
  caption: string;
  /** Sequence numbers, action codes, ids and hashes instead of names. */
  technical: boolean;
  /** The log narrowed to one actor. */
  actorHref: (actorId: string) => string;
  /** The log narrowed to one subject. */
  subjectHref: (subjectType: string, subjectId: string) => string;
}

const link = 'utrecht-link utrecht-link--html-a';

export function AuditTable({ events, caption, technical, actorHref, subjectHref }: AuditTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const time: Column<AuditEvent> = {
    key: 'occurredAt',
    header: t('audit.occurredAt'),
    cell: (e) => <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, locale)}</time>,
  };
  const actor: Column<AuditEvent> = {
    key: 'actor',
    header: t('audit.actor'),
    cell: (e) =>
      e.actorType === 'system' ? (
        <span className="weerbaar-muted">{t('audit.systemActor')}</span>
      ) : (
        <>
          {e.actorId ? (
            // Clicking a name narrows the log to that actor: the quickest "what did X do".
            <Link className={link} to={actorHref(e.actorId)}>
              {e.actorLabel}
            </Link>
          ) : (
            e.actorLabel
          )}{' '}
          <span className="weerbaar-muted">({t(`audit.actorTypes.${e.actorType}`)})</span>
        </>
      ),
  };
  const readable: Column<AuditEvent>[] = [
    time,
    actor,
    { key: 'action', header: t('audit.actionsTitle'), cell: (e) => actionLabel(e.action, t) },
    {
      key: 'subject',
      header: t('audit.subject'),
      cell: (e) => {
        const kind = subjectTypeLabel(e.subjectType, t);
        if (!e.subjectId) return kind;
        return (
          <Link className={link} to={subjectHref(e.subjectType, e.subjectId)}>
            {e.subjectLabel ? `${kind}: ${e.subjectLabel}` : kind}
          </Link>
        );
      },
    },
  ];
  const technicalColumns: Column<AuditEvent>[] = [
    { key: 'seq', header: t('audit.seq'), numeric: true, cell: (e) => e.seq },
    time,
    actor,
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
  return (
    <DataTable caption={caption} columns={technical ? technicalColumns : readable} rows={events} rowKey={(e) => e.id} />
  );
}

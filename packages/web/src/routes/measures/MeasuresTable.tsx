import type { Measure } from '@weerbaar/core/measures';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Requirements with their implementation; with `selected`, a checkbox per row for the bulk update. */
export function MeasuresTable({
  measures,
  selected,
  onToggle,
}: {
  measures: readonly Measure[];
  selected?: ReadonlySet<string>;
  onToggle?: (id: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: Column<Measure>[] = [
    ...(selected && onToggle
      ? [
          {
            key: 'select',
            header: t('measures.list.select'),
            cell: (m: Measure) => (
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={selected.has(m.requirementId)}
                onChange={(e) => onToggle(m.requirementId, e.currentTarget.checked)}
                aria-label={t('measures.list.selectOne', { ref: m.ref, title: m.title })}
              />
            ),
          },
        ]
      : []),
    {
      key: 'title',
      header: t('measures.fields.requirement'),
      rowHeader: 'cell',
      sortValue: (m) => m.requirementId,
      cell: (m) => (
        <Link className="utrecht-link utrecht-link--html-a" to={`/measures/${encodeURIComponent(m.requirementId)}`}>
          {m.ref} {m.title}
        </Link>
      ),
    },
    {
      key: 'status',
      header: t('measures.fields.status'),
      sortValue: (m) => m.status,
      cell: (m) =>
        m.status !== 'implemented' && m.creditedBy.length > 0
          ? `${t(`measures.statuses.${m.status}`)} (${t('measures.list.credited')})`
          : t(`measures.statuses.${m.status}`),
    },
    {
      key: 'owner',
      header: t('measures.fields.owner'),
      sortValue: (m) => m.owner,
      cell: (m) => m.owner ?? t('common.none'),
    },
    {
      key: 'dueDate',
      header: t('measures.fields.dueDate'),
      sortValue: (m) => m.dueDate,
      cell: (m) => (m.dueDate ? formatDate(m.dueDate, locale) : t('common.none')),
    },
    {
      key: 'overdue',
      header: t('measures.list.overdue'),
      cell: (m) => (m.overdue ? <strong>{t('measures.list.isOverdue')}</strong> : t('common.no')),
    },
    {
      key: 'evidence',
      header: t('measures.list.evidence'),
      numeric: true,
      cell: (m) => m.evidenceCount + m.evidenceLinks.length,
    },
  ];
  return (
    <DataTable
      caption={t('measures.list.caption')}
      columns={columns}
      rows={measures}
      rowKey={(m) => m.requirementId}
      testId="measures-table"
    />
  );
}

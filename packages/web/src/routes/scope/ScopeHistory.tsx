import { entityTypeLabel, type ScopeAssessmentSummary } from '@weerbaar/core/scope';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useUrlQuery } from '../../url/use-url-query.ts';
import { classLabel } from './result-text.ts';
import { HISTORY_PAGE_SIZE, ScopeQuerySchema, useScopeAssessments } from './scope-api.ts';

/** The organisation's saved assessments, newest first, each linking to its full result. */
export function ScopeHistory({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const url = useUrlQuery(ScopeQuerySchema);
  const { page } = url.values;
  const history = useScopeAssessments(orgId, page);

  return (
    <section className="weerbaar-section weerbaar-no-print" aria-labelledby="scope-history-heading">
      <h2 className="utrecht-heading-2" id="scope-history-heading">
        {t('scopeWizard.history.heading')}
      </h2>
      <QueryState query={history} empty={t('scopeWizard.history.empty')}>
        {(data) => (
          <>
            <HistoryTable items={data.items} />
            <Pagination
              page={page}
              pages={Math.ceil(data.total / HISTORY_PAGE_SIZE)}
              label={t('scopeWizard.history.pagination')}
              hrefFor={(p) => url.hrefWith({ page: p })}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

function HistoryTable({ items }: { items: readonly ScopeAssessmentSummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const verdict = (regime: 'eu' | 'nl', item: ScopeAssessmentSummary) => {
    const value = regime === 'nl' ? item.nlClassification : item.euClassification;
    return value ? classLabel(regime, value, t) : t('scopeWizard.history.dependsOnAnswers');
  };
  const columns: Column<ScopeAssessmentSummary>[] = [
    {
      key: 'date',
      header: t('scopeWizard.history.date'),
      cell: (item) => (
        <>
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
          {item.outcome === 'conditional' && (
            <span className="weerbaar-muted"> ({t('scopeWizard.history.provisional')})</span>
          )}
        </>
      ),
    },
    { key: 'by', header: t('scopeWizard.history.by'), cell: (item) => item.createdBy.label },
    { key: 'type', header: t('scopeWizard.history.type'), cell: (item) => entityTypeLabel(item.entityTypeRef, locale) },
    { key: 'nl', header: t('scopeWizard.history.nl'), cell: (item) => verdict('nl', item) },
    { key: 'eu', header: t('scopeWizard.history.eu'), cell: (item) => verdict('eu', item) },
    {
      key: 'actions',
      header: <span className="weerbaar-visually-hidden">{t('common.actions')}</span>,
      cell: (item) => (
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={`?assessment=${encodeURIComponent(item.id)}`}
          aria-label={t('scopeWizard.history.viewLabel', { date: formatDateTime(item.createdAt, locale) })}
        >
          {t('scopeWizard.history.view')}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('scopeWizard.history.caption')}
      columns={columns}
      rows={items}
      rowKey={(item) => item.id}
      testId="scope-history"
    />
  );
}

import { entityTypeLabel, type ScopeAssessmentSummary } from '@weerbaar/core/scope';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../components/Pagination.tsx';
import { LoadError, Loading } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { classLabel } from './result-text.ts';
import { HISTORY_PAGE_SIZE, useScopeAssessments } from './scope-api.ts';

/** The organisation's saved assessments, newest first, each linking to its full result. */
export function ScopeHistory({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const history = useScopeAssessments(orgId, page);

  return (
    <section className="weerbaar-section weerbaar-no-print" aria-labelledby="scope-history-heading">
      <h2 className="utrecht-heading-2" id="scope-history-heading">
        {t('scopeWizard.history.heading')}
      </h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <p className="utrecht-paragraph">{t('scopeWizard.history.empty')}</p>
      ) : (
        <>
          <HistoryTable items={history.data.items} />
          <Pagination
            page={page}
            pages={Math.ceil(history.data.total / HISTORY_PAGE_SIZE)}
            label={t('scopeWizard.history.pagination')}
            hrefFor={(p) => `?page=${p}`}
          />
        </>
      )}
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
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table" data-testid="scope-history">
        <caption className="utrecht-table__caption">{t('scopeWizard.history.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {(['date', 'by', 'type', 'nl', 'eu'] as const).map((column) => (
              <th className="utrecht-table__header-cell" scope="col" key={column}>
                {t(`scopeWizard.history.${column}`)}
              </th>
            ))}
            <th className="utrecht-table__header-cell" scope="col">
              <span className="weerbaar-visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((item) => {
            const date = formatDateTime(item.createdAt, locale);
            return (
              <tr className="utrecht-table__row" key={item.id}>
                <td className="utrecht-table__cell">
                  <time dateTime={item.createdAt}>{date}</time>
                  {item.outcome === 'conditional' && (
                    <span className="weerbaar-muted"> ({t('scopeWizard.history.provisional')})</span>
                  )}
                </td>
                <td className="utrecht-table__cell">{item.createdBy.label}</td>
                <td className="utrecht-table__cell">{entityTypeLabel(item.entityTypeRef, locale)}</td>
                <td className="utrecht-table__cell">{verdict('nl', item)}</td>
                <td className="utrecht-table__cell">{verdict('eu', item)}</td>
                <td className="utrecht-table__cell">
                  <Link
                    className="utrecht-link utrecht-link--html-a"
                    to={`?assessment=${encodeURIComponent(item.id)}`}
                    aria-label={t('scopeWizard.history.viewLabel', { date })}
                  >
                    {t('scopeWizard.history.view')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useCampaignCases, useCampaigns } from './campaigns-api.ts';

/**
 * Campaigns across entities (issue 15 item 2): indicators that two or more different organisations named in
 * their reports, and the cases in which analysts merged linked reports.
 */
export function CampaignsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const campaigns = useCampaigns(page);
  const cases = useCampaignCases();
  return (
    <Page title={t('campaigns.title')} lead={t('campaigns.intro')}>
      <section className="weerbaar-section" aria-labelledby="campaigns-heading">
        <h2 className="utrecht-heading-2" id="campaigns-heading">
          {t('campaigns.list.title')}
        </h2>
        <QueryState
          query={campaigns}
          isEmpty={(p) => p.items.length === 0}
          emptyTestId="campaigns-empty"
          empty={t('campaigns.list.empty')}
        >
          {(p) => (
            <>
              <div className="weerbaar-table-scroll">
                <table className="utrecht-table" data-testid="campaigns-table">
                  <caption className="utrecht-table__caption">
                    {t('campaigns.list.caption', { count: p.total })}
                  </caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('campaigns.fields.indicator')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('campaigns.fields.entities')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('campaigns.fields.reports')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('campaigns.fields.firstSeen')}
                      </th>
                      <th className="utrecht-table__header-cell" scope="col">
                        {t('campaigns.fields.lastSeen')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {p.items.map((c) => (
                      <tr className="utrecht-table__row" key={c.id}>
                        <th className="utrecht-table__header-cell" scope="row">
                          <Link className="utrecht-link utrecht-link--html-a" to={`/campaigns/${c.id}`}>
                            {t(`incidents.observables.types.${c.indicator.type}`)}: {c.indicator.value}
                          </Link>
                        </th>
                        <td className="utrecht-table__cell">{c.entityCount}</td>
                        <td className="utrecht-table__cell">{c.reportCount}</td>
                        <td className="utrecht-table__cell">{formatDateTime(c.firstSeenAt, locale)}</td>
                        <td className="utrecht-table__cell">{formatDateTime(c.lastSeenAt, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination
                page={p.page}
                pages={Math.ceil(p.total / p.pageSize)}
                label={t('campaigns.list.pages')}
                hrefFor={(n) => `/campaigns?page=${n}`}
              />
            </>
          )}
        </QueryState>
      </section>
      <section className="weerbaar-section" aria-labelledby="campaign-cases-heading">
        <h2 className="utrecht-heading-2" id="campaign-cases-heading">
          {t('campaigns.cases.title')}
        </h2>
        <QueryState
          query={cases}
          isEmpty={(p) => p.items.length === 0}
          emptyTestId="campaign-cases-empty"
          empty={t('campaigns.cases.empty')}
        >
          {(p) => (
            <ul className="utrecht-unordered-list" data-testid="campaign-cases">
              {p.items.map((c) => (
                <li className="utrecht-unordered-list__item" key={c.id}>
                  <Link className="utrecht-link utrecht-link--html-a" to={`/campaigns/cases/${c.id}`}>
                    {c.title}
                  </Link>{' '}
                  {t('campaigns.cases.counts', { reports: c.reportCount, entities: c.entityCount })}
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { usePublicAdvisories } from './advisories-api.ts';

/** "Beveiligingsadviezen" on the public /kennisbank page: TLP:CLEAR advisories, without signing in. */
export function PublicAdvisoriesSection() {
  const { t } = useTranslation();
  const advisories = usePublicAdvisories();
  return (
    <section className="weerbaar-section" aria-labelledby="public-advisories-heading">
      <h2 className="utrecht-heading-2" id="public-advisories-heading">
        {t('publicAdvisories.title')}
      </h2>
      <p className="utrecht-paragraph">{t('publicAdvisories.intro')}</p>
      <QueryState query={advisories} emptyTestId="public-advisories-empty" empty={t('publicAdvisories.empty')}>
        {(list) => (
          <div className="weerbaar-table-scroll">
            <table className="utrecht-table" data-testid="public-advisories-table">
              <caption className="utrecht-table__caption">
                {t('publicAdvisories.caption', { count: list.length })}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('publicAdvisories.fields.title')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('publicAdvisories.fields.trackingId')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('publicAdvisories.fields.products')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('publicAdvisories.fields.cves')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('publicAdvisories.fields.cvss')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('publicAdvisories.fields.released')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {list.map((a) => (
                  <tr className="utrecht-table__row" key={a.id}>
                    <td className="utrecht-table__cell">
                      <Link className="utrecht-link utrecht-link--html-a" to={`/kennisbank/adviezen/${a.id}`}>
                        {a.title}
                      </Link>
                    </td>
                    <td className="utrecht-table__cell">{a.trackingId}</td>
                    <td className="utrecht-table__cell">
                      {a.products.join(', ')}
                      {a.productCount > a.products.length &&
                        ` ${t('publicAdvisories.moreProducts', { count: a.productCount - a.products.length })}`}
                    </td>
                    <td className="utrecht-table__cell">{a.cves.join(', ') || '—'}</td>
                    <td className="utrecht-table__cell">
                      {a.maxCvss ?? '—'}
                      {a.knownExploited && ` · ${t('publicAdvisories.exploited')}`}
                    </td>
                    <td className="utrecht-table__cell">{formatDate(a.releasedAt, currentLocale())}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}

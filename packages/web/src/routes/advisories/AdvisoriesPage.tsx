import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TlpBadge } from '../../components/TlpBadge.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';
import { useCan } from '../../auth/use-can.ts';
import { useAdvisories, useAdvisoryAlerts } from './advisories-api.ts';
import { AlertsTable } from './AlertsTable.tsx';

/**
 * Advisories about vulnerabilities (CSAF 2.0) and, first, the ones that hit the organisation's own products:
 * "U bent geraakt", with the assets, the services behind them and what to do (issue 14 items 4 and 5).
 */
export function AdvisoriesPage() {
  const { t } = useTranslation();
  const advisories = useAdvisories();
  // Alerts are about an entity's own products; the authority has no inventory.
  const isEntity = activeMembership(useCurrentSession())?.orgKind === 'entity';
  const alerts = useAdvisoryAlerts(undefined, isEntity);
  const canPublish = useCan('authority:triage');
  return (
    <Page title={t('advisories.title')} lead={t('advisories.intro')}>
      {(isEntity || canPublish) && (
        <p className="utrecht-paragraph">
          {isEntity && (
            <Link className="utrecht-link utrecht-link--html-a" to="/advisories/inventory" data-testid="inventory-link">
              {t('inventory.link')}
            </Link>
          )}
          {canPublish && (
            <Link className="utrecht-link utrecht-link--html-a" to="/advisories/new" data-testid="advisory-new-link">
              {t('advisoryPublish.link')}
            </Link>
          )}
        </p>
      )}
      {isEntity && (
        <section className="weerbaar-section" aria-labelledby="advisory-alerts-heading">
          <h2 className="utrecht-heading-2" id="advisory-alerts-heading">
            {t('advisories.alerts.title')}
          </h2>
          <QueryState query={alerts} emptyTestId="advisory-alerts-empty" empty={t('advisories.alerts.empty')}>
            {(list) => <AlertsTable alerts={list} showAdvisory />}
          </QueryState>
        </section>
      )}
      <section className="weerbaar-section" aria-labelledby="advisories-heading">
        <h2 className="utrecht-heading-2" id="advisories-heading">
          {t('advisories.list.title')}
        </h2>
        <QueryState query={advisories} emptyTestId="advisories-empty" empty={t('advisories.list.empty')}>
          {(list) => (
            <div className="weerbaar-table-scroll">
              <table className="utrecht-table" data-testid="advisories-table">
                <caption className="utrecht-table__caption">
                  {t('advisories.list.caption', { count: list.length })}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('advisories.fields.title')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('advisories.fields.trackingId')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('advisories.fields.tlp')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('advisories.fields.cvss')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('advisories.fields.exploited')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('advisories.fields.released')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {list.map((a) => (
                    <tr className="utrecht-table__row" key={a.id}>
                      <td className="utrecht-table__cell">
                        <Link className="utrecht-link utrecht-link--html-a" to={`/advisories/${a.id}`}>
                          {a.title}
                        </Link>
                      </td>
                      <td className="utrecht-table__cell">{a.trackingId}</td>
                      <td className="utrecht-table__cell">
                        <TlpBadge tlp={a.tlp} />
                      </td>
                      <td className="utrecht-table__cell">{a.maxCvss ?? '—'}</td>
                      <td className="utrecht-table__cell">
                        {a.knownExploited ? t('advisories.exploitedYes') : t('common.no')}
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
    </Page>
  );
}

import type { AdvisoryAlert } from '@weerbaar/core/advisories';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "U bent geraakt": per alert the asset, the product, the services that depend on it and whether it is exploited. */
export function AlertsTable({ alerts, showAdvisory }: { alerts: AdvisoryAlert[]; showAdvisory?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table" data-testid="advisory-alerts-table">
        <caption className="utrecht-table__caption">{t('advisories.alerts.caption', { count: alerts.length })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {showAdvisory && (
              <th className="utrecht-table__header-cell" scope="col">
                {t('advisories.fields.advisory')}
              </th>
            )}
            <th className="utrecht-table__header-cell" scope="col">
              {t('advisories.fields.asset')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('advisories.fields.product')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('advisories.fields.services')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('advisories.fields.cves')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('advisories.fields.exploited')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('advisories.fields.remediation')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {alerts.map((a) => (
            <tr className="utrecht-table__row" key={a.id}>
              {showAdvisory && (
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/advisories/${a.advisory.id}`}>
                    {a.advisory.title}
                  </Link>
                </td>
              )}
              <td className="utrecht-table__cell">
                <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${a.asset.id}`}>
                  {a.asset.name}
                </Link>
              </td>
              <td className="utrecht-table__cell">
                {[a.item.vendor, a.item.product, a.item.version].filter(Boolean).join(' ')}
                {!a.versionCertain && <> ({t('advisories.versionUncertain')})</>}
              </td>
              <td className="utrecht-table__cell">
                {a.services.length > 0 ? a.services.map((s) => s.name).join(', ') : t('advisories.noServices')}
              </td>
              <td className="utrecht-table__cell">{a.cves.join(', ')}</td>
              <td className="utrecht-table__cell">
                {a.knownExploited ? t('advisories.exploitedYes') : t('common.no')}
              </td>
              <td className="utrecht-table__cell">{a.remediations[0]?.details ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

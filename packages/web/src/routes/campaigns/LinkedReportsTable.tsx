import type { LinkedReport } from '@weerbaar/core/campaigns';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { capitalise, stageLabel } from '../incidents/stage-label.ts';

/** The received reports of a campaign or case; each opens in the inbox. */
export function LinkedReportsTable({
  reports,
  caption,
  action,
}: {
  reports: LinkedReport[];
  caption: string;
  action?: { header: string; cell: (r: LinkedReport) => ReactNode };
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table" data-testid="linked-reports">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('campaigns.reports.reference')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('campaigns.reports.sender')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('campaigns.reports.incident')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('campaigns.reports.stage')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('campaigns.reports.receivedAt')}
            </th>
            {action && (
              <th className="utrecht-table__header-cell" scope="col">
                {action.header}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {reports.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/reports?report=${encodeURIComponent(r.id)}`}>
                  {r.authorityReference}
                </Link>
              </th>
              <td className="utrecht-table__cell">{r.sender.name}</td>
              <td className="utrecht-table__cell">
                {r.incident.title} ({t(`incidents.categories.${r.incident.category}`)})
              </td>
              <td className="utrecht-table__cell">{capitalise(stageLabel(r.stage, locale))}</td>
              <td className="utrecht-table__cell">{formatDateTime(r.receivedAt, locale)}</td>
              {action && <td className="utrecht-table__cell">{action.cell(r)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

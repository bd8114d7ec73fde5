import type { DeadlineDashboardItem } from '@weerbaar/core/incidents';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { describeCountdown } from './countdown.ts';
import { useDeadlineDashboard } from './incidents-api.ts';
import { capitalise, stageLabel } from './stage-label.ts';
import { useServerNow } from './use-server-clock.ts';

/** Every report still owed across incidents, the most urgent first, with the time left. */
export function DeadlineCountdown() {
  const { t } = useTranslation();
  const dashboard = useDeadlineDashboard();
  return (
    <section className="weerbaar-section" aria-labelledby="countdown-heading">
      <h2 className="utrecht-heading-2" id="countdown-heading">
        {t('incidents.countdown.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incidents.countdown.intro')}</p>
      <QueryState query={dashboard} />
      {dashboard.data && dashboard.data.items.length === 0 && (
        <p className="utrecht-paragraph">{t('incidents.countdown.empty')}</p>
      )}
      {dashboard.data && dashboard.data.items.length > 0 && (
        <CountdownTable items={dashboard.data.items} serverNow={dashboard.data.now} />
      )}
    </section>
  );
}

/** The owed reports with the time left, ticking on the server's clock; also on the overview. */
export function CountdownTable({ items, serverNow }: { items: readonly DeadlineDashboardItem[]; serverNow: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = useServerNow(serverNow);
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table" data-testid="deadline-countdown">
        <caption className="utrecht-table__caption">{t('incidents.countdown.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.countdown.incident')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.countdown.stage')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.countdown.deadline')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.countdown.left')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((d) => (
            <tr
              className={`utrecht-table__row${d.state === 'overdue' ? ' weerbaar-overdue' : ''}`}
              key={`${d.incidentId}-${d.stage}`}
            >
              <th className="utrecht-table__cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/incidents/${d.incidentId}`}>
                  <span className="weerbaar-id">{d.reference}</span> {d.title}
                </Link>
              </th>
              <td className="utrecht-table__cell">
                {capitalise(stageLabel(d.stage, locale))}
                {d.state === 'conditional' && (
                  <p className="utrecht-paragraph weerbaar-muted">{t('incidents.states.conditional')}</p>
                )}
              </td>
              <td className="utrecht-table__cell">
                <time dateTime={d.deadline!}>{formatDateTime(d.deadline, locale)}</time>
              </td>
              <td className="utrecht-table__cell">
                <strong>{describeCountdown(d.deadline!, now, t)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

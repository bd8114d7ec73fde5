import type { AuthorityOverview } from '@weerbaar/core/overview';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { capitalise, stageLabel } from '../incidents/stage-label.ts';
import { MyTasks } from './MyTasks.tsx';
import { OverviewList } from './OverviewList.tsx';

const link = 'utrecht-link utrecht-link--html-a';

/** The authority's work for today: feedback owed, missed deadlines, my tasks (crisis actions), new registrations. */
export function AuthorityWork({ overview }: { overview: AuthorityOverview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <OverviewList
        id="overview-awaiting"
        title={t('overview.awaitingTitle')}
        intro={t('overview.awaitingIntro')}
        empty={t('overview.awaitingEmpty')}
        list={overview.awaitingAcknowledgement}
        allHref="/reports?unacknowledged=true"
        itemKey={(r) => r.id}
        item={(r) => (
          <>
            <Link className={link} to={`/reports?report=${r.id}`}>
              <span className="weerbaar-id">{r.authorityReference}</span> {r.sender.name}: {r.incident.title}
            </Link>{' '}
            {r.initialFeedback && (
              <strong className={`weerbaar-state--${r.initialFeedback.state}`}>
                {t(`inbox.feedbackStates.${r.initialFeedback.state}`, {
                  at: formatDateTime(r.initialFeedback.deadline, locale),
                })}
              </strong>
            )}
          </>
        )}
      />
      <OverviewList
        id="overview-missed"
        title={t('overview.missedTitle')}
        intro={t('overview.missedIntro')}
        empty={t('overview.missedEmpty')}
        list={overview.missedDeadlines}
        allHref="/reports"
        itemKey={(r) => r.id}
        item={(r) => (
          <>
            <Link className={link} to={`/reports?report=${r.id}`}>
              {r.sender.name}: {r.incident.title}
            </Link>{' '}
            <span className="weerbaar-state--overdue">
              {t('inbox.missed', {
                stages: r.missedDeadlines.map((s) => stageLabel(s, locale)).join(', '),
              })}
            </span>
          </>
        )}
      />
      <MyTasks list={overview.myTasks} intro={t('overview.tasksHintAuthority')} allHref="/crises" />
      <OverviewList
        id="overview-registrations"
        title={t('overview.newRegistrationsTitle')}
        intro={t('overview.newRegistrationsIntro')}
        empty={t('overview.newRegistrationsEmpty')}
        list={overview.newRegistrations}
        allHref="/registry"
        itemKey={(e) => e.id}
        item={(e) => (
          <>
            <Link className={link} to={`/registry?entity=${e.id}`}>
              {e.name}
            </Link>{' '}
            <span className="weerbaar-muted">
              ({capitalise(t('overview.registeredOn', { date: formatDate(e.firstReceivedAt, locale) }))})
            </span>
          </>
        )}
      />
    </>
  );
}

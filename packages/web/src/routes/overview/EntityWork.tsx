import type { EntityOverview } from '@weerbaar/core/overview';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { CountdownTable } from '../incidents/DeadlineCountdown.tsx';
import { MyTasks } from './MyTasks.tsx';
import { OverviewList } from './OverviewList.tsx';
import { cite } from '../../format/citation.ts';

const link = 'utrecht-link utrecht-link--html-a';
// Loaded only when invitations wait: most first visits need none of the exercise contracts.
const ReceivedInvitations = lazy(async () => ({
  default: (await import('../continuity/ReceivedInvitations.tsx')).ReceivedInvitations,
}));

/** An entity's work for today: owed reports, open incidents, my tasks and the registration. */
export function EntityWork({ overview }: { overview: EntityOverview }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="weerbaar-section" aria-labelledby="overview-deadlines">
        <h3 className="utrecht-heading-3" id="overview-deadlines">
          {t('overview.deadlinesTitle')}
        </h3>
        {overview.deadlines.length === 0 ? (
          <p className="utrecht-paragraph" data-testid="overview-deadlines-empty">
            {t('overview.deadlinesEmpty')}
          </p>
        ) : (
          <CountdownTable items={overview.deadlines} serverNow={overview.now} />
        )}
      </section>
      <OverviewList
        id="overview-incidents"
        title={t('overview.incidentsTitle')}
        empty={t('overview.incidentsEmpty')}
        list={overview.openIncidents}
        allHref="/incidents?open=true"
        itemKey={(i) => i.id}
        item={(i) => (
          <Link className={link} to={`/incidents/${i.id}`}>
            <span className="weerbaar-id">{i.reference}</span> {i.title} — {t(`incidents.statuses.${i.status}`)}
          </Link>
        )}
      />
      <MyTasks list={overview.myTasks} intro={t('overview.tasksHint')} allHref="/incidents?open=true" />
      {overview.exerciseInvitations > 0 && (
        <Suspense fallback={null}>
          <ReceivedInvitations />
        </Suspense>
      )}
      <RegistrationState registration={overview.registration} />
    </>
  );
}

function RegistrationState({ registration }: { registration: EntityOverview['registration'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { currentVersion, submittedVersion, changeDeadlines, latestSubmissionStatus } = registration;
  const unsubmitted = currentVersion !== null && (submittedVersion ?? 0) < currentVersion;
  const status =
    currentVersion === null
      ? t('overview.registration.none')
      : unsubmitted
        ? t('overview.registration.unsubmitted', { version: currentVersion })
        : latestSubmissionStatus === 'failed'
          ? t('overview.registration.failed')
          : latestSubmissionStatus === 'delivered'
            ? t('overview.registration.delivered', { version: submittedVersion })
            : t('overview.registration.pending', { version: submittedVersion });
  return (
    <section className="weerbaar-section" aria-labelledby="overview-registration">
      <h3 className="utrecht-heading-3" id="overview-registration">
        {t('overview.registrationTitle')}
      </h3>
      <p className="utrecht-paragraph" data-testid="overview-registration">
        {status}
      </p>
      {changeDeadlines.length > 0 && (
        <ul className="utrecht-unordered-list">
          {changeDeadlines.map((d) => (
            <li className="utrecht-unordered-list__item" key={d.register}>
              {t('overview.registration.deadline', { date: formatDate(d.dueAt, locale), source: cite(d.source) })}
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <Link className={link} to="/registration">
          {t('overview.registration.link')}
        </Link>
      </p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisation } from '../../api/organisation.ts';
import { canAccess } from '../../auth/access.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { APP_PAGES, type AppPage } from '../app-pages.ts';
import { sectorLabel } from '../../format/sector-label.ts';
import { AuthorityWork } from './AuthorityWork.tsx';
import { EntityState } from './EntityState.tsx';
import { EntityWork } from './EntityWork.tsx';
import { useOverview } from './overview-api.ts';

export function OverviewPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const membership = activeMembership(session);

  return (
    <Page title={t('overview.title')} lead={t('overview.welcome', { name: session.user.name })}>
      {!session.user.mfaEnabled && (
        <Alert type="warning" heading={t('overview.mfaTitle')}>
          <p className="utrecht-paragraph">{t('overview.mfaText')}</p>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to="/profile#mfa">
              {t('overview.mfaLink')}
            </Link>
          </p>
        </Alert>
      )}
      {membership ? (
        <>
          <Work />
          <OrganisationCard />
          <PageCards title={t('overview.adminTitle')} group="admin" />
        </>
      ) : (
        <Alert type="info" heading={t('overview.noOrganisationTitle')}>
          <p className="utrecht-paragraph">{t('overview.noOrganisationText')}</p>
        </Alert>
      )}
    </Page>
  );
}

/** What needs doing today, and for an entity where each module stands. */
function Work() {
  const { t } = useTranslation();
  const overview = useOverview();
  return (
    <QueryState query={overview}>
      {(data) => (
        <>
          <section className="weerbaar-section" aria-labelledby="overview-todo">
            <h2 className="utrecht-heading-2" id="overview-todo">
              {t('overview.todoTitle')}
            </h2>
            {data.kind === 'entity' ? <EntityWork overview={data} /> : <AuthorityWork overview={data} />}
          </section>
          {data.kind === 'entity' && <EntityState overview={data} />}
        </>
      )}
    </QueryState>
  );
}

function OrganisationCard() {
  const { t } = useTranslation();
  const membership = activeMembership(useCurrentSession());
  const organisation = useOrganisation();
  const org = organisation.data;

  return (
    <section className="weerbaar-section" aria-labelledby="overview-org">
      <h2 className="utrecht-heading-2" id="overview-org">
        {t('overview.organisation')}
      </h2>
      <QueryState query={organisation} />
      {org && membership && (
        <dl className="weerbaar-facts">
          <dt>{t('overview.name')}</dt>
          <dd>{org.name}</dd>
          <dt>{t('overview.kind')}</dt>
          <dd>{t(`orgKinds.${org.kind}`)}</dd>
          <dt>{t('overview.kvk')}</dt>
          <dd>{org.kvkNumber ?? t('common.none')}</dd>
          <dt>{t('overview.sector')}</dt>
          <dd>{org.sector ? sectorLabel(org.sector, t) : t('common.none')}</dd>
          <dt>{t('overview.role')}</dt>
          <dd>{t(`roles.${membership.role}`)}</dd>
        </dl>
      )}
    </section>
  );
}

interface PageCardsProps {
  title: string;
  group: AppPage['group'];
}

function PageCards({ title, group }: PageCardsProps) {
  const { t } = useTranslation();
  const membership = activeMembership(useCurrentSession());
  const pages = APP_PAGES.filter((p) => p.group === group && canAccess(membership, p.access));
  if (pages.length === 0) return null;
  const headingId = `overview-${group}`;
  return (
    <section className="weerbaar-section" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {title}
      </h2>
      <ul className="weerbaar-cards">
        {pages.map((page) => (
          <li className="weerbaar-card" key={page.key}>
            <h3 className="utrecht-heading-3">
              <Link className="utrecht-link utrecht-link--html-a weerbaar-card__link" to={page.path}>
                {t(`nav.${page.key}`)}
              </Link>
            </h3>
          </li>
        ))}
      </ul>
    </section>
  );
}

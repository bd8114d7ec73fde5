import type { EntityOverview } from '@weerbaar/core/overview';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

const link = 'utrecht-link utrecht-link--html-a';

/** Where the entity stands in each module that exists: scope, services and assets, risks, incidents. */
export function EntityState({ overview }: { overview: EntityOverview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { scope, assets, risks, continuityPlans, openIncidents } = overview;
  const classification = scope?.nl ?? scope?.eu;
  return (
    <section className="weerbaar-section" aria-labelledby="overview-state">
      <h2 className="utrecht-heading-2" id="overview-state">
        {t('overview.stateTitle')}
      </h2>
      <dl className="weerbaar-facts" data-testid="overview-state">
        <dt>
          <Link className={link} to="/scope">
            {t('nav.scope')}
          </Link>
        </dt>
        <dd>
          {scope
            ? t('overview.scopeDone', {
                date: formatDate(scope.assessedAt, locale),
                classification: classification
                  ? t(`registration.classifications.${classification}`)
                  : t('overview.scopeConditional'),
              })
            : t('overview.scopeNone')}
        </dd>
        <dt>
          <Link className={link} to="/assets">
            {t('nav.assets')}
          </Link>
        </dt>
        <dd>{assets.services + assets.assets === 0 ? t('overview.assetsNone') : t('overview.assetsDone', assets)}</dd>
        <dt>
          <Link className={link} to="/risks">
            {t('nav.risks')}
          </Link>
        </dt>
        <dd data-testid="overview-risks">
          {risks.total === 0 ? (
            t('overview.risksNone')
          ) : (
            <>
              {t('overview.risksDone', { count: risks.total })}
              {risks.worst && ` ${t('overview.risksWorst', risks.worst)}`}
              {risks.untreated > 0 && ` ${t('overview.risksUntreated', { count: risks.untreated })}`}
              {risks.reviewsDue > 0 && ` ${t('overview.risksReviewsDue', { count: risks.reviewsDue })}`}
            </>
          )}
        </dd>
        <dt>
          <Link className={link} to="/continuity-plans">
            {t('nav.continuityPlans')}
          </Link>
        </dt>
        <dd data-testid="overview-continuity-plans">
          {continuityPlans.total === 0 ? (
            t('continuityPlans.overview.none')
          ) : (
            <>
              {t('continuityPlans.overview.approved', {
                count: continuityPlans.total,
                approved: continuityPlans.approved,
              })}
              {continuityPlans.reviewsDue > 0 &&
                ` ${t('continuityPlans.overview.reviewsDue', { count: continuityPlans.reviewsDue })}`}
              {continuityPlans.packOutdated > 0 && ` ${t('continuityPlans.overview.packOutdated')}`}
            </>
          )}
        </dd>
        <dt>
          <Link className={link} to="/incidents">
            {t('nav.incidents')}
          </Link>
        </dt>
        <dd>
          {openIncidents.total === 0
            ? t('overview.incidentsEmpty')
            : `${t('overview.incidentsTitle')}: ${openIncidents.total}`}
        </dd>
      </dl>
    </section>
  );
}

import { mayPassOnToClients } from '@weerbaar/core/sharing';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentSession, activeMembership } from '../../auth/use-current-session.ts';
import { useCan } from '../../auth/use-can.ts';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TlpBadge } from '../../components/TlpBadge.tsx';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAdvisory, useAdvisoryAlerts, useAffectedEntities } from './advisories-api.ts';
import { AdvisoryContent } from './AdvisoryContent.tsx';
import { AlertsTable } from './AlertsTable.tsx';
import { PassOnSection } from './PassOnSection.tsx';

/** One advisory in Dutch: who is hit here, the vulnerabilities with CVSS, KEV and remediations, the products. */
export function AdvisoryDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const advisory = useAdvisory(id);
  const isAuthority = activeMembership(useCurrentSession())?.orgKind === 'authority';
  const alerts = useAdvisoryAlerts(id, !isAuthority);
  const canSeeAffected = useCan('authority:read');
  const affected = useAffectedEntities(id, canSeeAffected);
  const canShare = useCan('information:share');
  const title = advisory.data?.title ?? t('advisories.title');
  return (
    <Page title={title}>
      <QueryState query={advisory}>
        {(a) => (
          <>
            <dl className="weerbaar-facts">
              <dt>{t('advisories.fields.trackingId')}</dt>
              <dd>{a.trackingId}</dd>
              <dt>{t('advisories.fields.publisher')}</dt>
              <dd>{a.publisher}</dd>
              <dt>{t('advisories.fields.tlp')}</dt>
              <dd>
                <TlpBadge tlp={a.tlp} />
              </dd>
              <dt>{t('advisories.fields.released')}</dt>
              <dd>{formatDate(a.releasedAt, currentLocale())}</dd>
              <dt>{t('advisories.fields.exploited')}</dt>
              <dd>{a.knownExploited ? t('advisories.exploitedYes') : t('common.no')}</dd>
            </dl>
            {!isAuthority && (
              <section className="weerbaar-section" aria-labelledby="advisory-hit-heading">
                <h2 className="utrecht-heading-2" id="advisory-hit-heading">
                  {t('advisories.alerts.here')}
                </h2>
                <QueryState query={alerts} emptyTestId="advisory-hit-empty" empty={t('advisories.alerts.notHit')}>
                  {(list) => <AlertsTable alerts={list} />}
                </QueryState>
              </section>
            )}
            {canSeeAffected && (
              <section className="weerbaar-section" aria-labelledby="advisory-affected-heading">
                <h2 className="utrecht-heading-2" id="advisory-affected-heading">
                  {t('advisories.affected.title')}
                </h2>
                <QueryState query={affected} empty={t('advisories.affected.empty')}>
                  {(list) => (
                    <ul className="utrecht-unordered-list" data-testid="advisory-affected">
                      {list.map((e) => (
                        <li key={e.orgId}>{t('advisories.affected.item', { name: e.name, count: e.alerts })}</li>
                      ))}
                    </ul>
                  )}
                </QueryState>
              </section>
            )}
            {canShare && mayPassOnToClients(a.tlp) && <PassOnSection advisoryId={a.id} />}
            <AdvisoryContent advisory={a} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

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
import { AlertsTable } from './AlertsTable.tsx';

/** One advisory in Dutch: who is hit here, the vulnerabilities with CVSS, KEV and remediations, the products. */
export function AdvisoryDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const advisory = useAdvisory(id);
  const isAuthority = activeMembership(useCurrentSession())?.orgKind === 'authority';
  const alerts = useAdvisoryAlerts(id, !isAuthority);
  const canSeeAffected = useCan('authority:read');
  const affected = useAffectedEntities(id, canSeeAffected);
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
            <section className="weerbaar-section" aria-labelledby="advisory-vulns-heading">
              <h2 className="utrecht-heading-2" id="advisory-vulns-heading">
                {t('advisories.vulnerabilities')}
              </h2>
              {a.vulnerabilities.map((v, i) => (
                <article key={v.cve ?? i} className="weerbaar-panel">
                  <h3 className="utrecht-heading-3">{[v.cve, v.title].filter(Boolean).join(': ') || `#${i + 1}`}</h3>
                  <p className="utrecht-paragraph">
                    {v.cvss
                      ? t('advisories.cvss', { score: v.cvss.score, severity: v.cvss.severity ?? '' })
                      : t('advisories.noCvss')}
                    {' · '}
                    {v.knownExploited ? t('advisories.exploitedYes') : t('advisories.exploitedNo')}
                  </p>
                  {v.remediations.length > 0 && (
                    <ul className="utrecht-unordered-list">
                      {v.remediations.map((r, j) => (
                        <li key={j}>
                          {t(`advisories.remediationCategory.${r.category}`, { defaultValue: r.category })}: {r.details}
                          {r.url && /^https?:\/\//.test(r.url) && (
                            <>
                              {' '}
                              <a className="utrecht-link utrecht-link--html-a" href={r.url} rel="noreferrer noopener">
                                {t('advisoryPublish.moreInfo')}
                              </a>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              ))}
            </section>
            <section className="weerbaar-section" aria-labelledby="advisory-products-heading">
              <h2 className="utrecht-heading-2" id="advisory-products-heading">
                {t('advisories.products')}
              </h2>
              <ul className="utrecht-unordered-list">
                {a.products.map((p) => (
                  <li key={p.productId}>
                    {p.name} — {t(`advisories.status.${p.status}`)}
                    {(p.cpe ?? p.purl) && (
                      <>
                        {' '}
                        (<code>{p.cpe ?? p.purl}</code>)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}

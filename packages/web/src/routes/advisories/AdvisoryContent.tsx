import type { AdvisoryDetail } from '@weerbaar/core/advisories';
import { useTranslation } from 'react-i18next';

/**
 * The vulnerabilities (CVSS, KEV, remediations) and products of one advisory in Dutch: the same on the
 * signed-in advisory page and the public page without sign-in (which has nothing organisation-specific).
 */
export function AdvisoryContent({ advisory: a }: { advisory: Pick<AdvisoryDetail, 'vulnerabilities' | 'products'> }) {
  const { t } = useTranslation();
  return (
    <>
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
  );
}

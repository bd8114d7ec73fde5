import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useConcentration } from './suppliers-api.ts';

/**
 * Single points of failure as a ranked bar list: one bar per supplier or utility, as long as the number of
 * critical services that go down with it, the services named under it. Plain HTML (a list of headings and
 * links), so keyboards and screen readers get the same facts as the picture; the bar is decoration.
 */
export function ConcentrationPage() {
  const { t } = useTranslation();
  const concentration = useConcentration();
  return (
    <Page title={t('suppliers.concentration')} lead={t('suppliers.concentrationIntro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/suppliers">
          {t('suppliers.title')}
        </Link>
      </p>
      <QueryState query={concentration}>
        {(data) => {
          const max = Math.max(1, ...data.items.map((i) => i.services.length));
          return (
            <>
              <p className="utrecht-paragraph">{t('suppliers.criticalServices', { count: data.criticalServices })}</p>
              {data.items.length === 0 ? (
                <p className="utrecht-paragraph" data-testid="concentration-empty">
                  {t('suppliers.noConcentration')}
                </p>
              ) : (
                <ol className="weerbaar-bars" data-testid="concentration">
                  {data.items.map((item) => {
                    const name = item.supplier?.name ?? item.assets.map((a) => a.name).join(', ');
                    return (
                      <li key={item.supplier?.id ?? item.assets[0]!.id} className="weerbaar-bars__item">
                        <h2 className="utrecht-heading-3">
                          {item.supplier ? (
                            <Link className="utrecht-link utrecht-link--html-a" to={`/suppliers/${item.supplier.id}`}>
                              {name}
                            </Link>
                          ) : (
                            `${name} (${t('suppliers.notInRegister')})`
                          )}
                        </h2>
                        <div
                          className="weerbaar-bars__bar"
                          aria-hidden="true"
                          style={{ width: `${Math.round((item.services.length / max) * 100)}%` }}
                        />
                        <p className="utrecht-paragraph">
                          {t('suppliers.servicesHit', { count: item.services.length })}
                          {item.minToleranceHours !== null &&
                            ` · ${t('suppliers.lowestTolerance', { hours: item.minToleranceHours })}`}
                        </p>
                        <ul className="utrecht-unordered-list">
                          {item.services.map((s) => (
                            <li key={s.id} className="utrecht-unordered-list__item">
                              <Link
                                className="utrecht-link utrecht-link--html-a"
                                to={`/continuity/business-impact/${s.id}`}
                              >
                                {s.name}
                              </Link>
                              {s.maxTolerableDowntimeHours !== null &&
                                ` — ${t('bia.hours', { count: s.maxTolerableDowntimeHours })}`}
                            </li>
                          ))}
                        </ul>
                      </li>
                    );
                  })}
                </ol>
              )}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
